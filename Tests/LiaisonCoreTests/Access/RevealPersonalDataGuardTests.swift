import Foundation
import Testing
@testable import LiaisonCore

/// `revealPersonalData` is the older, unscoped entry to full numbers: on a
/// station with users it must apply the same role rule as `reveal(by:)`.
@Suite("Access: revealPersonalData follows the signed-in role")
struct RevealPersonalDataGuardTests {
    @Test func nobodySignedInIsRefusedOnceTheStationHasUsers() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        _ = try AccessPeople(store)
        let receipt = try store.intakeWithNumbers(phone: "13900000009", text: "路灯坏了")
        let before = try store.auditLog(limit: 100).count
        #expect(throws: AccessError.self) { try store.revealPersonalData(visitorID: receipt.visitorID, reason: "核实") }
        #expect(try store.auditLog(limit: 100).count == before)
    }

    @Test(arguments: [(User.Role.admin, true), (.receptionist, false), (.representative, false)])
    func theRoleDecides(_ role: User.Role, _ allowed: Bool) throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        // Nobody's case: the representative user has no link to this visitor.
        let receipt = try store.intakeWithNumbers(phone: "13900000009", text: "路灯坏了")
        store.signedIn = people.user(role)
        let phone = try? store.revealPersonalData(visitorID: receipt.visitorID, reason: "核实").phone
        #expect((phone == "13900000009") == allowed, "\(role)")
        let reveals = try store.auditLog(limit: 100).filter { $0.action == "reveal" && $0.subject == "visitor:\(receipt.visitorID)" }
        #expect(reveals.count == (allowed ? 1 : 0))
        if allowed { #expect(reveals.first?.actor == people.user(role).name) }
    }

    @Test func anOpenStationStillRevealsOnAStatedReason() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let receipt = try store.intakeWithNumbers(phone: "13900000009", text: "路灯坏了")
        #expect(throws: (any Error).self) { try store.revealPersonalData(visitorID: receipt.visitorID, reason: "  ") }
        #expect(try store.revealPersonalData(visitorID: receipt.visitorID, reason: "核实").phone == "13900000009")
    }
}
