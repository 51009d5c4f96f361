/// RFC 4180 CSV: quoted fields with doubled quotes, embedded newlines, CRLF or LF.
/// A record that cannot be read (an unterminated quote) is reported with its line
/// number; reading goes on after it.
public struct CSVRecord: Sendable, Equatable {
    /// The line the record starts on, counting from 1.
    public let line: Int
    public let fields: [String]
}

public struct CSVProblem: Sendable, Equatable {
    public let line: Int
    public let message: Bilingual
}

public enum CSVParser {
    public static func parse(_ text: String) -> (records: [CSVRecord], problems: [CSVProblem]) {
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var afterQuote = false
        var recordStarted = false
        let scalars = Array(text.unicodeScalars)
        var i = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            // A blank line is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
            recordStarted = false
        }

        while i < scalars.count {
            let c = scalars[i]
            if !recordStarted { recordStarted = true; recordLine = line }
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.append("\""); i += 2; continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1; line += 1; field.append("\n") }
                    else { field.append(c) }
                }
                i += 1
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            default:
                // Text after a closing quote is kept (lenient, as Excel is).
                _ = afterQuote
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            problems.append(CSVProblem(line: recordLine, message: Bilingual("第 \(recordLine) 行：引号未闭合，此行及其后内容无法读取",
                                                                            "line \(recordLine): unterminated quote; this record could not be read")))
            fields = []
        } else if recordStarted {
            endRecord()
        }
        return (records, problems)
    }
}
