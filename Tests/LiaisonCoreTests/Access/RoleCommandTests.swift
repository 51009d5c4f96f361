import Foundation
import Testing
@testable import LiaisonCore

/// Each role may do at the command line only what it should: the commands run
/// as the built binary, signed in with `--user` and `LIAISON_PIN` (or a piped
/// PIN), on a station with one case received by each of two representatives
/// and one awaiting its follow-up call. Each sign-in costs a full-strength
/// derivation, so the table is kept to the rules that differ by role.
@Suite("Access: each role at the command line", .serialized)
struct RoleCommandTests {
    struct Station {
        let folder: TemporaryFolder
        let db: String
        let mine: String       // received by 张代表 (the representative user)
        let theirs: String     // received by 陈代表
        let replied: String    // no representative; awaiting its follow-up call
    }

    static func makeStation() throws -> Station {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let mine = try store.intakeWithNumbers(phone: "13900000001", representativeID: people.rep.id, text: "我的路灯坏了")
        let theirs = try store.intakeWithNumbers(phone: "13900000002", representativeID: people.otherRep.id, text: "他的路灯坏了")
        let replied = try store.intakeWithNumbers(phone: "13900000003", text: "井盖松了")
        try store.apply(.resolveOnSite(answer: "已联系维修"), toCase: replied.entries[0].caseRecord.id)
        return Station(folder: folder, db: folder.path("station.db"), mine: mine.entries[0].caseRecord.number,
                       theirs: theirs.entries[0].caseRecord.number, replied: replied.entries[0].caseRecord.number)
    }

    static let pins: [User.Role: (name: String, pin: String)] = [
        .admin: ("站长", AccessPeople.adminSecret),
        .receptionist: ("小李", AccessPeople.receptionistPIN),
        .representative: ("张代表", AccessPeople.representativePIN),
    ]

    static func run(_ role: User.Role, _ args: [String], _ s: Station) throws -> (status: Int32, out: String, err: String) {
        let who = pins[role]!
        return try AccessCommandTests.run(args + ["--user", who.name, "--db", s.db], environment: ["LIAISON_PIN": who.pin])
    }

    /// role, command (with `MINE`/`THEIRS`/`REPLIED`/`OUT` standing for the station's values), allowed.
    static let table: [(User.Role, [String], Bool)] = [
        (.receptionist, ["case", "show", "THEIRS"], true),
        (.receptionist, ["case", "followup"], true),
        (.receptionist, ["export", "cases"], true),
        (.receptionist, ["import", "opinions", "CSV"], false),
        (.receptionist, ["backup", "OUT"], false),
        (.receptionist, ["report", "--month", "2026-03"], true),
        (.representative, ["case", "show", "MINE"], true),
        (.representative, ["case", "show", "THEIRS"], false),
        (.representative, ["case", "transition", "MINE", "note", "--note", "已督促"], true),
        (.representative, ["case", "transition", "MINE", "dispatch", "--department", "街道城市管理科"], false),
        (.representative, ["case", "followup"], false),
        (.representative, ["export", "cases"], false),
        (.admin, ["backup", "OUT"], true),
        (.admin, ["import", "opinions", "CSV"], true),
    ]

    @Test func eachRoleRunsOnlyItsCommands() throws {
        let s = try Self.makeStation()
        let csv = s.folder.path("more.csv")
        try "日期,姓名,电话,内容\n2026-03-01,钱七,13900004444,公交站牌歪了\n".write(toFile: csv, atomically: true, encoding: .utf8)
        for (n, row) in Self.table.enumerated() {
            let (role, template, allowed) = row
            let args = template.map { t -> String in
                switch t {
                case "MINE": return s.mine
                case "THEIRS": return s.theirs
                case "REPLIED": return s.replied
                case "CSV": return csv
                case "OUT": return s.folder.path("backup-\(n).db")
                default: return t
                }
            }
            let r = try Self.run(role, args, s)
            if allowed {
                #expect(r.status == 0, "\(role) \(template): \(r.err)")
            } else {
                #expect(r.status == 1, "\(role) \(template) should be refused")
                #expect(r.err.contains("may not") || r.err.contains("not one you received"), "\(role) \(template): \(r.err)")
            }
        }
    }

    /// The list and search follow the role: a representative sees only the case they received.
    @Test func caseListAndSearchFollowTheRole() throws {
        let s = try Self.makeStation()
        let all = try Self.run(.receptionist, ["case", "list"], s)
        #expect(all.status == 0, "\(all.err)")
        #expect(all.out.contains(s.mine) && all.out.contains(s.theirs) && all.out.contains(s.replied))
        let own = try Self.run(.representative, ["case", "list"], s)
        #expect(own.status == 0, "\(own.err)")
        #expect(own.out.contains(s.mine) && !own.out.contains(s.theirs) && !own.out.contains(s.replied))
        let found = try Self.run(.representative, ["search", "路灯"], s)
        #expect(found.status == 0, "\(found.err)")
        #expect(found.out.contains("我的") && !found.out.contains("他的"))
    }

    /// `--actor` alone no longer acts for anyone once the station has users;
    /// a wrong PIN is refused; the PIN may also come piped on stdin.
    @Test func actorWithoutCredentialsIsRefused() throws {
        let s = try Self.makeStation()
        let bare = try AccessCommandTests.run(["case", "list", "--db", s.db])
        #expect(bare.status == 1 && bare.err.contains("Sign in first"))
        let actor = try AccessCommandTests.run(["case", "transition", s.mine, "note", "--note", "x", "--actor", "站长", "--db", s.db])
        #expect(actor.status == 1 && actor.err.contains("Wrong name or PIN"))
        let wrong = try AccessCommandTests.run(["case", "list", "--user", "小李", "--db", s.db], environment: ["LIAISON_PIN": "000000"])
        #expect(wrong.status == 1 && wrong.err.contains("Wrong name or PIN"))
        let piped = try AccessCommandTests.run(["case", "list", "--user", "小李", "--db", s.db], stdin: AccessPeople.receptionistPIN + "\n")
        #expect(piped.status == 0 && piped.out.contains(s.theirs), "\(piped.err)")
        // The note was not written by anyone.
        let store = try StationDatabase(path: s.db, reference: Fixtures.reference)
        let notes = try store.events(caseID: try #require(try store.caseRecord(number: s.mine)).id).filter { $0.actor == "站长" }
        #expect(notes.isEmpty)
    }

    /// A station without users (first run) and the demo keep working without a sign-in.
    @Test func openStationNeedsNoSignIn() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let receipt = try store.intakeWithNumbers()
        let list = try AccessCommandTests.run(["case", "list", "--db", folder.path("station.db")])
        #expect(list.status == 0 && list.out.contains(receipt.entries[0].caseRecord.number), "\(list.err)")
    }
}
