import Foundation
import Testing
@testable import LiaisonCore

/// Each role may do only what it should: the expected table is written out
/// here independently of `AccessPolicy`, then checked both in the table and
/// through the store's guarded calls.
@Suite("Access: roles and permissions")
struct RolePermissionTests {
    /// role → permissions it must have; every other permission must be refused.
    static let expected: [(User.Role, Set<Permission>)] = [
        (.receptionist, [.registerIntake, .actOnCases, .viewAllCases, .manageSessions, .exportMasked, .callVisitorsBack,
                         .readReports]),
        (.representative, [.registerIntake, .superviseCases, .revealPersonalData]),
        (.admin, Set(Permission.allCases)),
    ]

    @Test(arguments: expected.flatMap { role, allowed in Permission.allCases.map { (role, $0, allowed.contains($0)) } })
    func table(_ role: User.Role, _ permission: Permission, _ allowed: Bool) {
        #expect(AccessPolicy.allows(role, permission) == allowed, "\(role) / \(permission)")
        if allowed {
            #expect(throws: Never.self) { try AccessPolicy.require(permission, User(id: "x", name: "x", role: role)) }
        } else {
            #expect(throws: AccessError.notPermitted(permission, role)) {
                try AccessPolicy.require(permission, User(id: "x", name: "x", role: role))
            }
        }
    }

    @Test func onlyTheAdminReadsTheAuditLogOrRunsRetentionOrExportsPersonalData() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        _ = try store.intakeWithNumbers()
        for role in User.Role.allCases {
            let user = people.user(role)
            let isAdmin = role == .admin
            let auditBefore = try store.rawCount("audit_log")
            #expect(((try? store.auditLog(by: user)) != nil) == isAdmin, "\(role) audit log")
            #expect(((try? store.personalExportTable(.opinions, since: nil, reason: "审计抽查", by: user)) != nil) == isAdmin,
                    "\(role) personal export")
            #expect(((try? store.applyRetention(by: user, dryRun: true)) != nil) == isAdmin, "\(role) retention")
            #expect(((try? store.setRetentionYears(5, by: user)) != nil) == isAdmin, "\(role) retention setting")
            #expect(((try? store.setIdleLockMinutes(5, by: user)) != nil) == isAdmin, "\(role) idle lock")
            // Refusals leave no trace; the admin's personal export and two settings are audited (a dry run writes nothing).
            let written = try store.rawCount("audit_log") - auditBefore
            #expect(written == (isAdmin ? 3 : 0), "\(role) wrote \(written) audit entries")
        }
    }

    @Test func caseScopeFollowsTheRole() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        #expect(AccessPolicy.caseScope(for: people.admin) == .all)
        #expect(AccessPolicy.caseScope(for: people.receptionist) == .all)
        #expect(AccessPolicy.caseScope(for: people.representative) == .representative(people.rep.id))
        #expect(AccessPolicy.caseScope(for: User(id: "x", name: "x", role: .representative)) == CaseScope.none)
    }

    /// Everyone sees masked numbers by default; only reveal shows the full ones.
    @Test func defaultViewIsMaskedForEveryRole() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        _ = try AccessPeople(store)
        let receipt = try store.intakeWithNumbers(phone: "13912345678", residentID: "11010519491231002X")
        let masked = try store.maskedPersonalData(visitorID: receipt.visitorID)
        #expect(masked.phone == "139****5678")
        #expect(masked.residentID == "110***********002X")
    }
}
