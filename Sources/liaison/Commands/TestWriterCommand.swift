import Foundation
import LiaisonCore

/// `liaison test-writer --db PATH [--count N]`: records intakes one transaction
/// at a time and prints each case number only after its COMMIT returned. The
/// crash and backup tests kill or race this process; it is not for stations.
enum TestWriterCommand {
    static func run(_ c: Context) throws -> Int32 {
        let store = try c.openStore()
        let count = try c.arguments.int("count") ?? 1_000_000
        for i in 0..<count {
            let receipt = try store.recordIntake(IntakeRequest(
                visitor: .init(name: "测试\(i)", phone: String(format: "139%08d", i % 100_000_000)),
                opinions: [.init(text: "第\(i)条：小区路灯坏了，晚上出行不便", category: "livelihood")]))
            // Reported only once durable: the test checks every printed number survives SIGKILL.
            FileHandle.standardOutput.write(Data((receipt.entries[0].caseRecord.number + "\n").utf8))
        }
        return ExitCode.success
    }
}
