/// A written bundle: its bytes and what it carries.
public struct SyncExportResult: Sendable {
    public let peer: Station
    public let bundle: [UInt8]
    public let entryCount: Int
    public let ranges: [SyncRange]
    public let signed: Bool

    public var message: Bilingual {
        Bilingual("已为“\(peer.name)”导出 \(entryCount) 批变更\(signed ? "（已签名）" : "")",
                  "Exported \(entryCount) transactions for “\(peer.name)”\(signed ? " (signed)" : "")")
    }
}
