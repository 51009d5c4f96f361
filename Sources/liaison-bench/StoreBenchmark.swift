import Foundation
import LiaisonCore

/// Scan → representative card, and the durable intake commit, on the big database.
enum StoreBenchmark {
    static func scanLines(store: StationDatabase) -> [String] {
        do {
            let codes = try store.representatives().map(\.code)
            guard !codes.isEmpty else { return ["  scan: no representatives"] }
            var rng = SplitMix64(seed: 3)
            let picks = (0..<2_000).map { _ in "REP:" + codes[Int.random(in: 0..<codes.count, using: &rng)] }
            var i = 0
            let card = try Samples.measure(runs: picks.count, warmup: 50) {
                _ = try store.resolveRepresentative(scanned: picks[i % picks.count])
                i += 1
            }
            i = 0
            let anchor = try Samples.measure(runs: picks.count, warmup: 50) {
                _ = try BenchmarkAnchor.representativeLookup(store, code: String(picks[i % picks.count].dropFirst(4)))
                i += 1
            }
            var lines = ["  (\(codes.count) representatives)",
                         line("scan → representative card (parse, lookup, open/overdue counts, payload)", card, goalMS: 0.05,
                              anchor: anchor, anchorLabel: "point lookup by code, same Database layer")]
            if ProcessInfo.processInfo.environment["LIAISON_BENCH_SCAN_DETAIL"] != nil {
                lines += try scanDetailLines(store: store, picks: picks, card: card)
            }
            return lines
        } catch {
            return ["  scan: \(error)"]
        }
    }

    /// Where a scan's time goes (LIAISON_BENCH_SCAN_DETAIL=1): the same picks again (pages
    /// now cached), each step alone, and the slowest 1% of picks by their open cases.
    static func scanDetailLines(store: StationDatabase, picks: [String], card: Samples) throws -> [String] {
        var out: [String] = []
        var i = 0
        let again = try Samples.measure(runs: picks.count, warmup: 0) {
            _ = try store.resolveRepresentative(scanned: picks[i % picks.count]); i += 1
        }
        out.append(line("  detail: the same picks again (cached pages)", again, goalMS: 0.05))
        let fresh = picks.map { "REP:" + String($0.dropFirst(4)) }
        i = 0
        let parse = try Samples.measure(runs: picks.count, warmup: 0) { _ = try CodeParser.parse(fresh[i % fresh.count]); i += 1 }
        out.append(line("  detail: parse only", parse, goalMS: 0.05))
        let reps = try picks.map { try store.representative(code: String($0.dropFirst(4)))! }
        i = 0
        let counts = try Samples.measure(runs: reps.count, warmup: 0) { _ = try store.card(for: reps[i % reps.count]); i += 1 }
        out.append(line("  detail: card(for:) only (station, counts, payload)", counts, goalMS: 0.05))
        // The slowest picks of the first (cold) run, and how many cases their representatives have.
        let order = card.values.indices.sorted { card.values[$0] > card.values[$1] }
        let slow = order.prefix(max(1, card.values.count / 100))
        let slowCards = try slow.map { try store.resolveRepresentative(scanned: picks[($0 + 50) % picks.count]) }  // after 50 warm-up picks
        let allCards = try picks.prefix(300).map { try store.resolveRepresentative(scanned: $0) }
        func mean(_ xs: [Int]) -> String { String(format: "%.1f", Double(xs.reduce(0, +)) / Double(max(1, xs.count))) }
        out.append("    detail: slowest 1% (\(slow.count) picks) had \(mean(slowCards.map(\.openCases))) open cases on average, "
                   + "all picks \(mean(allCards.map(\.openCases))); slowest at positions \(slow.prefix(8).map(String.init).joined(separator: " "))")
        return out
    }

    /// Writes into a copy, so the cached dataset stays as generated.
    static func intakeLines(datasetPath: String, reference: ReferenceData) -> [String] {
        let copy = BenchDataset.folder.appendingPathComponent("intake-copy.db").path
        let fm = FileManager.default
        do {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: copy + suffix) }
            try fm.copyItem(atPath: datasetPath, toPath: copy)
            defer { for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: copy + suffix) } }
            let store = try StationDatabase(path: copy, reference: reference)
            store.actor = "bench"
            var n = 0
            let commit = try Samples.measure(runs: 200, warmup: 5) {
                n += 1
                _ = try store.recordIntake(IntakeRequest(
                    visitor: .init(name: "王小明", phone: "138\(String(format: "%08d", n))", community: "清溪社区"),
                    opinions: [.init(text: "小区路灯坏了半个月，晚上看不见路，希望尽快维修（\(n)）", category: "livelihood")]))
            }
            var serial = 0
            let anchor = try Samples.measure(runs: 200, warmup: 5) {
                serial += 1
                try BenchmarkAnchor.durableIntake(store, serial: serial)
            }
            let mode = try store.db.scalarString("PRAGMA synchronous").map { $0 == "2" ? "FULL" : $0 } ?? "?"
            return [line("durable intake commit (recordIntake, WAL, synchronous=\(mode))", commit, goalMS: 2, judged: \.median,
                         anchor: anchor, anchorLabel: "the same six rows in BEGIN IMMEDIATE … COMMIT")]
        } catch {
            return ["  intake commit: \(error)"]
        }
    }
}
