import Foundation

/// The pinyin table, loaded once per process from `Data/pinyin.tsv` (about
/// 3 ms) and shared by every search.
public final class SearchPinyin: @unchecked Sendable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: Pinyin?

    /// The shared table, or nil when `Data/pinyin.tsv` cannot be found or read.
    public static func shared() -> Pinyin? {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        guard let dir = DataDirectory.locate(),
              let table = try? Pinyin(contentsOf: dir.appendingPathComponent("pinyin.tsv")) else { return nil }
        cached = table
        return table
    }

    /// The keys stored for a name: initials and full pinyin, surname readings first.
    static func keys(of name: String, pinyin: Pinyin) -> (initials: String, full: String) {
        (pinyin.initials(name, asPersonalName: true), pinyin.full(name, asPersonalName: true))
    }
}
