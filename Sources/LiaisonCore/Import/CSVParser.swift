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
    /// The whole text at once (the rules are `CSVStreamReader`'s, which reads a file in pieces).
    public static func parse(_ text: String) -> (records: [CSVRecord], problems: [CSVProblem]) {
        var reader = CSVStreamReader(bytes: Array(text.utf8), skipsBOM: false)
        var records: [CSVRecord] = []
        // A String is valid UTF-8: `next()` cannot throw here.
        while let record = try? reader.next() { records.append(record) }
        return (records, reader.problems)
    }
}
