import Foundation
import LiaisonCore

/// `liaison test-writer --db PATH [--count N] [--kind intake|transitions]`: a
/// writer for the crash, backup and several-desks tests; not for stations.
/// - intake: records intakes one transaction at a time and prints each case
///   number only after its COMMIT returned.
/// - transitions: takes the next legal lifecycle step on a random case, reading
///   the state inside the write transaction, and prints how many went in.
enum TestWriterCommand {
    static func run(_ c: Context) throws -> Int32 {
        let store = try c.openStore()
        let count = try c.arguments.int("count") ?? 1_000_000
        switch c.arguments["kind"] ?? "intake" {
        case "transitions": return try transitions(store, count: count, c)
        default: break
        }
        for i in 0..<count {
            let receipt = try store.recordIntake(IntakeRequest(
                visitor: .init(name: "测试\(i)", phone: String(format: "139%08d", i % 100_000_000)),
                opinions: [.init(text: "第\(i)条：小区路灯坏了，晚上出行不便", category: "livelihood")]))
            // Reported only once durable: the test checks every printed number survives SIGKILL.
            FileHandle.standardOutput.write(Data((receipt.entries[0].caseRecord.number + "\n").utf8))
        }
        return ExitCode.success
    }

    static func transitions(_ store: StationDatabase, count: Int, _ c: Context) throws -> Int32 {
        var rng = SplitMix64(seed: UInt64(ProcessInfo.processInfo.processIdentifier))
        let ids = try store.cases({ var q = CaseQuery(); q.limit = 100_000; return q }()).map(\.caseRecord.id)
        let department = try store.departments()[0].id
        var done = 0
        for _ in 0..<count {
            let id = ids.randomElement(using: &rng)!
            try store.db.write {
                // The state is read inside the write lock, so the step is legal whatever other desks did.
                let state = try store.history(caseID: id).state
                let action: CaseAction
                switch state {
                case .registered: action = .triage(category: "livelihood", level: .township)
                case .triaged, .reopened: action = .dispatch(departmentID: department, deadline: nil, reason: "")
                case .dispatched: action = .reply(text: "已办理 \(ProcessInfo.processInfo.processIdentifier)")
                case .replied, .resolvedOnSite: action = .feedback(note: "")
                case .fedBack: action = .rate(Int.random(in: 0..<3, using: &rng) == 0 ? .dissatisfied : .satisfied, note: "")
                case .closed, .merged: action = .note("桌面 \(ProcessInfo.processInfo.processIdentifier)")
                }
                try store.apply(action, toCase: id)
            }
            done += 1
        }
        c.say("ok \(done)")
        return ExitCode.success
    }
}
