import Foundation
import LiaisonCore
import Testing

extension EndToEnd {
    /// One case from registered to closed in the real front desk, including a
    /// 不满意 that reopens it, and a second desk seeing the change.
    @Suite("Case loop in tmux", .serialized)
    struct CaseLoopEndToEndTests {
        @Test("registered → triaged → dispatched → replied → fed back → 不满意 reopens → … → closed")
        func closeTheLoop() throws {
            guard Tmux.isAvailable, let binary = LiaisonBinary.url else {
                Issue.record("tmux and the liaison binary are needed (.ci/run installs tmux)")
                return
            }
            let t = try Tmux(name: "loop", width: 120, height: 34)
            let db = t.folder.appendingPathComponent("demo.db").path
            try t.launch([binary.path, "demo", "--db", db])
            #expect(t.waitFor("前往", timeout: 30), "\(t.screen)")
            try t.keys("F4")
            #expect(t.waitFor("案件队列"))
            // s: filter to registered cases; Enter opens the first.
            try t.type("s")
            #expect(t.waitFor("筛选：已登记"), "\(t.screen)")
            try t.keys("Enter")
            #expect(t.waitFor("办理记录"), "\(t.screen)")
            let header = try t.lines().first { $0.contains("┌") } ?? ""
            let number = try #require(header.split(separator: " ").first { $0.hasPrefix("QX-") }.map(String.init), "\(t.screen)")

            func step(_ keys: [String], text: String? = nil, until expected: String) throws {
                for k in keys {
                    if k.count == 1 { try t.type(k) } else { try t.keys(k) }
                    usleep(150_000)
                }
                if let text { try t.type(text); usleep(150_000); try t.keys("Enter") }
                #expect(t.waitFor(expected), "waiting for \(expected):\n\(t.screen)")
            }
            try step(["t", "Enter"], until: "已登记 → 已分类")
            try step(["d", "Enter"], until: "已分类 → 已交办")
            try step(["y"], text: "已派人维修", until: "已交办 → 已答复")
            try step(["b", "Enter"], until: "已答复 → 已反馈")
            try step(["3"], until: "已反馈 → 重新办理")
            try step(["d", "Enter"], until: "重新办理 → 已交办")
            try step(["y"], text: "已更换灯具", until: "案件状态：已答复")
            try step(["b", "Enter"], until: "案件状态：已反馈")
            try step(["1"], until: "已反馈 → 已办结")

            // Another desk (the CLI on the same file) sees it at once.
            let show = try Tmux.execute([binary.path, "case", "show", number, "--db", db])
            #expect(show.output.contains("已办结"), "\(show.output)\(show.error)")
            #expect(show.output.contains("不满意"))
            try t.keys("F10")
            #expect(t.waitFor("EXIT:0"))
            #expect(t.waitState { !$0.alternate })
        }
    }
}
