import Foundation
import LiaisonCore

/// Times top-20 search (1-character, 2-character, longer Chinese, pinyin,
/// phone suffix, case number) on `store`, beside the goals from issue 7:
/// ≤ 5 ms for 2+ characters, ≤ 20 ms for 1 character. Drains the search queue
/// first (and says how long that took), so only querying is timed.
func searchBenchmarkLines(store: StationDatabase) -> [String] {
    var lines: [String] = []
    let clock = ContinuousClock()
    func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
    do {
        let pending = try store.pendingSearchRows()
        let start = clock.now
        let indexed = try store.updateSearchIndex(batch: 20_000)
        lines.append(String(format: "  index: %d queued rows indexed in %.1f s (%d were pending); opinion FTS segments: %d (1 after optimizeSearchIndex)",
                            indexed, ms(clock.now - start) / 1000, pending, try store.opinionIndexSegments()))
        guard let pinyin = SearchPinyin.shared() else { return lines + ["  Data/pinyin.tsv not found"] }
        var queries: [(String, Double)] = [
            ("路", 20), ("灯", 20), ("桥", 20), ("龘", 20),
            ("路灯", 5), ("漏水", 5), ("停车", 5), ("灯路", 5),
            ("下水道", 5), ("希望尽快维修", 5), ("晚上出行很不方便", 5),
            ("wxm", 5), ("wangxm", 5), ("zhangwei", 5), ("wangxiaoming", 5), ("zhs", 5), ("wangxq", 5),
            ("1234", 5), ("13800", 5), ("000123", 5), ("5678", 5), ("138001", 5), ("DS-2026-000123", 5), ("ds-2025", 5),
            ("WiFi", 5), ("12345热线", 5),
        ]
        // LIAISON_BENCH_QUERIES=a,b times only those (for a profiler run); LIAISON_BENCH_RUNS sets the runs.
        let environment = ProcessInfo.processInfo.environment
        if let only = environment["LIAISON_BENCH_QUERIES"], !only.isEmpty {
            queries = only.split(separator: ",").map { (String($0), $0.count == 1 ? 20 : 5) }
        }
        let runs = environment["LIAISON_BENCH_RUNS"].flatMap { Int($0) } ?? 15
        for (text, goal) in queries {
            let query = SearchQuery(text)
            var hits = 0
            for _ in 0..<3 { hits = try store.search(query, pinyin: pinyin).hits.count }
            var samples: [Double] = []
            for _ in 0..<max(1, runs) {
                let t0 = clock.now
                _ = try store.search(query, pinyin: pinyin)
                samples.append(ms(clock.now - t0))
            }
            samples.sort()
            let median = samples[samples.count / 2], worst = samples.last!
            let verdict = worst <= goal ? "ok" : median <= goal ? "median ok, max over" : "SLOW"
            lines.append(String(format: "  search %@: %d hits, median %.2f ms, p90 %.2f ms, max %.2f ms (goal ≤ %.0f ms: %@)",
                                "“\(text)”", hits, median, samples[samples.count * 9 / 10], worst, goal, verdict))
        }
    } catch {
        lines.append("  failed: \(error)")
    }
    return lines
}
