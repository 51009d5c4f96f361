/// While an opinion is typed, lists open cases about the same thing so the
/// receptionist can link it instead of opening a duplicate.
public struct SimilarCase: Sendable, Hashable {
    public let caseRecord: Case
    public let score: Double
}

public struct SimilarCaseFinder: Sendable {
    public struct Candidate: Sendable {
        public let caseRecord: Case
        let grams: Set<UInt64>

        public init(caseRecord: Case, text: String) {
            self.caseRecord = caseRecord
            grams = TextSimilarity.grams(text)
        }
    }

    public let candidates: [Candidate]
    /// Below this a match is noise.
    public static let threshold = 0.3

    public init(candidates: [Candidate]) {
        self.candidates = candidates
    }

    /// The best matches, highest first; the same category counts a little extra.
    public func similar(to text: String, category: String? = nil, limit: Int = 5) -> [SimilarCase] {
        let query = TextSimilarity.grams(text)
        guard query.count >= 2 else { return [] }
        return candidates.compactMap { c in
            var score = TextSimilarity.dice(query, c.grams)
            if let category, c.caseRecord.category == category { score += 0.05 }
            return score >= Self.threshold ? SimilarCase(caseRecord: c.caseRecord, score: min(1, score)) : nil
        }
        .sorted { $0.score > $1.score }
        .prefix(limit).map { $0 }
    }
}
