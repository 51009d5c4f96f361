import CSQLite3
import Foundation

/// One row change read from a session-extension changeset.
struct SyncChange {
    enum Operation: String { case insert, update, delete }
    let table: String
    let operation: Operation
    /// Per column; nil where the change carries no value (unchanged columns of an update).
    let old: [SQLValue?]
    let new: [SQLValue?]
    let primaryKey: [Bool]

    var keyColumns: [Int] { primaryKey.indices.filter { primaryKey[$0] } }

    /// The primary key values: from the new row for an insert, else the old.
    var keyValues: [SQLValue] {
        keyColumns.map { (operation == .insert ? new[$0] : old[$0]) ?? .null }
    }
}

/// Reads changesets with sqlite3changeset_start/next.
enum SyncChangeset {
    static func changes(in data: Data) throws -> [SyncChange] {
        guard !data.isEmpty else { return [] }
        var bytes = [UInt8](data)
        return try bytes.withUnsafeMutableBytes { buffer -> [SyncChange] in
            var iterator: OpaquePointer?
            var rc = sqlite3changeset_start(&iterator, Int32(buffer.count), buffer.baseAddress)
            guard rc == SQLITE_OK, let iterator else { throw SyncError.damaged }
            defer { sqlite3changeset_finalize(iterator) }
            var result: [SyncChange] = []
            while true {
                rc = sqlite3changeset_next(iterator)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw SyncError.damaged }
                var tableName: UnsafePointer<CChar>?
                var columnCount: Int32 = 0
                var op: Int32 = 0
                var indirect: Int32 = 0
                guard sqlite3changeset_op(iterator, &tableName, &columnCount, &op, &indirect) == SQLITE_OK,
                      let tableName else { throw SyncError.damaged }
                var pkFlags: UnsafeMutablePointer<UInt8>?
                var pkCount: Int32 = 0
                sqlite3changeset_pk(iterator, &pkFlags, &pkCount)
                let n = Int(columnCount)
                let pk = (0..<n).map { i in pkFlags.map { $0[i] != 0 } ?? false }
                let operation: SyncChange.Operation
                switch op {
                case SQLITE_INSERT: operation = .insert
                case SQLITE_UPDATE: operation = .update
                case SQLITE_DELETE: operation = .delete
                default: throw SyncError.damaged
                }
                var old = [SQLValue?](repeating: nil, count: n)
                var new = [SQLValue?](repeating: nil, count: n)
                for i in 0..<n {
                    var value: OpaquePointer?
                    if operation != .insert, sqlite3changeset_old(iterator, Int32(i), &value) == SQLITE_OK {
                        old[i] = convert(value)
                    }
                    value = nil
                    if operation != .delete, sqlite3changeset_new(iterator, Int32(i), &value) == SQLITE_OK {
                        new[i] = convert(value)
                    }
                }
                result.append(SyncChange(table: String(cString: tableName), operation: operation, old: old, new: new, primaryKey: pk))
            }
            return result
        }
    }

    private static func convert(_ value: OpaquePointer?) -> SQLValue? {
        guard let value else { return nil }
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_TEXT:
            let count = Int(sqlite3_value_bytes(value))
            guard let text = sqlite3_value_text(value) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_value_bytes(value))
            guard count > 0, let blob = sqlite3_value_blob(value) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default: return .null
        }
    }

    /// A row's key as one text: values joined by the unit separator.
    static func key(_ values: [SQLValue]) -> String {
        values.map(text).joined(separator: "\u{1F}")
    }

    static func text(_ value: SQLValue?) -> String {
        switch value {
        case .none, .some(.null): return ""
        case .some(.integer(let v)): return String(v)
        case .some(.real(let v)): return String(v)
        case .some(.text(let v)): return v
        case .some(.blob(let v)): return Hex.encode(v)
        }
    }
}
