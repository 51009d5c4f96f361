import Foundation
import Testing
@testable import LiaisonCore

@Suite("Access: sign-in")
struct LoginServiceTests {
    @Test func firstRunCreatesTheAdminOnce() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let login = LoginService(store: store, policy: AccessPeople.policy)
        #expect(try login.needsFirstAdmin())
        let admin = try login.createFirstAdmin(name: "  站长 ", secret: AccessPeople.adminSecret)
        #expect(admin.role == .admin)
        #expect(admin.name == "站长")
        #expect(try !login.needsFirstAdmin())
        #expect(throws: AccessError.firstAdminExists) { try login.createFirstAdmin(name: "另一个", secret: "another-secret") }
        #expect(try store.users().map(\.name) == ["站长"])
        #expect(try login.authenticate(name: "站长", secret: AccessPeople.adminSecret) == admin)
        // Stored as a PBKDF2 record, never the secret itself.
        let stored = try #require(try store.db.scalarString("SELECT credential FROM user WHERE id = ?", [.text(admin.id)]))
        #expect(stored.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(!stored.contains(AccessPeople.adminSecret))
        #expect(try store.auditLog(limit: 10).contains { $0.action == "user-add" && $0.subject == "user:站长" })
    }

    /// The demo's admin row has no PIN: the first run gives it one rather than refusing the name.
    @Test func firstRunAdoptsAnAdminWithoutPIN() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let bare = try store.addUser(name: "演示管理员", role: .admin)
        let clerk = try store.addUser(name: "演示接待员", role: .receptionist)
        let login = LoginService(store: store, policy: AccessPeople.policy)
        #expect(try login.needsFirstAdmin())
        #expect(throws: AccessError.wrongCredentials) { try login.authenticate(name: "演示管理员", secret: "") }
        #expect(throws: AccessError.nameTaken("演示接待员")) { try login.createFirstAdmin(name: clerk.name, secret: "123456") }
        let admin = try login.createFirstAdmin(name: "演示管理员", secret: "demo-admin-1")
        #expect(admin.id == bare.id)
        #expect(try login.authenticate(name: "演示管理员", secret: "demo-admin-1").id == bare.id)
    }

    @Test func wrongNameAndWrongSecretLookAlike() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let login = people.login
        var messages: Set<String> = []
        for (name, secret) in [("小李", "000000"), ("没有这个人", AccessPeople.receptionistPIN), ("小李", "")] {
            do {
                _ = try login.authenticate(name: name, secret: secret)
                Issue.record("sign-in should fail for \(name)")
            } catch let e as AccessError {
                #expect(e == .wrongCredentials)
                messages.insert(e.message.zh + e.message.en)
            }
        }
        #expect(messages.count == 1)
        #expect(try login.authenticate(name: "小李", secret: AccessPeople.receptionistPIN) == people.receptionist)
    }

    @Test func failuresAreCountedAndLockTheAccountForLonger() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let login = people.login
        for _ in 1..<AccessPeople.policy.freeAttempts {
            #expect(throws: AccessError.wrongCredentials) { try login.authenticate(name: "小李", secret: "999999") }
        }
        // The fifth failure locks for 30 s; even the right PIN waits.
        #expect(throws: AccessError.lockedOut(seconds: 30)) { try login.authenticate(name: "小李", secret: "999999") }
        #expect(throws: AccessError.lockedOut(seconds: 30)) { try login.authenticate(name: "小李", secret: AccessPeople.receptionistPIN) }
        clock.now = clock.now.addingTimeInterval(20)
        #expect(throws: AccessError.lockedOut(seconds: 10)) { try login.authenticate(name: "小李", secret: AccessPeople.receptionistPIN) }
        clock.now = clock.now.addingTimeInterval(11)
        // The sixth failure in a row doubles the wait.
        #expect(throws: AccessError.lockedOut(seconds: 60)) { try login.authenticate(name: "小李", secret: "999999") }
        clock.now = clock.now.addingTimeInterval(61)
        #expect(try login.authenticate(name: "小李", secret: AccessPeople.receptionistPIN) == people.receptionist)
        // Success clears the count: four more failures are free again.
        for _ in 1..<AccessPeople.policy.freeAttempts {
            #expect(throws: AccessError.wrongCredentials) { try login.authenticate(name: "小李", secret: "999999") }
        }
        let locks = try store.auditLog(limit: 50).filter { $0.action == "login-locked" && $0.subject == "user:小李" }
        #expect(locks.count == 2)
        // Other users are not affected by 小李's lock.
        #expect(try login.authenticate(name: "站长", secret: AccessPeople.adminSecret) == people.admin)
    }

    @Test func lockoutGrowsAndIsCapped() {
        let p = LoginPolicy.standard
        #expect(p.lockout(afterFailures: 4) == nil)
        #expect(p.lockout(afterFailures: 5) == 30)
        #expect(p.lockout(afterFailures: 6) == 60)
        #expect(p.lockout(afterFailures: 9) == 480)
        #expect(p.lockout(afterFailures: 10) == 900)
        #expect(p.lockout(afterFailures: 1_000) == 900)
    }

    @Test func representativeSignsInByScanningTheirCode() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let code = PersonalCode(kind: .representative, identifier: people.rep.code)
        // Every form a scanner or a hand may produce.
        for scanned in [code.description, code.description.lowercased(), code.payload(baseURL: "https://rd.example.cn"), people.rep.code] {
            #expect(try people.login.authenticate(scannedCode: scanned, pin: AccessPeople.representativePIN) == people.representative)
        }
        #expect(throws: AccessError.wrongCredentials) {
            try people.login.authenticate(scannedCode: code.description, pin: AccessPeople.receptionistPIN)
        }
        let otherCode = PersonalCode(kind: .representative, identifier: people.otherRep.code).description
        #expect(throws: AccessError.noUserForRepresentative) {
            try people.login.authenticate(scannedCode: otherCode, pin: AccessPeople.representativePIN)
        }
        #expect(throws: AccessError.notARepresentativeCode) {
            try people.login.authenticate(scannedCode: "CASE:DS-2026-0001", pin: AccessPeople.representativePIN)
        }
        var mistyped = Array(code.description)
        mistyped[6] = mistyped[6] == "A" ? "B" : "A"
        #expect(throws: CodeError.wrongCheckCharacter) {
            try people.login.authenticate(scannedCode: String(mistyped), pin: AccessPeople.representativePIN)
        }
    }

    @Test func addingUsersNeedsAnAdminAndUniqueNames() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let login = people.login
        #expect(throws: AccessError.notPermitted(.manageUsers, .receptionist)) {
            try login.addUser(name: "新人", role: .receptionist, secret: "123456", by: people.receptionist)
        }
        #expect(throws: AccessError.nameTaken("小李")) {
            try login.addUser(name: "小李", role: .receptionist, secret: "123456", by: people.admin)
        }
        #expect(throws: AccessError.representativeCodeRequired) {
            try login.addUser(name: "某代表", role: .representative, secret: "123456", by: people.admin)
        }
        // A forged User value with an admin role but a receptionist's id is judged by the stored role.
        let forged = User(id: people.receptionist.id, name: "小李", role: .admin)
        #expect(throws: AccessError.notPermitted(.manageUsers, .receptionist)) {
            try login.addUser(name: "新人", role: .admin, secret: "123456", by: forged)
        }
        #expect(try store.users().count == 3)
    }

    @Test func resetAndChangeSecret() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        let login = people.login
        try login.resetSecret(userName: "小李", newSecret: "864200", by: people.admin)
        #expect(throws: AccessError.wrongCredentials) { try login.authenticate(name: "小李", secret: AccessPeople.receptionistPIN) }
        #expect(try login.authenticate(name: "小李", secret: "864200") == people.receptionist)
        #expect(throws: AccessError.wrongCredentials) { try login.changeSecret(for: people.receptionist, current: "000000", new: "111111") }
        try login.changeSecret(for: people.receptionist, current: "864200", new: "111111")
        #expect(try login.authenticate(name: "小李", secret: "111111") == people.receptionist)
        #expect(throws: AccessError.notPermitted(.manageUsers, .representative)) {
            try login.resetSecret(userName: "小李", newSecret: "222222", by: people.representative)
        }
    }

    /// A record made with fewer iterations than the policy is re-derived at the next good sign-in.
    @Test func weakRecordsAreUpgradedOnSignIn() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        var stronger = people.login
        stronger.policy.iterations = 2_000
        _ = try stronger.authenticate(name: "小李", secret: AccessPeople.receptionistPIN)
        let stored = try #require(try store.db.scalarString("SELECT credential FROM user WHERE name = '小李'"))
        #expect(Credential(parsing: stored)?.iterations == 2_000)
        #expect(try stronger.authenticate(name: "小李", secret: AccessPeople.receptionistPIN) == people.receptionist)
    }

    @Test func idleLockPolicy() throws {
        let folder = TemporaryFolder()
        let (store, clock) = Fixtures.station(in: folder)
        let people = try AccessPeople(store)
        #expect(store.idleLockMinutes() == IdleLock.defaultMinutes)
        #expect(throws: AccessError.notPermitted(.changeSettings, .receptionist)) { try store.setIdleLockMinutes(3, by: people.receptionist) }
        #expect(throws: AccessError.self) { try store.setIdleLockMinutes(0, by: people.admin) }
        try store.setIdleLockMinutes(3, by: people.admin)
        #expect(store.idleLockMinutes() == 3)
        var lock = store.idleLock()
        #expect(lock.minutes == 3)
        #expect(!lock.isDue(at: clock.now.addingTimeInterval(179)))
        lock.touch(at: clock.now.addingTimeInterval(120))
        #expect(!lock.isDue(at: clock.now.addingTimeInterval(299)))
        #expect(lock.remaining(at: clock.now.addingTimeInterval(240)) == 60)
        #expect(lock.isDue(at: clock.now.addingTimeInterval(300)))
        // A clock stepping back does not extend the lock.
        lock.touch(at: clock.now)
        #expect(lock.isDue(at: clock.now.addingTimeInterval(300)))
    }
}
