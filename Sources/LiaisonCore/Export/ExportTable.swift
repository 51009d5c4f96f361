import Foundation

public enum ExportKind: String, Sendable, CaseIterable {
    case cases, opinions, representatives
}

/// A table for export, written as CSV (UTF-8 with BOM, so Excel on Chinese
/// Windows reads it) or JSON (an array of objects).
public struct ExportTable: Sendable {
    public let columns: [String]
    public let rows: [[String]]

    public init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    public func csv() -> Data {
        Data([0xEF, 0xBB, 0xBF] + Array(CSVWriter.document(header: columns, rows: rows).utf8))
    }

    public func json() throws -> Data {
        let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
        return try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
