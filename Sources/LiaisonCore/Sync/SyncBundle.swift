import Foundation

/// One recorded write transaction: the changeset SQLite's session extension
/// took just before COMMIT, numbered per origin station.
public struct SyncEntry: Codable, Sendable, Hashable {
    public var origin: String
    public var seq: Int
    public var hlc: String
    public var changeset: Data

    public init(origin: String, seq: Int, hlc: String, changeset: Data) {
        self.origin = origin
        self.seq = seq
        self.hlc = hlc
        self.changeset = changeset
    }
}

/// A run of sequence numbers from one origin.
public struct SyncRange: Codable, Sendable, Hashable {
    public var origin: String
    public var first: Int
    public var last: Int

    public init(origin: String, first: Int, last: Int) {
        self.origin = origin
        self.first = first
        self.last = last
    }
}

/// What one station sends another: every change the other has not acknowledged.
public struct SyncBundle: Codable, Sendable {
    public static let kindName = "liaison-sync-bundle"
    public static let format = 1

    public var kind: String = SyncBundle.kindName
    public var format: Int = SyncBundle.format
    /// The sending station's id, site tag and name.
    public var from: String
    public var fromSite: String
    public var fromName: String
    /// The station the bundle is for: any other refuses it.
    public var to: String
    public var schemaVersion: Int
    public var createdAt: String
    /// The sender's holdings per origin: doubles as an acknowledgement.
    public var have: [String: Int]
    public var ranges: [SyncRange]
    public var entries: [SyncEntry]

    public init(from: String, fromSite: String, fromName: String, to: String, schemaVersion: Int, createdAt: String,
                have: [String: Int], entries: [SyncEntry]) {
        self.from = from
        self.fromSite = fromSite
        self.fromName = fromName
        self.to = to
        self.schemaVersion = schemaVersion
        self.createdAt = createdAt
        self.have = have
        self.entries = entries
        self.ranges = SyncPlan.ranges(of: entries)
    }
}

/// The small file an import writes back: what the receiver now holds.
public struct SyncReceipt: Codable, Sendable {
    public static let kindName = "liaison-sync-receipt"

    public var kind: String = SyncReceipt.kindName
    public var format: Int = SyncBundle.format
    public var from: String
    public var to: String
    public var createdAt: String
    public var have: [String: Int]
    /// Ranges that arrived but wait for an earlier bundle.
    public var held: [SyncRange]

    public init(from: String, to: String, createdAt: String, have: [String: Int], held: [SyncRange]) {
        self.from = from
        self.to = to
        self.createdAt = createdAt
        self.have = have
        self.held = held
    }
}
