import Foundation
import LiaisonCore

/// F7: peers with the last exchange each way and what is pending, the review
/// list, and export/import of bundle and receipt files to a chosen path (a USB stick).
public struct SyncScreen: Screen {
    enum Prompt: Sendable, Equatable { case export, importBundle, acknowledge }
    enum Pending: Sendable, Equatable { case run(Prompt, path: String), resolve(Int) }

    public var destination: Destination { .sync }
    var peers: [SyncPeerStatus] = []
    var review: [SyncReviewItem] = []
    var selected = 0
    var reviewSelected = 0
    var prompt: Prompt?
    var path = TextField()
    var pending: Pending?
    var folder = ""

    public init() {}

    public var capturesText: Bool { prompt != nil }

    public var keyHelp: [KeyHelp] {
        [KeyHelp("↑ ↓", Catalogue.helpMove), KeyHelp("e", Catalogue.helpSyncExport), KeyHelp("i  a", Catalogue.helpSyncImport),
         KeyHelp("r", Catalogue.helpSyncReview), KeyHelp("Esc", Catalogue.helpBack)]
    }

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        store.startSyncCapture()
        folder = URL(fileURLWithPath: store.path).deletingLastPathComponent().path
        peers = try store.syncPeers()
        review = try store.syncReviewList()
        selected = max(0, min(selected, peers.count - 1))
        reviewSelected = max(0, min(reviewSelected, review.count - 1))
    }

    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? {
        guard let store = data.station, let job = pending else { return nil }
        pending = nil
        switch job {
        case .resolve(let id):
            try store.resolveSyncReview(id: id)
            return Catalogue.syncReviewed
        case let .run(kind, path):
            prompt = nil
            switch kind {
            case .export:
                let result = try store.exportSyncBundle(to: peers.indices.contains(selected) ? peers[selected].station.id : nil)
                try Data(result.bundle).write(to: URL(fileURLWithPath: path), options: .atomic)
                return result.message
            case .importBundle:
                guard let bytes = FileManager.default.contents(atPath: path) else { throw SyncFileMissing(path: path) }
                let result = try store.importSyncBundle([UInt8](bytes))
                let receiptPath = path + ".receipt"
                try Data(result.receipt).write(to: URL(fileURLWithPath: receiptPath), options: .atomic)
                return Bilingual(result.message.zh + "；" + Catalogue.syncReceiptWritten(receiptPath).zh,
                                 result.message.en + "; " + Catalogue.syncReceiptWritten(receiptPath).en)
            case .acknowledge:
                guard let bytes = FileManager.default.contents(atPath: path) else { throw SyncFileMissing(path: path) }
                _ = try store.acknowledgeSyncReceipt([UInt8](bytes))
                return Catalogue.syncAcknowledged
            }
        }
    }

    public mutating func handle(_ event: Event) -> Action {
        if let p = prompt {
            switch event {
            case .key(.escape): prompt = nil; return .handled
            case .key(.enter):
                let text = path.text.trimmingSpaces
                guard !text.isEmpty else { return .handled }
                pending = .run(p, path: text)
                return .perform
            default:
                return path.handle(event) ? .handled : .ignored
            }
        }
        switch event {
        case .key(.up): selected = max(0, selected - 1); return .handled
        case .key(.down): selected = min(max(0, peers.count - 1), selected + 1); return .handled
        default: break
        }
        switch event.character {
        case "e":
            guard peers.indices.contains(selected) else { return .message(Catalogue.syncNoPeers) }
            let stamp = String(Int(Date().timeIntervalSince1970))
            path = TextField(folder + "/sync-" + peers[selected].station.code + "-" + stamp + ".liaison")
            prompt = .export
            return .handled
        case "i": path = TextField(folder + "/"); prompt = .importBundle; return .handled
        case "a": path = TextField(folder + "/"); prompt = .acknowledge; return .handled
        case "r":
            guard review.indices.contains(reviewSelected) else { return .handled }
            pending = .resolve(review[reviewSelected].id)
            return .perform
        default: return .ignored
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        canvas.box(area, title: Catalogue.syncTitle(language))
        let inner = area.inset(1)
        guard inner.height >= 4 else { return }
        var y = inner.y
        canvas.putFitted(Catalogue.syncPeers(language), x: inner.x, y: y, width: inner.width, element: .heading)
        y += 1
        if peers.isEmpty {
            canvas.putFitted(Catalogue.syncNoPeers(language), x: inner.x, y: y, width: inner.width, element: .hint)
            y += 1
        }
        let never = Catalogue.never(language)
        for (i, p) in peers.enumerated() where y + 1 < inner.maxY {
            let element: ThemeElement = i == selected ? .selected : .normal
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), element: element)
            canvas.putFitted((i == selected ? ">" : " ") + p.station.name + " · " + p.station.kind.label(language),
                             x: inner.x, y: y, width: inner.width, element: element)
            let line = Catalogue.syncPeerLine(pending: p.pendingChanges, lastExport: p.lastExportAt.map { String($0.prefix(16)) } ?? never,
                                              lastImport: p.lastImportAt.map { String($0.prefix(16)) } ?? never,
                                              lastReceipt: p.lastAcknowledgedAt.map { String($0.prefix(16)) } ?? never,
                                              held: p.heldBundles, signed: p.hasKey)(language)
            canvas.putFitted("   " + line, x: inner.x, y: y + 1, width: inner.width, element: .hint)
            y += 2
        }
        y += 1
        if y < inner.maxY - 2 {
            canvas.putFitted(Catalogue.syncReview(language) + " (\(review.count))", x: inner.x, y: y, width: inner.width, element: .heading)
            y += 1
            if review.isEmpty {
                canvas.putFitted(Catalogue.syncReviewEmpty(language), x: inner.x, y: y, width: inner.width, element: .hint)
            }
            for (i, item) in review.enumerated() where y < inner.maxY - 2 {
                canvas.putFitted((i == reviewSelected ? "> " : "  ") + "#\(item.id) " + item.message(language), x: inner.x, y: y,
                                 width: inner.width, element: i == reviewSelected ? .accent : .normal)
                y += 1
            }
        }
        if let p = prompt {
            let label = p == .export ? Catalogue.syncExportPath : (p == .importBundle ? Catalogue.syncImportPath : Catalogue.syncAckPath)
            let w = canvas.put(label(language) + (language == .zh ? "：" : ": "), x: inner.x, y: inner.maxY - 2, element: .label, clip: inner)
            path.render(into: &canvas, x: inner.x + w, y: inner.maxY - 2, width: max(1, inner.width - w), focused: true)
        }
        canvas.putFitted(Catalogue.syncHint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }
}

/// A bundle or receipt path that holds nothing readable.
struct SyncFileMissing: LiaisonError {
    let path: String
    var message: Bilingual { Bilingual("无法读取文件“\(path)”", "Cannot read the file “\(path)”") }
}
