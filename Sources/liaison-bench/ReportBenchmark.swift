import Foundation
import LiaisonCore

/// Times the full station report for the latest month on `store` (goal
/// ≤ 500 ms, issue 10) and the cluster proposals.
func reportBenchmarkLines(store: StationDatabase) -> [String] {
    var lines: [String] = []
    let clock = ContinuousClock()
    func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
    do {
        let today = store.today
        if let month = ReportPeriod.month(year: today.year, month: today.month) {
            _ = try store.report(for: month)
            var samples: [Double] = []
            var report: StationReport?
            for _ in 0..<3 {
                let t0 = clock.now
                report = try store.report(for: month)
                samples.append(ms(clock.now - t0))
            }
            samples.sort()
            lines.append(String(format: "  report %@: %d opinions, %d cases, median %.0f ms (goal ≤ 500 ms: %@)",
                                month.label.en, report?.totals.opinions ?? 0, report?.totals.cases ?? 0, samples[1],
                                samples[1] <= 500 ? "ok" : "SLOW"))
        }
        let t0 = clock.now
        let proposals = try store.proposeClusters()
        lines.append(String(format: "  cluster proposals over the 5000 newest open opinions: %d proposals in %.0f ms",
                            proposals.count, ms(clock.now - t0)))
    } catch {
        lines.append("  failed: \(error)")
    }
    return lines
}
