/// Chinese text similarity without a word segmenter: overlapping pairs of
/// characters (bigrams) of the letters and ideographs, compared by Dice's
/// coefficient. "三号楼路灯坏了" and "3号楼门口的路灯不亮" share 号楼, 路灯.
public struct CharacterBigrams: Sendable, Hashable {
    public let grams: Set<String>

    public init(_ text: String) {
        let chars = text.lowercased().filter { $0.isLetter || $0.isNumber }
        var grams = Set<String>()
        var previous: Character?
        for c in chars {
            if let p = previous { grams.insert(String([p, c])) }
            previous = c
        }
        if grams.isEmpty, let p = previous { grams.insert(String(p)) }
        self.grams = grams
    }

    /// 0 … 1: twice the shared bigrams over the total.
    public func similarity(to other: CharacterBigrams) -> Double {
        guard !grams.isEmpty, !other.grams.isEmpty else { return 0 }
        let (small, large) = grams.count <= other.grams.count ? (grams, other.grams) : (other.grams, grams)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return 2 * Double(shared) / Double(grams.count + other.grams.count)
    }
}
