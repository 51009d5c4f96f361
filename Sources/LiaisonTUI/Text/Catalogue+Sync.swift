import LiaisonCore

/// Words of the sync screen (F7).
extension Catalogue {
    public static let syncTitle = Bilingual("离线同步", "Offline sync")
    public static let syncPeers = Bilingual("同步伙伴", "Peers")
    public static let syncNoPeers = Bilingual("还没有同步伙伴：用 liaison sync outpost 建立联络点，或 liaison sync enrol 登记站点",
                                              "No peers yet: create an outpost with liaison sync outpost, or enrol a station with liaison sync enrol")
    public static let syncReview = Bilingual("待人工核对", "Review list")
    public static let syncReviewEmpty = Bilingual("没有待核对的问题", "Nothing to review")
    public static let never = Bilingual("从未", "never")
    public static func syncPeerLine(pending: Int, lastExport: String, lastImport: String, lastReceipt: String, held: Int, signed: Bool) -> Bilingual {
        Bilingual("待发 \(pending) · 导出 \(lastExport) · 导入 \(lastImport) · 回执 \(lastReceipt)" + (held > 0 ? " · 暂存 \(held)" : "") + (signed ? " · 已签名" : " · 未设密钥"),
                  "\(pending) pending · out \(lastExport) · in \(lastImport) · receipt \(lastReceipt)" + (held > 0 ? " · \(held) held" : "") + (signed ? " · signed" : " · no key"))
    }
    public static let syncExportPath = Bilingual("导出到（U 盘路径）", "Export to (USB stick path)")
    public static let syncImportPath = Bilingual("导入文件", "Import file")
    public static let syncAckPath = Bilingual("回执文件", "Receipt file")
    public static let syncHint = Bilingual("e 导出给所选伙伴  i 导入同步文件  a 导入回执  r 标记已核对  Esc 返回",
                                           "e export for the selected peer  i import a bundle  a import a receipt  r mark reviewed  Esc back")
    public static func syncReceiptWritten(_ path: String) -> Bilingual {
        Bilingual("回执已写到 \(path)，带回发送方导入", "Receipt written to \(path); take it back to the sender")
    }
    public static let syncAcknowledged = Bilingual("已确认对方收到的内容", "Acknowledged what the peer holds")
    public static let syncReviewed = Bilingual("已标记为核对完毕", "Marked as reviewed")
    public static let helpSyncExport = Bilingual("导出同步文件", "Export a bundle")
    public static let helpSyncImport = Bilingual("导入同步文件 / 回执", "Import a bundle / a receipt")
    public static let helpSyncReview = Bilingual("标记已核对", "Mark reviewed")
}
