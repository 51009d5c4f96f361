/// What an import did: rows added, rows already present, and each bad row with its line and reason.
public struct ImportReport: Sendable {
    public struct RowError: Sendable {
        public let line: Int
        public let message: Bilingual
    }

    public var encoding: TextDecoding.Encoding = .utf8
    public var imported = 0
    public var duplicates = 0
    public var errors: [RowError] = []

    public func summary(_ language: Language) -> String {
        var lines = [language == .zh
            ? "导入 \(imported) 行，已存在 \(duplicates) 行，出错 \(errors.count) 行（编码：\(encoding.rawValue)）"
            : "Imported \(imported) rows, \(duplicates) already present, \(errors.count) bad (encoding: \(encoding.rawValue))"]
        for e in errors {
            lines.append(language == .zh ? "  第 \(e.line) 行：\(e.message.zh)" : "  line \(e.line): \(e.message.en)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Header names accepted for a column, in Chinese and English.
struct ColumnMap {
    let index: [String: Int]

    init(header: [String], aliases: [String: [String]]) {
        var index: [String: Int] = [:]
        for (i, raw) in header.enumerated() {
            let name = TextNormalizer.line(raw).lowercased().replacingOccurrences(of: " ", with: "")
            for (key, names) in aliases where index[key] == nil && names.contains(name) { index[key] = i }
        }
        self.index = index
    }

    func value(_ key: String, in fields: [String]) -> String {
        guard let i = index[key], i < fields.count else { return "" }
        return fields[i]
    }

    func has(_ key: String) -> Bool { index[key] != nil }
}

/// A CSV file read for import: decoded, parsed, and its header mapped to columns.
struct CSVTable {
    let rows: ArraySlice<CSVRecord>
    let columns: ColumnMap

    /// Records decoding and parsing problems in `report`; nil (the reason in the
    /// report) when there is no header or it lacks a `required` column.
    static func read(_ data: [UInt8], aliases: [String: [String]], required: [String], missing: Bilingual,
                     into report: inout ImportReport) throws -> CSVTable? {
        let (text, encoding) = try TextDecoding.decode(data)
        report.encoding = encoding
        let (records, problems) = CSVParser.parse(text)
        report.errors += problems.map { .init(line: $0.line, message: $0.message) }
        guard let header = records.first else { return nil }
        let columns = ColumnMap(header: header.fields, aliases: aliases)
        guard required.allSatisfy(columns.has) else {
            report.errors.append(.init(line: header.line, message: missing))
            return nil
        }
        return CSVTable(rows: records.dropFirst(), columns: columns)
    }
}
