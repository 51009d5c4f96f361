import Foundation
import LiaisonCore

/// Times importing one bundle of ≥ 10,000 row changes (an outpost's busy
/// stretch: intakes with visitor, personal row, counter, case, event, opinion)
/// into a fresh copy of its station, and prints median and p99 beside the
/// goal from issue 8 (≤ 1 s). Verification (SHA-256, HMAC, decode) is included.
func syncBenchmarkLines() -> [String] {
    var lines = ["Sync import of one bundle (≥ 10,000 row changes, one transaction):"]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-sync-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let reference = try ReferenceData.loadDefault()
        let station = try StationDatabase.create(path: path("station.db"), stationName: "基准联络站", reference: reference)
        station.startSyncCapture()
        try station.provisionOutpost(name: "基准联络点", path: path("outpost.db"))
        let outpost = try StationDatabase(path: path("outpost.db"), reference: reference)
        outpost.startSyncCapture()
        let category = outpost.categories.first?.code ?? "livelihood"
        // Six row changes per intake; 50 intakes per write transaction.
        for batch in 0..<40 {
            try outpost.db.write {
                for i in 0..<50 {
                    let n = batch * 50 + i
                    _ = try outpost.recordIntake(IntakeRequest(
                        visitor: .init(name: "来访者\(n)", phone: String(format: "139%08d", n)),
                        opinions: [.init(text: "第 \(n) 条意见：村口道路需要修补，雨天积水严重", category: category)]))
                }
            }
        }
        let bundle = try outpost.exportSyncBundle(to: station.station.id)
        var samples: [Double] = []
        var cpu: [Double] = []
        var changes = 0
        let clock = ContinuousClock()
        for run in 0..<7 {
            try station.backup(to: path("copy\(run).db"))
            let copy = try StationDatabase(path: path("copy\(run).db"), reference: reference)
            copy.startSyncCapture()
            let cpuStart = processorSeconds()
            let start = clock.now
            let result = try copy.importSyncBundle(bundle.bundle)
            let elapsed = clock.now - start
            cpu.append(processorSeconds() - cpuStart)
            changes = result.appliedChanges
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        samples.sort()
        cpu.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, Int((Double(samples.count) * 0.99).rounded(.up)) - 1)]
        lines.append(String(format: "  %d changes in %d transactions, %.1f MB: median %.3f s, p99 %.3f s (goal ≤ 1 s) %@",
                            changes, bundle.entryCount, Double(bundle.bundle.count) / 1_000_000, median, p99,
                            p99 <= 1 ? "ok" : "SLOW"))
        // CPU time shows the work itself when other processes share the cores.
        lines.append(String(format: "  processor time: median %.3f s, max %.3f s", cpu[cpu.count / 2], cpu[cpu.count - 1]))
    } catch {
        lines.append("  failed: \(error)")
    }
    return lines
}

/// User plus system processor time of this process, in seconds.
private func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
