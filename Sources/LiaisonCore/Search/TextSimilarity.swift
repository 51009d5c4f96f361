/// Similarity of short Chinese texts by their character 2-grams: word order
/// and wording vary ("路灯坏了" / "路灯不亮"), shared 2-grams survive. No word
/// segmentation needed.
public enum TextSimilarity {
    /// A text's distinct 2-grams (single characters for a 1-character run), packed as numbers.
    public static func grams(_ text: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        for run in SearchTokens.runs(text) {
            let values = run.map { UInt64(Self.fold($0)) }
            if values.count == 1 { out.insert(values[0]) }
            for i in 0..<max(0, values.count - 1) { out.insert(values[i] << 32 | values[i + 1]) }
        }
        return out
    }

    /// Plain Jaccard index |A∩B| / |A∪B|.
    public static func jaccard(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        if a.isEmpty && b.isEmpty { return 0 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    private static func fold(_ s: Unicode.Scalar) -> UInt32 {
        (0x41...0x5A).contains(s.value) ? s.value + 32 : s.value
    }

    /// Dice coefficient 2|A∩B| / (|A|+|B|): forgiving when one complaint is
    /// longer than the other, 0 when nothing is shared.
    public static func dice(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for g in small where large.contains(g) { shared += 1 }
        return dice(shared: shared, a.count, b.count)
    }

    /// The Dice coefficient from the number of shared grams and the two sets' sizes
    /// (for a caller that counted the shared grams another way, through postings).
    public static func dice(shared: Int, _ aCount: Int, _ bCount: Int) -> Double {
        aCount + bCount == 0 ? 0 : 2 * Double(shared) / Double(aCount + bCount)
    }
}
