/// What an import did, and the receipt to carry back to the sender.
public struct SyncImportResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// New changes were applied (all of them, in one transaction).
        case applied
        /// Everything in the bundle was here already: nothing changed.
        case alreadyHad
        /// An earlier bundle is missing: this one is kept until it arrives.
        case held(missing: [SyncRange])
    }

    public let outcome: Outcome
    public let peer: String
    public let appliedEntries: Int
    public let appliedChanges: Int
    public let duplicates: Int
    public let reviewItems: Int
    /// Held bundles that could be applied after this one.
    public let releasedBundles: Int
    /// The receipt file's bytes (sealed for the sender).
    public let receipt: [UInt8]

    public var message: Bilingual {
        switch outcome {
        case .applied:
            var zh = "已导入 \(appliedEntries) 批共 \(appliedChanges) 项变更"
            var en = "Imported \(appliedEntries) transactions, \(appliedChanges) row changes"
            if duplicates > 0 { zh += "，\(duplicates) 批此前已有"; en += "; \(duplicates) were here already" }
            if releasedBundles > 0 { zh += "，另补上 \(releasedBundles) 个暂存文件"; en += "; \(releasedBundles) held bundles applied too" }
            if reviewItems > 0 { zh += "；\(reviewItems) 项需人工核对（liaison sync review）"; en += "; \(reviewItems) need review (liaison sync review)" }
            return Bilingual(zh, en)
        case .alreadyHad:
            return Bilingual("这个文件的内容本站已经全部有了，未作改动", "Everything in this file is here already; nothing changed")
        case .held(let missing):
            let list = missing.map { "\($0.first)–\($0.last)" }.joined(separator: ", ")
            return Bilingual("缺少更早的同步文件（第 \(list) 批）：本文件已暂存，收到缺失的文件后自动导入",
                             "An earlier bundle is missing (changes \(list)): this one is held and will be applied when the missing one arrives")
        }
    }
}
