import Foundation
import LiaisonCore

/// Times the full station report (goal ≤ 500 ms, issue 10) for the latest
/// month and for the whole range of the data (all time), and the cluster proposals.
func reportBenchmarkLines(store: StationDatabase) -> [String] {
    var lines: [String] = []
    let clock = ContinuousClock()
    func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
    /// One warm-up, then the median of `runs`.
    func time(_ name: String, _ period: ReportPeriod, runs: Int = 5) throws {
        _ = try store.report(for: period)
        var samples: [Double] = []
        var report: StationReport?
        for _ in 0..<runs {
            let t0 = clock.now
            report = try store.report(for: period)
            samples.append(ms(clock.now - t0))
        }
        samples.sort()
        let median = samples[samples.count / 2]
        lines.append(String(format: "  report %@ (%@): %d opinions, %d cases, median %.0f ms of %d (goal ≤ 500 ms: %@)",
                            name, period.label.en, report?.totals.opinions ?? 0, report?.totals.cases ?? 0, median, runs,
                            median <= 500 ? "ok" : "SLOW"))
    }
    do {
        let today = store.today
        if let month = ReportPeriod.month(year: today.year, month: today.month) {
            try time("latest month", month)
        }
        if let first = try store.earliestRecordDate(),
           let all = ReportPeriod(from: first, to: max(first, today)) {
            try time("all time", all)
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
