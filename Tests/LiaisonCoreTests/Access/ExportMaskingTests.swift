import Foundation
import Testing
@testable import LiaisonCore

@Suite("Access: exports and personal numbers", .serialized)
struct ExportMaskingTests {
    /// Every full phone and resident ID number held, read straight from the table.
    static func fullNumbers(_ store: StationDatabase) throws -> Set<String> {
        var numbers = Set<String>()
        try store.db.forEach("SELECT phone, phone_key, resident_id FROM visitor_personal") { r in
            for i in 0..<3 where r.string(i).count >= 7 { numbers.insert(r.string(i)) }
            return true
        }
        return numbers
    }

    static func outputs(_ store: StationDatabase) throws -> [(String, String)] {
        var out: [(String, String)] = []
        for kind in ExportKind.allCases {
            let table = try store.exportTable(kind, since: nil)
            out.append(("\(kind).csv", String(decoding: table.csv(), as: UTF8.self)))
            out.append(("\(kind).json", String(decoding: try table.json(), as: UTF8.self)))
        }
        return out
    }

    /// No full phone or resident ID number of the demo station leaves in a default export.
    @Test func demoDefaultExportsHoldNoFullNumber() throws {
        let folder = TemporaryFolder()
        let path = folder.path("demo.db")
        try DemoStationBuilder(dataDirectory: Fixtures.dataDirectory, reference: Fixtures.reference).build(at: path)
        let store = try StationDatabase(path: path, reference: Fixtures.reference)
        let numbers = try Self.fullNumbers(store)
        #expect(numbers.count >= 50, "the demo should hold many visitors' numbers to make this test mean something")
        // A landline may also appear without its hyphen.
        let forms = numbers.map { ($0, $0.filter { $0 != "-" }) }
        for (name, text) in try Self.outputs(store) {
            #expect(!text.isEmpty)
            for (number, bare) in forms where text.contains(number) || text.contains(bare) {
                Issue.record("\(name) contains a full number ending \(number.suffix(4))")
            }
        }
    }

    /// The check above can fail: an export that does carry a number is caught.
    @Test func scannerCatchesALeak() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        _ = try store.intakeWithNumbers(phone: "13912345678")
        let numbers = try Self.fullNumbers(store)
        let personal = try store.personalExportTable(.opinions, since: nil, reason: "上级核查", by: people.admin)
        let text = String(decoding: personal.csv(), as: UTF8.self)
        #expect(numbers.contains { text.contains($0) })
        #expect(!(try Self.outputs(store)).contains { _, out in numbers.contains { out.contains($0) } })
    }

    @Test func personalExportIsForAdminsWithAReasonAndAudited() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let receipt = try store.intakeWithNumbers(phone: "13912345678", residentID: "11010519491231002X")
        #expect(throws: AccessError.reasonRequired) { try store.personalExportTable(.opinions, since: nil, reason: " ", by: people.admin) }
        let table = try store.personalExportTable(.opinions, since: nil, reason: "区人大常委会调阅", by: people.admin)
        let masked = try store.exportTable(.opinions, since: nil)
        #expect(table.rows.count == masked.rows.count)
        let phone = try #require(table.columns.firstIndex(of: "phone"))
        let id = try #require(table.columns.firstIndex(of: "resident_id"))
        #expect(!table.columns.contains("phone_masked"))
        #expect(table.rows[0][phone] == "13912345678")
        #expect(table.rows[0][id] == "11010519491231002X")
        #expect(masked.rows[0][try #require(masked.columns.firstIndex(of: "phone_masked"))] == "139****5678")
        let entry = try #require(try store.auditLog(by: people.admin).first { $0.action == "export-personal" })
        #expect(entry.actor == "站长" && entry.reason == "区人大常委会调阅" && entry.subject == "export:opinions")
        _ = receipt
    }
}
