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
    /// Each 2-gram's candidates (indexes into `candidates`, ascending): a keystroke touches
    /// only the candidates sharing a gram with the text, not all 5,000 of them.
    private let postings: [UInt64: [Int32]]
    /// Below this a match is noise.
    public static let threshold = 0.3

    public init(candidates: [Candidate]) {
        self.candidates = candidates
        var postings: [UInt64: [Int32]] = [:]
        for (i, c) in candidates.enumerated() {
            for g in c.grams { postings[g, default: []].append(Int32(i)) }
        }
        self.postings = postings
    }

    /// The best matches, highest first; the same category counts a little extra.
    /// A candidate sharing no gram scores at most 0.05, under the threshold, so only
    /// those in the text's postings are scored (the same Dice score, in candidate order).
    public func similar(to text: String, category: String? = nil, limit: Int = 5) -> [SimilarCase] {
        let query = TextSimilarity.grams(text)
        guard query.count >= 2 else { return [] }
        var shared: [Int32: Int] = [:]
        for g in query {
            guard let list = postings[g] else { continue }
            for i in list { shared[i, default: 0] += 1 }
        }
        return shared.keys.sorted().compactMap { i in
            let c = candidates[Int(i)]
            var score = TextSimilarity.dice(shared: shared[i]!, query.count, c.grams.count)
            if let category, c.caseRecord.category == category { score += 0.05 }
            return score >= Self.threshold ? SimilarCase(caseRecord: c.caseRecord, score: min(1, score)) : nil
        }
        .sorted { $0.score > $1.score }
        .prefix(limit).map { $0 }
    }
}
