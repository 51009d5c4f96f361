import Foundation
import Testing
@testable import LiaisonCore

/// `liaison cluster …` and `liaison suggestion …` on the real binary and a real
/// station file: imported complaints go from proposal to a rated suggestion.
@Suite("CLI: clusters and suggestions")
struct ClusterCommandTests {
    static let lamp = [
        "幸福路与和平街路口的路灯坏了，晚上一片漆黑", "幸福路口路灯不亮已经一个星期了",
        "和平街幸福路路口的路灯晚上不亮，老人走路容易摔倒", "反映幸福路路口路灯坏了，希望尽快修好",
        "幸福路路灯坏了好几天，晚上出门很不安全", "路口的路灯不亮，幸福路这边晚上很黑",
        "幸福路和平街交叉口路灯损坏，请维修", "晚上幸福路路口没有灯光，路灯坏了没人修",
        "幸福路口的路灯一直不亮，孩子放学回家害怕", "请修一下幸福路路口的路灯，坏了很久了",
    ]
    static let nextDoor = ["幸福路口路灯坏了，晚上看不见", "幸福路口的路灯不亮，晚上很黑", "幸福路路口路灯坏了好几天"]

    let folder = TemporaryFolder()

    /// Runs `liaison ARGS --db … --lang zh`, expecting `status`.
    func run(_ args: [String], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> (out: String, err: String) {
        let r = try LiaisonBinary.run(args + ["--db", folder.path("s.db"), "--lang", "zh"])
        #expect(r.status == status, "\(args): \(r.err)", sourceLocation: sourceLocation)
        return (r.out, r.err)
    }

    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("propose → accept → merge → rename → split → draft → submit → answer → rate, with plain refusals")
    func wholePath() throws {
        _ = try run(["init", "--station", "测试站"])
        var csv = "姓名,电话,社区,内容,分类\n"
        for (i, t) in Self.lamp.enumerated() { csv += "居民\(i),1390000\(String(format: "%04d", i)),幸福社区,\(t),livelihood\n" }
        for (i, t) in Self.nextDoor.enumerated() { csv += "邻居\(i),1390001\(String(format: "%04d", i)),和平社区,\(t),民生小事\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder.path("in.csv")))
        _ = try run(["import", "opinions", folder.path("in.csv")])

        let proposed = rows(try run(["cluster", "propose"]).out).filter { !$0[0].hasPrefix(" ") }
        #expect(proposed.map { $0[2] } == ["10", "3"])
        #expect(proposed[0][3] == "民生小事" && proposed[0][4] == "幸福社区")
        let big = try #require(rows(try run(["cluster", "accept", "1"]).out).first)
        #expect(big[2] == "10")
        _ = try run(["cluster", "accept", "1", "--name", "和平社区路灯"])
        _ = try run(["cluster", "accept", "7"], status: 2)
        #expect(rows(try run(["cluster", "list"]).out).count == 2)

        // Merge by name, rename by the id's last characters.
        let merged = try #require(rows(try run(["cluster", "merge", big[0], "和平社区路灯"]).out).first)
        #expect(merged[2] == "13")
        _ = try run(["cluster", "rename", String(big[0].suffix(6)), "幸福路口路灯"])
        #expect(rows(try run(["cluster", "list", "--all"]).out).contains { $0[1] == "和平社区路灯" && $0.last == "merged" })
        let missing = try run(["cluster", "rename", "没有这个", "x"], status: 1)
        #expect(missing.err.contains("找不到聚类"))

        // Split the three from 和平社区 out again, by case number.
        let members = rows(try run(["cluster", "show", "幸福路口路灯"]).out).dropFirst()
        #expect(members.count == 13)
        let cases = members.filter { $0[2] == "和平社区" }.map { $0[1] }
        #expect(cases.count == 3)
        let notMember = try run(["cluster", "split", "幸福路口路灯", "--opinions", "QX-0000-9999", "--name", "x"], status: 1)
        #expect(notMember.err.contains("不全在这个聚类中"))
        let split = rows(try run(["cluster", "split", "幸福路口路灯", "--opinions", cases.joined(separator: ","), "--name", "和平社区路灯二"]).out)
        #expect(split.map { $0[2] } == ["10", "3"])

        // The suggestion: drafted from the cluster's text, refused out of order, then handled.
        let drafted = try #require(rows(try run(["suggestion", "draft", "幸福路口路灯"]).out).first)
        #expect(drafted[1] == "起草中" && drafted[2] == "幸福路口路灯")
        let id = drafted[0]
        #expect(try run(["suggestion", "show", id]).out.contains("群众反映摘录"))
        #expect(try run(["suggestion", "answer", id, "--text", "已修"], status: 1).err.contains("不能登记答复"))
        _ = try run(["suggestion", "draft", "幸福路口路灯"], status: 1)
        #expect(rows(try run(["suggestion", "edit", id, "--title", "幸福路口路灯维修的建议"]).out)[0][2] == "幸福路口路灯维修的建议")
        _ = try run(["suggestion", "edit", id], status: 2)
        #expect(try run(["suggestion", "edit", id, "--representative", "没有这位"], status: 1).err.contains("没有这位"))
        let department = try #require(Fixtures.reference.departments.dropFirst().first).name
        #expect(rows(try run(["suggestion", "submit", "幸福路口路灯维修的建议", "--department", department]).out)[0][3] == department)
        let answered = try run(["suggestion", "answer", String(id.suffix(5)), "--text", "已更换全部路灯"])
        #expect(answered.out.contains("已答复") && answered.err.contains("10 位群众进入回访清单"))
        let shown = try run(["suggestion", "show", id]).out
        #expect(shown.contains("回访清单：10 位群众，待回访 10"))
        #expect(!shown.contains("13900000001"), "phone numbers leave masked")
        #expect(try run(["suggestion", "edit", id, "--body", "改"], status: 1).err.contains("不能再修改"))
        #expect(try run(["suggestion", "rate", id, "--satisfaction", "满意"]).out.contains("已办结"))
        _ = try run(["suggestion", "rate", id], status: 2)

        let listed = try JSONSerialization.jsonObject(with: Data(try run(["suggestion", "list", "--json"]).out.utf8)) as! [[String: Any]]
        #expect(listed.count == 1)
        #expect(listed[0]["state"] as? String == "closed" && listed[0]["rating"] as? String == "satisfied")
        #expect(listed[0]["followUps"] as? Int == 10)
        // The answer is noted on every member case.
        #expect(try run(["case", "show", members.first { $0[2] == "幸福社区" }![1]]).out.contains("代表建议《幸福路口路灯维修的建议》已答复"))
        _ = try run(["cluster", "frobnicate"], status: 2)
        _ = try run(["suggestion"], status: 2)
    }

    @Test("on a station with users: reads need a person who may read reports, changes one who may act on cases")
    func signedIn() throws {
        do {
            let (store, _) = Fixtures.station(in: folder)
            _ = try AccessPeople(store)
            for (i, text) in Self.lamp.prefix(5).enumerated() {
                _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "居民\(i)", community: "幸福社区"),
                                                         opinions: [.init(text: text, category: "livelihood")]))
            }
        }
        let db = folder.path("station.db")
        func run(_ args: [String], as who: String? = nil, pin: String = "") throws -> (status: Int32, out: String, err: String) {
            try AccessCommandTests.run(args + ["--db", db] + (who.map { ["--user", $0] } ?? []), environment: ["LIAISON_PIN": pin])
        }
        #expect(try run(["cluster", "propose"]).status != 0)
        #expect(try run(["cluster", "list"], as: "张代表", pin: AccessPeople.representativePIN).status != 0)
        #expect(try run(["cluster", "propose"], as: "小李", pin: "000000").status != 0)
        let proposed = try run(["cluster", "propose"], as: "小李", pin: AccessPeople.receptionistPIN)
        #expect(proposed.status == 0 && proposed.out.contains("路灯"), "\(proposed.err)")
        #expect(try run(["cluster", "accept", "1", "--name", "幸福路口路灯"], as: "小李", pin: AccessPeople.receptionistPIN).status == 0)
        #expect(try run(["suggestion", "draft", "幸福路口路灯"], as: "张代表", pin: AccessPeople.representativePIN).status != 0)
        let drafted = try run(["suggestion", "draft", "幸福路口路灯"], as: "站长", pin: AccessPeople.adminSecret)
        #expect(drafted.status == 0 && drafted.out.contains("drafted"), "\(drafted.err)")
    }

    @Test("proposal numbers mean the same proposals in every run (accept N after propose)")
    func stableNumbers() throws {
        // The demo station (built, then refused a terminal) has many small proposals with equal sizes.
        _ = try LiaisonBinary.run(["demo", "--db", folder.path("s.db")])
        let first = try run(["cluster", "propose"]).out
        #expect(first.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count > 10)
        for _ in 0..<3 { #expect(try run(["cluster", "propose"]).out == first) }
        let third = try #require(rows(first).filter { !$0[0].hasPrefix(" ") }.dropFirst(2).first)
        let accepted = try #require(rows(try run(["cluster", "accept", "3"]).out).first)
        #expect(accepted[1] == third[1] && accepted[2] == third[2])
    }
}
