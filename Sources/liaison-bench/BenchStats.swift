import Foundation

/// Timing samples and how the bench prints them.
struct Samples {
    var values: [Double] = []   // milliseconds

    var median: Double { sorted[sorted.count / 2] }
    var p99: Double { sorted[min(sorted.count - 1, sorted.count * 99 / 100)] }
    private var sorted: [Double] { values.sorted() }

    /// Runs `body` `warmup` times untimed, then `runs` times timed.
    static func measure(runs: Int, warmup: Int = 3, _ body: () throws -> Void) rethrows -> Samples {
        for _ in 0..<warmup { try body() }
        var s = Samples()
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now
            try body()
            s.values.append(milliseconds(clock.now - start))
        }
        return s
    }
}

func milliseconds(_ d: Duration) -> Double {
    let c = d.components
    return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
}

/// Peak resident memory of this process so far (VmHWM), in MB.
func peakResidentMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// `12.3 ms` / `45.6 µs`, whichever reads better.
func show(_ ms: Double) -> String {
    ms < 1 ? String(format: "%.1f µs", ms * 1000) : String(format: "%.2f ms", ms)
}

/// One result line: median and p99 beside the goal (checked on `judged`), and an anchor if any.
func line(_ label: String, _ s: Samples, goalMS: Double, judged: KeyPath<Samples, Double> = \.p99, anchor: Samples? = nil,
          anchorLabel: String = "") -> String {
    let value = s[keyPath: judged]
    let which = judged == \Samples.p99 ? "p99" : "median"
    var text = "  \(label): median \(show(s.median)), p99 \(show(s.p99)) over \(s.values.count) runs"
        + " (goal \(which) ≤ \(show(goalMS)): \(value <= goalMS ? "ok" : "MISSED"))"
    if let anchor {
        text += "\n      anchor \(anchorLabel): median \(show(anchor.median)), p99 \(show(anchor.p99))"
    }
    return text
}
