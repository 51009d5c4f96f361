import Foundation
import LiaisonCore

/// `liaison sync …`: offline exchange with outposts and the station, one file each way.
enum SyncCommand {
    static let usage = Bilingual(
        "用法：liaison sync [status] | outpost 名称 文件 | enrol 站点 [--key 十六进制] | export 文件 [--to 站点] [--new-only] | import 文件 [--receipt 文件] | ack 回执文件 | review [--all]",
        "usage: liaison sync [status] | outpost NAME FILE | enrol STATION [--key HEX] | export FILE [--to STATION] [--new-only] | import FILE [--receipt FILE] | ack RECEIPT | review [--all]")

    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        let sub = args.first ?? "status"
        let rest = Array(args.dropFirst())
        func need(_ count: Int) throws {
            guard rest.count == count else { throw Arguments.UsageError(message: usage) }
        }
        switch sub {
        case "status":
            try need(0)
            return try status(c, try open(c))
        case "outpost":
            try need(2)
            let store = try open(c)
            let outpost = try store.provisionOutpost(name: rest[0], path: rest[1], phone: c.arguments["phone"] ?? "")
            c.say(Bilingual("已建立联络点“\(outpost.name)”的数据库 \(rest[1])（已登记共享密钥）；把它拷到联络点电脑上用 --db 打开",
                            "Created the database for outpost “\(outpost.name)” at \(rest[1]) (shared key enrolled); copy it to the outpost's PC and open it with --db"))
        case "enrol":
            try need(1)
            let peer = try open(c).enrolSyncPeer(rest[0], keyHex: c.arguments["key"])
            c.say(Bilingual("已登记同步伙伴“\(peer.name)”\(c.arguments["key"] == nil ? "（无签名）" : "（已设共享密钥）")",
                            "Enrolled sync peer “\(peer.name)”\(c.arguments["key"] == nil ? " (unsigned)" : " (shared key set)")"))
        case "export":
            try need(1)
            let result = try open(c).exportSyncBundle(to: c.arguments["to"], newOnly: c.arguments.has("new-only"))
            try write(result.bundle, to: rest[0])
            c.say(result.message)
        case "import":
            try need(1)
            let store = try open(c)
            let result = try store.importSyncBundle(try read(rest[0]))
            let receiptPath = c.arguments["receipt"] ?? rest[0] + ".receipt"
            try write(result.receipt, to: receiptPath)
            c.say(result.message)
            c.say(Bilingual("回执已写到 \(receiptPath)：带回发送方用 liaison sync ack 导入", "Receipt written to \(receiptPath): take it back and run liaison sync ack there"))
        case "ack":
            try need(1)
            let store = try open(c)
            let receipt = try store.acknowledgeSyncReceipt(try read(rest[0]))
            let name = (try? store.stationName(id: receipt.from)) ?? receipt.from
            c.say(Bilingual("已确认“\(name)”收到的内容；下次导出不再重复", "Acknowledged what “\(name)” holds; the next export leaves it out"))
        case "review":
            try need(0)
            let items = try open(c).syncReviewList(all: c.arguments.has("all"))
            if items.isEmpty { c.say(Bilingual("没有待核对的同步问题", "Nothing to review")) }
            for item in items { c.say("#\(item.id) \(item.at)  " + item.message(c.language)) }
        default:
            throw Arguments.UsageError(message: usage)
        }
        return ExitCode.success
    }

    private static func open(_ c: Context) throws -> StationDatabase {
        let store = try c.openStore()
        store.startSyncCapture()
        return store
    }

    private static func status(_ c: Context, _ store: StationDatabase) throws -> Int32 {
        let peers = try store.syncPeers()
        if peers.isEmpty { c.say(SyncError.noPeer.message) }
        for p in peers {
            let never = Bilingual("从未", "never")(c.language)
            c.say(Bilingual(
                "\(p.station.name)：待发 \(p.pendingChanges) 批；上次导出 \(p.lastExportAt ?? never)（\(p.lastExportCount) 批），上次导入 \(p.lastImportAt ?? never)（\(p.lastImportCount) 批），上次回执 \(p.lastAcknowledgedAt ?? never)\(p.heldBundles > 0 ? "；暂存 \(p.heldBundles) 个文件" : "")\(p.hasKey ? "" : "；未设密钥")",
                "\(p.station.name): \(p.pendingChanges) pending; last export \(p.lastExportAt ?? never) (\(p.lastExportCount)), last import \(p.lastImportAt ?? never) (\(p.lastImportCount)), last receipt \(p.lastAcknowledgedAt ?? never)\(p.heldBundles > 0 ? "; \(p.heldBundles) held" : "")\(p.hasKey ? "" : "; no key")"))
        }
        let review = try store.syncReviewList().count
        if review > 0 { c.say(Bilingual("\(review) 项需人工核对（liaison sync review）", "\(review) items need review (liaison sync review)")) }
        return ExitCode.success
    }

    private static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyncFileError(path: path)
        }
        return [UInt8](data)
    }

    private static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// A sync file that cannot be read.
struct SyncFileError: LiaisonError {
    let path: String
    var message: Bilingual { Bilingual("无法读取文件“\(path)”", "Cannot read the file “\(path)”") }
}
