import Foundation
import Testing
@testable import LiaisonCore

/// The real `liaison` binary on real files: the command-line contract of DESIGN.md.
@Suite("CLI: the command-line contract")
struct CommandLineTests {
    @Test func helpVersionAndUsageErrors() throws {
        let help = try LiaisonBinary.run(["--help", "--lang", "en"])
        #expect(help.status == 0 && help.out.contains("liaison demo [--reset]"))
        let zh = try LiaisonBinary.run(["--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.out.contains("联络站"))
        #expect(try LiaisonBinary.run(["--version"]).out.hasPrefix("liaison "))
        let unknownOption = try LiaisonBinary.run(["check", "--frobnicate"])
        #expect(unknownOption.status == 2 && unknownOption.err.contains("--frobnicate"))
        let unknownCommand = try LiaisonBinary.run(["fly"])
        #expect(unknownCommand.status == 2)
        let missingValue = try LiaisonBinary.run(["init", "--station"])
        #expect(missingValue.status == 2)
    }

    @Test func noTerminalMeansExitTwo() throws {
        let folder = TemporaryFolder()
        let db = folder.path("s.db")
        #expect(try LiaisonBinary.run(["init", "--station", "测试站", "--db", db]).status == 0)
        let tui = try LiaisonBinary.run(["--db", db])
        #expect(tui.status == 2)
        #expect(tui.err.contains("terminal"))
    }

    @Test func dbResolutionOrder() throws {
        let folder = TemporaryFolder()
        let viaEnv = folder.path("env.db")
        #expect(try LiaisonBinary.run(["init", "--station", "甲站"], environment: ["LIAISON_DB": viaEnv]).status == 0)
        #expect(FileManager.default.fileExists(atPath: viaEnv))
        let xdg = folder.path("xdg")
        #expect(try LiaisonBinary.run(["init", "--station", "乙站"], environment: ["XDG_DATA_HOME": xdg, "LIAISON_DB": ""]).status == 0)
        #expect(FileManager.default.fileExists(atPath: xdg + "/liaison/liaison.db"))
        // --db wins over the environment.
        let flag = folder.path("flag.db")
        #expect(try LiaisonBinary.run(["check", "--db", flag], environment: ["LIAISON_DB": viaEnv]).status == 1)
        #expect(try LiaisonBinary.run(["check"], environment: ["LIAISON_DB": viaEnv]).status == 0)
    }

    @Test func gb18030ImportNamesBadLinesAndImportsTheRest() throws {
        let folder = TemporaryFolder()
        let db = folder.path("s.db")
        #expect(try LiaisonBinary.run(["init", "--station", "测试站", "--db", db]).status == 0)
        let csv = "姓名,层级,选区,电话\r\n王小明,乡镇,清溪社区,13800000001\r\n李红,村级,清溪,13800000002\r\n赵敏,区,一选区,138\r\n周海燕,市,第三选区,\r\n"
        let path = folder.path("reps.csv")
        try Data(TextDecoding.encodeGB18030(csv)!).write(to: URL(fileURLWithPath: path))
        let run = try LiaisonBinary.run(["import", "representatives", path, "--db", db, "--lang", "zh"])
        #expect(run.status == 1)
        #expect(run.err.contains("第 3 行") && run.err.contains("第 4 行"))
        #expect(run.err.contains("导入 2 行"))
        let export = try LiaisonBinary.run(["export", "representatives", "--format", "json", "--db", db])
        let rows = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as! [[String: String]]
        #expect(Set(rows.map { $0["name"]! }) == ["王小明", "周海燕"])
        #expect(rows.allSatisfy { (try? CodeParser.parse($0["code"]!)) != nil })
    }

    @Test func demoDatabasePassesCheckAndLookupResolvesAScan() throws {
        let folder = TemporaryFolder()
        let db = folder.path("demo.db")
        let demo = try LiaisonBinary.run(["demo", "--db", db])
        #expect(demo.status == 2) // built, then the TUI refuses: no terminal here
        #expect(demo.err.contains("300"))
        let check = try LiaisonBinary.run(["check", "--db", db, "--lang", "en"])
        #expect(check.status == 0, "\(check.err)")
        let store = try StationDatabase(path: db, reference: Fixtures.reference)
        let states = Set(try store.cases(CaseQuery(limitAll: ())).map(\.caseRecord.state))
        #expect(states == Set(CaseState.allCases), "every state appears in the demo")
        #expect(try store.overview().overdue > 0)
        #expect(try store.representatives().count >= 40)
        #expect(try store.stations().filter { $0.kind == .outpost }.count == 2)
        #expect(try store.consultations().count == 3)
        let rep = try store.representatives()[0]
        let payload = store.representativeCode(rep).description
        let lookup = try LiaisonBinary.run(["lookup", payload, "--db", db])
        #expect(lookup.status == 0 && lookup.out.contains(rep.name))
        var chars = Array(payload)
        chars[6] = chars[6] == "7" ? "8" : "7"
        let wrong = try LiaisonBinary.run(["lookup", String(chars), "--db", db, "--lang", "en"])
        #expect(wrong.status == 1 && wrong.err.contains("check character"))
    }

    @Test func qrPayloadMayStartWithADash() throws {
        let folder = TemporaryFolder()
        let out = folder.path("dash.pbm")
        let run = try LiaisonBinary.run(["qr", "--format", "pbm", "--out", out, "--", "-王小明-"])
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("P1"))
    }
}

extension CaseQuery {
    init(limitAll: Void) {
        self.init()
        limit = 1_000_000
    }
}
