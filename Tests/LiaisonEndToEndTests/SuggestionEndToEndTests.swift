import Foundation
import LiaisonCore
import Testing

extension EndToEnd {
    /// The station head's month-end job in the real front desk: ten similar
    /// complaints (imported into the demo station, beside its own) become one
    /// cluster, one suggestion, submitted, answered, its follow-up calls listed,
    /// and rated — by keys, in a few minutes.
    @Suite("Clusters to a suggestion in tmux", .serialized)
    struct SuggestionEndToEndTests {
        static let lamp = [
            "幸福路与和平街路口的路灯坏了，晚上一片漆黑", "幸福路口路灯不亮已经一个星期了",
            "和平街幸福路路口的路灯晚上不亮，老人走路容易摔倒", "反映幸福路路口路灯坏了，希望尽快修好",
            "幸福路路灯坏了好几天，晚上出门很不安全", "路口的路灯不亮，幸福路这边晚上很黑",
            "幸福路和平街交叉口路灯损坏，请维修", "晚上幸福路路口没有灯光，路灯坏了没人修",
            "幸福路口的路灯一直不亮，孩子放学回家害怕", "请修一下幸福路路口的路灯，坏了很久了",
        ]

        @Test("F6: proposal → accept → rename → draft → submit → answer → follow-ups → 满意")
        func tenComplaintsBecomeOneSuggestion() throws {
            guard Tmux.isAvailable, let binary = LiaisonBinary.url else {
                Issue.record("tmux and the liaison binary are needed (.ci/run installs tmux)")
                return
            }
            let t = try Tmux(name: "suggest", width: 120, height: 34)
            let db = t.folder.appendingPathComponent("demo.db").path
            // Build the demo station (no terminal here, so it stops after building), then add the ten.
            _ = try Tmux.execute([binary.path, "demo", "--db", db])
            var csv = "姓名,电话,社区,内容,分类\n"
            for (i, text) in Self.lamp.enumerated() { csv += "居民\(i),1390000\(String(format: "%04d", i)),清溪社区,\(text),民生小事\n" }
            let file = t.folder.appendingPathComponent("ten.csv")
            try Data(csv.utf8).write(to: file)
            let imported = try Tmux.execute([binary.path, "import", "opinions", file.path, "--db", db, "--lang", "zh"])
            #expect(imported.status == 0, "\(imported.error)")

            try t.launch([binary.path, "demo", "--db", db])
            #expect(t.waitFor("前往", timeout: 30), "\(t.screen)")
            func step(_ keys: [String], text: String? = nil, until expected: String) throws {
                for k in keys {
                    if k.count == 1 { try t.type(k) } else { try t.keys(k) }
                    usleep(150_000)
                }
                if let text { try t.type(text); usleep(150_000); try t.keys("Enter") }
                #expect(t.waitFor(expected), "waiting for \(expected):\n\(t.screen)")
            }
            try step(["F6"], until: "民意报告")
            try step(["Tab", "Tab"], until: "建议聚类（同一问题的多条意见）")
            // The ten (with the demo's own lamp complaints there) lead the proposals.
            let first = try t.lines().first { $0.contains(">") && $0.contains("条") } ?? ""
            #expect(first.contains("清溪社区：幸福路与和平街路口的路灯坏了"), "\(t.screen)")
            try step(["a"], until: "已确认聚类")
            try step(["r", "C-u"], text: "幸福路口路灯维修", until: "已改名为“幸福路口路灯维修”")
            try step(["s"], until: "起草代表建议（可修改）")
            try step(["C-s"], until: "已起草代表建议“幸福路口路灯维修”")
            try step(["Tab"], until: "[起草中] · 幸福路口路灯维修")
            try step(["d"], until: "交办给哪个单位")
            try step(["Enter"], until: "[已提交交办] · 幸福路口路灯维修")
            try step(["y"], text: "已更换全部路灯", until: "位群众进入回访清单")
            try step(["Enter"], until: "回访清单：")
            let heading = try t.lines().first { $0.contains("回访清单：") } ?? ""
            #expect(heading.contains("待回访"), "\(t.screen)")
            let calls = try t.lines().filter { $0.contains("[待回访]") }
            #expect(calls.count >= 10, "\(t.screen)")
            #expect(!(try t.capture().contains("13900000001")), "phone numbers are masked")
            try step(["1"], until: "已办结")
            try t.keys("F10")
            #expect(t.waitFor("EXIT:0"), "\(t.screen)")

            // The command line on the same file sees the closed suggestion and its calls.
            let list = try Tmux.execute([binary.path, "suggestion", "list", "--db", db, "--lang", "zh"])
            #expect(list.output.contains("已办结\t幸福路口路灯维修"), "\(list.output)\(list.error)")
            let show = try Tmux.execute([binary.path, "suggestion", "show", "幸福路口路灯维修", "--db", db, "--lang", "zh"])
            #expect(show.output.contains("待回访") && show.output.contains("满意"), "\(show.output)\(show.error)")
        }
    }
}
