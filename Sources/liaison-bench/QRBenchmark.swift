import Foundation
import LiaisonCore

/// Times `QRCode.encode` per code for a version-3 and a version-10 byte-mode
/// payload at level M with automatic mask, and prints median and p99 beside
/// the goals from issue 4.
func qrBenchmarkLines() -> [String] {
    // Lower-case text has no compact mode, so the whole payload is one byte
    // segment. 40 and 200 bytes are the largest round sizes that need v3 and v10 at M.
    let cases: [(label: String, payload: String, expectedVersion: Int, goalMicroseconds: Double, runs: Int)] = [
        ("v3-M byte", benchmarkPayload(length: 40), 3, 50, 4000),
        ("v10-M byte", benchmarkPayload(length: 200), 10, 200, 1500),
    ]
    var lines = ["QR encode (auto mask, level M), per code:"]
    for item in cases {
        do {
            let probe = try QRCode.encode(text: item.payload, ecc: .medium, boostECC: false)
            guard probe.version == item.expectedVersion else {
                lines.append("  \(item.label): payload gave version \(probe.version), expected \(item.expectedVersion)")
                continue
            }
            // Warm up caches and lazy tables before timing.
            for _ in 0..<50 { _ = try QRCode.encode(text: item.payload, ecc: .medium, boostECC: false) }
            var samples: [Double] = []
            samples.reserveCapacity(item.runs)
            let clock = ContinuousClock()
            for _ in 0..<item.runs {
                let start = clock.now
                let code = try QRCode.encode(text: item.payload, ecc: .medium, boostECC: false)
                let elapsed = clock.now - start
                precondition(code.version == item.expectedVersion)
                samples.append(microseconds(elapsed))
            }
            samples.sort()
            let median = samples[samples.count / 2]
            let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
            let verdict = median <= item.goalMicroseconds ? "ok" : "SLOW"
            lines.append(String(
                format: "  %@: median %.1f µs, p99 %.1f µs over %d runs (goal ≤ %.0f µs: %@)",
                item.label, median, p99, item.runs, item.goalMicroseconds, verdict
            ))
        } catch {
            lines.append("  \(item.label): \(error)")
        }
    }
    return lines
}

private func benchmarkPayload(length: Int) -> String {
    let words = "liaison station night chat opinion case reply feedback "
    return String(String(repeating: words, count: length / words.count + 1).prefix(length))
}

private func microseconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) * 1e6 + Double(parts.attoseconds) / 1e12
}
