/// A station this one exchanges bundles with, as the sync screen shows it.
public struct SyncPeerStatus: Sendable, Hashable {
    public let station: Station
    public let hasKey: Bool
    public let lastExportAt: String?
    public let lastExportCount: Int
    public let lastImportAt: String?
    public let lastImportCount: Int
    public let lastAcknowledgedAt: String?
    /// Changes the peer is not known to hold: what the next export carries.
    public let pendingChanges: Int
    /// Bundles from this peer waiting for an earlier one.
    public let heldBundles: Int
}
