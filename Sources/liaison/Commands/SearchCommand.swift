import Foundation
import LiaisonCore

/// `liaison search TEXT… [--kind opinion|case|visitor|representative] [--limit N]`: matches in [brackets],
/// phone numbers masked.
enum SearchCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        let text = args.joined(separator: " ")
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison search 文字|拼音|手机尾号 [--kind 类型] [--limit N]",
                                                          "usage: liaison search TEXT|PINYIN|PHONE-SUFFIX [--kind KIND] [--limit N]"))
        }
        var kinds = Set(SearchKind.allCases)
        if let k = c.arguments["kind"] {
            guard let kind = SearchKind(rawValue: k) else {
                throw Arguments.UsageError(message: Bilingual("--kind 只能是 opinion、case、visitor 或 representative",
                                                              "--kind must be opinion, case, visitor or representative"))
            }
            kinds = [kind]
        }
        let limit = try c.arguments.int("limit") ?? 20
        guard (1...500).contains(limit) else {
            throw Arguments.UsageError(message: Bilingual("--limit 需在 1–500 之间", "--limit must be 1–500"))
        }
        // Signed in, a representative finds only cases (and visitors) of their own.
        let results = try c.openSignedIn(for: nil).store.scopedSearch(SearchQuery(text, kinds: kinds, limit: limit))
        for hit in results.hits {
            c.say("\(hit.kind.label(c.language))\t\(marked(hit.title))\t\(marked(hit.detail))")
        }
        if results.hits.isEmpty { c.err(Bilingual("没有找到“\(text)”", "nothing found for “\(text)”")) }
        if results.truncated { c.err(Bilingual("（只显示前 \(limit) 条）", "(first \(limit) shown)")) }
        return results.hits.isEmpty ? ExitCode.failure : ExitCode.success
    }

    static func marked(_ h: Highlighted) -> String {
        h.segments.map { DisplaySanitizer.clean($0.text, highlighted: $0.highlighted) }.joined()
    }
}

private extension DisplaySanitizer {
    static func clean(_ text: String, highlighted: Bool) -> String {
        let safe = sanitize(text)
        return highlighted ? "[\(safe)]" : safe
    }
}
