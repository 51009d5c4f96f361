import Testing
@testable import LiaisonCore

/// `SearchTokens.columns` works on UTF-8 bytes with a table of token
/// characters; it must give exactly what the scalar definition (`runs`) gives.
@Suite("Search tokens from bytes")
struct SearchTokenBytesTests {
    /// The columns as `runs` defines them, scalar by scalar.
    static func reference(_ text: String) -> (uni: String, bi: String) {
        var uni: [String] = [], bi: [String] = []
        for run in SearchTokens.runs(text) {
            for (i, s) in run.enumerated() {
                uni.append(String(s))
                if i + 1 < run.count { bi.append(String(s) + String(run[i + 1])) }
            }
        }
        return (uni.joined(separator: " "), bi.joined(separator: " "))
    }

    @Test("random mixed text: Chinese, Latin, digits, punctuation, emoji, rare planes")
    func randomTextMatchesScalarDefinition() {
        let pool: [Unicode.Scalar] = ["路", "灯", "坏", "了", "，", "。", " ", "\n", "W", "i", "9", "_", "-", "（", "）", "é",
                                      "ǅ", "Ⅻ", "½", "①", "\u{E000}", "\u{200B}", "\u{3000}", "😀", "𠀀", "𝟘", "\u{0301}", "ー", "々"]
        var rng = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...30, using: &rng) { text.append(pool[Int.random(in: 0..<pool.count, using: &rng)]) }
            let s = String(text)
            let fast = SearchTokens.columns(s), slow = Self.reference(s)
            #expect(fast.uni == slow.uni, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(fast.bi == slow.bi, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("every scalar of the basic plane is classified as its Unicode properties say")
    func basicPlaneTable() {
        for value in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(SearchTokens.isTokenScalarFast(value) == SearchTokens.isTokenScalar(s), "U+\(String(value, radix: 16))")
        }
    }
}
