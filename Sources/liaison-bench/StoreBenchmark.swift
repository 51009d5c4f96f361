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
            return ["  (\(codes.count) representatives)",
                    line("scan → representative card (parse, lookup, open/overdue counts, payload)", card, goalMS: 0.05,
                         anchor: anchor, anchorLabel: "point lookup by code, same Database layer")]
        } catch {
            return ["  scan: \(error)"]
        }
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
