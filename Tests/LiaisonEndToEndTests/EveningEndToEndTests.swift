import Foundation
import LiaisonCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// A receptionist's whole evening on the real binary in tmux: a night-chat
    /// session, two representatives scanned in, three visitors (one returning,
    /// one group, one linked to an existing case), a SIGKILL while a fourth is
    /// half typed, the draft resumed and saved, the session closed with minutes,
    /// and the database checked afterwards.
    @Suite("Evening at the front desk in tmux", .serialized)
    struct EveningEndToEndTests {
        func start(_ t: Tmux, _ binary: URL) throws {
            try t.launch([binary.path, "demo", "--db", t.folder.appendingPathComponent("demo.db").path, "--lang", "zh"])
        }

        @Test("session, scans, three visitors, SIGKILL mid-form, resume, close with minutes, database contents")
        func evening() throws {
            guard Tmux.isAvailable else {
                if ProcessInfo.processInfo.environment["LIAISON_SKIP_TMUX"] != "1" { Issue.record("tmux is not installed") }
                return
            }
            guard let binary = LiaisonBinary.url else { Issue.record("liaison binary not found"); return }
            let t = try Tmux(name: "evening", width: 100, height: 30)
            let db = t.folder.appendingPathComponent("demo.db")
            try start(t, binary)
            try #require(t.wait(timeout: 30) { $0.contains("联络站前台") && $0.contains("前往") }, "front desk did not open:\n\(t.screen)")

            // Two representative codes, from the CLI export as a station would print them.
            let export = try Tmux.execute([binary.path, "export", "representatives", "--db", db.path])
            #expect(export.status == 0, "\(export.error)")
            let rows = export.output.split(whereSeparator: \.isNewline).map(String.init).filter { $0.hasPrefix("REP:") }
            let reps = rows.prefix(2).map { $0.components(separatedBy: ",") }.map { (code: $0[0], name: $0[2]) }
            try #require(reps.count == 2)

            // F5: the demo leaves a session open; close it, then open tonight's night chat.
            try t.keys("F5")
            try #require(t.waitFor("扫码签到"), "\(t.screen)")
            try t.type("c")
            try #require(t.waitFor("结束本次接待活动"), "\(t.screen)")
            try t.type("y")
            try #require(t.waitFor("接待活动纪要"), "\(t.screen)")
            try t.keys("Escape")
            try #require(t.waitFor("扫码签到"), "\(t.screen)")
            try t.type("n")
            try #require(t.waitFor("开始接待活动"), "\(t.screen)")
            try t.type("十一月代表夜聊")
            try t.keys("C-s")
            try #require(t.waitFor("接待中：十一月代表夜聊"), "header does not show the session:\n\(t.screen)")

            // Two scanner bursts: code + Enter, anywhere.
            for rep in reps {
                try t.type(rep.code)
                try t.keys("Enter")
                try #require(t.waitFor("\(rep.name) 已签到"), "scan of \(rep.code) not taken:\n\(t.screen)")
            }
            try #require(t.wait { s in reps.allSatisfy { s.contains($0.name) } && s.contains("到场人员 (2)") }, "\(t.screen)")

            // Visitor 1: named, with a phone, representative scanned into the field.
            try t.keys("F2")
            try #require(t.waitFor("来访群众"), "\(t.screen)")
            try t.type("张桂英"); try t.keys("Tab")
            try t.type("13912340001"); try t.keys("Tab")
            try t.keys("Tab", "Tab", "Tab", "Tab")
            try t.type("楼道里的声控灯坏了，老人晚上上下楼很危险，希望物业尽快修好。")
            try #require(t.waitFor("（建议）"), "no category suggested:\n\(t.screen)")
            try t.keys("Tab", "Tab", "Tab", "Tab")
            try t.type(reps[0].code); try t.keys("Enter")
            try #require(t.waitFor("接待代表 \(reps[0].name)"), "\(t.screen)")
            try t.keys("C-s")
            try #require(t.waitFor("来访回执"), "no receipt:\n\(t.screen)")
            #expect(try t.capture().contains("139****0001"), "phone not masked on the receipt:\n\(t.screen)")
            let firstNumber = try #require(caseNumbers(in: try t.capture()).first)
            try t.keys("Enter")

            // Visitor 2: a group of 12 with two opinions.
            try #require(t.wait { !$0.contains("来访回执") })
            try t.type("陈建国"); try t.keys("Tab", "Tab", "Tab")
            try t.keys("BSpace"); try t.type("12"); try t.keys("Tab", "Tab", "Tab")
            try t.type("菜市场周边占道经营严重，早上交通拥堵，希望城管加强管理。")
            try t.keys("C-n")
            try #require(t.waitFor("意见 2/2"), "\(t.screen)")
            try t.type("村里的老年食堂饭菜价格上涨，希望政府给予补贴。")
            // "菜市场" is no keyword hint: saving asks for a category, chosen by hand with →.
            try t.keys("C-s")
            try #require(t.waitFor("请选择分类"), "\(t.screen)")
            try t.keys("Right")
            try t.keys("C-s")
            try #require(t.waitFor("来访回执"), "no receipt for the group:\n\(t.screen)")
            #expect(caseNumbers(in: try t.capture()).count >= 2, "\(t.screen)")
            try t.keys("Enter")

            // Visitor 3: returning (same phone as visitor 1), linked to an existing case; receipt files written.
            try #require(t.wait { !$0.contains("来访回执") })
            try t.keys("Tab")
            try t.type("13912340001"); try t.keys("Tab")
            try #require(t.waitFor("回访群众：张桂英"), "returning visitor not recognised:\n\(t.screen)")
            #expect(try t.capture().contains(firstNumber), "earlier case not shown:\n\(t.screen)")
            try t.keys("Tab", "Tab", "Tab", "Tab")
            try t.type("小区门口的路灯坏了很久，晚上出行很不安全，希望尽快维修路灯。")
            try #require(t.wait { $0.contains("%  ") }, "no similar case listed:\n\(t.screen)")
            try t.keys("C-l")
            try #require(t.waitFor("并入已有案件"), "\(t.screen)")
            try t.keys("C-s")
            try #require(t.waitFor("来访回执"), "\(t.screen)")
            #expect(try t.capture().contains("并入已有案件"), "\(t.screen)")
            try t.type("w")
            try #require(t.waitFor("回执已写出"), "\(t.screen)")
            let receipts = (try? FileManager.default.contentsOfDirectory(atPath: t.folder.appendingPathComponent("receipts").path)) ?? []
            #expect(receipts.contains { $0.hasSuffix(".txt") } && receipts.contains { $0.hasSuffix(".svg") }, "\(receipts)")
            try t.keys("Enter")

            // Visitor 4, half typed, then the process is killed outright.
            try #require(t.wait { !$0.contains("来访回执") })
            try t.type("刘芳"); try t.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
            try t.type("公园健身器材老化")
            try #require(t.waitFor("公园健身器材老化"))
            Thread.sleep(forTimeInterval: 1.0)
            let pid = try #require(t.pid)
            #expect(kill(pid, SIGKILL) == 0)
            try #require(t.waitFor("EXIT:137"), "\(t.screen)")

            // Restart: the terminal was left raw, so make it sane with a bare newline first.
            try t.type("stty sane")
            try t.keys("C-j")
            Thread.sleep(forTimeInterval: 0.3)
            try start(t, binary)
            try #require(t.wait(timeout: 20) { $0.contains("有未保存的登记草稿") }, "no draft offered:\n\(t.screen)")
            try t.keys("F2")
            try #require(t.waitFor("恢复草稿"), "\(t.screen)")
            try t.keys("Enter")
            try #require(t.wait { $0.contains("刘芳") && $0.contains("公园健身器材老化") }, "draft not restored:\n\(t.screen)")
            try t.type("，希望尽快更换。")
            try t.keys("C-s")
            try #require(t.waitFor("来访回执"), "resumed form not saved:\n\(t.screen)")
            #expect(try t.capture().contains("接待中：十一月代表夜聊"))

            // Close the session: minutes on screen, exported as Markdown beside the database.
            try t.keys("F5")
            try t.type("c")
            try #require(t.waitFor("结束本次接待活动"))
            try t.type("y")
            try #require(t.waitFor("接待活动纪要"), "\(t.screen)")
            try t.keys("C-s")
            try #require(t.waitFor("纪要已导出"), "\(t.screen)")
            try t.keys("Escape")
            try #require(t.waitFor("扫码签到"), "\(t.screen)")
            try t.keys("F10")
            try #require(t.waitFor("EXIT:0"), "\(t.screen)")

            let files = try FileManager.default.contentsOfDirectory(atPath: t.folder.path).filter { $0.hasPrefix("minutes-") }
            let minutes = try files.map { try String(contentsOf: t.folder.appendingPathComponent($0), encoding: .utf8) }
            let tonight = try #require(minutes.first { $0.contains("十一月代表夜聊") }, "minutes not exported: \(files)")
            for rep in reps { #expect(tonight.contains(rep.name)) }
            #expect(tonight.contains("意见 5 条"), "\(tonight)")
            #expect(tonight.contains("来访 3 批 14 人"), "\(tonight)")

            // The database: five opinions filed under tonight's session, one linked, one returning visitor.
            let store = try StationDatabase(path: db.path, reference: try ReferenceData.loadDefault())
            let session = try #require(try store.sessions().first { $0.title == "十一月代表夜聊" })
            #expect(session.closedAt != nil)
            let m = try store.minutes(sessionID: session.id)
            #expect(m.opinions.count == 5)
            #expect(m.visitors == 3, "visitor 1 returned, so three distinct visitors")
            #expect(m.people == 1 + 12 + 1)
            #expect(m.attendance.count == 2)
            let returning = try #require(try store.visitor(phone: "13912340001"))
            #expect(try store.cases(visitorID: returning.id).count == 2)
            #expect(try store.drafts().isEmpty, "the resumed draft should be gone once saved")

            // Consultations from the CLI: list with deadlines, export one as CSV and Markdown.
            let list = try Tmux.execute([binary.path, "consultation", "list", "--db", db.path])
            #expect(list.status == 0, "\(list.error)")
            let consultations = try store.consultations()
            try #require(!consultations.isEmpty)
            for k in consultations { #expect(list.output.contains(k.id) && list.output.contains(k.deadline.description)) }
            let target = consultations[0]
            let opinions = try store.opinions(consultationID: target.id)
            let csv = try Tmux.execute([binary.path, "consultation", "export", target.id, "--format", "csv", "--db", db.path])
            #expect(csv.status == 0)
            #expect(csv.output.split(whereSeparator: \.isNewline).count == opinions.count + 1)
            let md = try Tmux.execute([binary.path, "consultation", "export", target.id, "--format", "md", "--db", db.path])
            #expect(md.output.contains(target.title) && md.output.contains("逐条统计"))
            let bad = try Tmux.execute([binary.path, "consultation", "export", target.id, "--format", "xls", "--db", db.path])
            #expect(bad.status == 2)
        }

        /// Case numbers like `QX-2026-000142` on a screen.
        func caseNumbers(in screen: String) -> [String] {
            let re = try! NSRegularExpression(pattern: "[A-Z]{2,}-\\d{4}-\\d{6}")
            let ns = screen as NSString
            return re.matches(in: screen, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
        }
    }
}
