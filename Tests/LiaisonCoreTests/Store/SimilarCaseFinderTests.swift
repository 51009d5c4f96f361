import Foundation
import Testing
@testable import LiaisonCore

/// The finder scores only the candidates in the text's 2-gram postings; the
/// answer must be the one a Dice score over every candidate gives.
@Suite("Intake: similar cases through 2-gram postings")
struct SimilarCaseFinderTests {
    static let phrases = ["路灯坏了", "晚上看不见路", "三号楼门口", "菜市场占道经营", "交通拥堵", "老年食堂", "垃圾清运不及时",
                          "楼道漏水", "井盖缺失", "噪音扰民", "停车难", "健身器材老化", "幸福小区", "清溪社区", "希望尽快维修"]

    static func text(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...4, using: &rng)).map { _ in phrases[Int.random(in: 0..<phrases.count, using: &rng)] }.joined(separator: "，")
    }

    /// The finder's answer before postings: every candidate scored, in candidate order.
    static func reference(_ finder: SimilarCaseFinder, _ text: String, _ category: String?) -> [SimilarCase] {
        let query = TextSimilarity.grams(text)
        guard query.count >= 2 else { return [] }
        return finder.candidates.compactMap { c in
            var score = TextSimilarity.dice(query, c.grams)
            if let category, c.caseRecord.category == category { score += 0.05 }
            return score >= SimilarCaseFinder.threshold ? SimilarCase(caseRecord: c.caseRecord, score: min(1, score)) : nil
        }
        .sorted { $0.score > $1.score }
        .prefix(5).map { $0 }
    }

    @Test func postingsGiveTheScoresOfAFullScan() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        var rng = SplitMix64(seed: 7)
        for i in 0..<60 {
            _ = try store.intakeOne(Self.text(&rng), category: i % 3 == 0 ? "publicProject" : "livelihood",
                                    phone: "139" + String(10_000_000 + i))
        }
        let finder = SimilarCaseFinder(candidates: try store.similarCaseCandidates())
        #expect(finder.candidates.count == 60)
        var nonEmpty = 0
        for i in 0..<200 {
            let text = Self.text(&rng)
            let category: String? = i % 3 == 0 ? nil : (i % 3 == 1 ? "livelihood" : "publicProject")
            let got = finder.similar(to: text, category: category)
            let want = Self.reference(finder, text, category)
            #expect(got.map(\.caseRecord.id) == want.map(\.caseRecord.id), "\(text)")
            #expect(got.map(\.score) == want.map(\.score), "\(text)")
            if !got.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 50, "the queries do match something")
        #expect(finder.similar(to: "养犬管理条例第十条").isEmpty)
    }
}
