/// A change sync could not merge (a constraint, a missing row, diverging case
/// histories): kept for a person to decide, never dropped.
public struct SyncReviewItem: Sendable, Hashable {
    public let id: Int
    public let origin: String
    public let seq: Int
    public let table: String
    public let key: String
    public let operation: String
    public let reason: String
    public let at: String

    public var message: Bilingual {
        Bilingual("\(table) 记录 \(key)（\(operation)）未能合并：\(reason)",
                  "\(table) row \(key) (\(operation)) could not be merged: \(reason)")
    }
}
