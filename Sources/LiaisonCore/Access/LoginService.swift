import Foundation

/// Sign-in and user management on top of the store: the API behind the login
/// and lock screens and `liaison user`. Pure Swift; the SQL is in
/// `StationDatabase+Access.swift`.
public struct LoginService {
    public let store: StationDatabase
    public var policy: LoginPolicy

    public init(store: StationDatabase, policy: LoginPolicy = .standard) {
        self.store = store
        self.policy = policy
    }

    // MARK: - First run

    /// True until an admin who can sign in exists: the first run asks for one.
    public func needsFirstAdmin() throws -> Bool {
        try !store.hasAdminWithCredential()
    }

    /// Creates the station admin on first run (an existing admin row without a
    /// PIN, such as the demo's, is given this one). Refused once an admin exists.
    @discardableResult
    public func createFirstAdmin(name: String, secret: String) throws -> User {
        let credential = try Credential.make(secret: secret, iterations: policy.iterations)
        return try store.createFirstAdmin(name: name, credential: credential.stored)
    }

    // MARK: - Sign-in

    /// Signs in by name and PIN/password. Wrong name and wrong secret look alike.
    public func authenticate(name: String, secret: String) throws -> User {
        guard let account = try store.account(named: TextNormalizer.line(name)) else {
            decoy()
            throw AccessError.wrongCredentials
        }
        return try verify(account, secret: secret)
    }

    /// Signs a representative in by scanning their own code, then their PIN.
    public func authenticate(scannedCode: String, pin: String) throws -> User {
        guard case .representative(let code) = try CodeParser.parse(scannedCode) else {
            throw AccessError.notARepresentativeCode
        }
        guard let rep = try store.representative(code: code.identifier),
              let account = try store.account(representativeID: rep.id) else {
            decoy()
            throw AccessError.noUserForRepresentative
        }
        return try verify(account, secret: pin)
    }

    func verify(_ account: UserAccount, secret: String) throws -> User {
        let now = store.now()
        if let until = try store.loginLockedUntil(userID: account.user.id), until > now {
            throw AccessError.lockedOut(seconds: Int(until.timeIntervalSince(now).rounded(.up)))
        }
        guard let credential = Credential(parsing: account.credential) else {
            // No PIN set (or a damaged record): refuse, at the usual cost.
            decoy()
            try failed(account, at: now)
        }
        guard credential.matches(secret) else { try failed(account, at: now) }
        var upgraded: String?
        if credential.iterations < policy.iterations {
            upgraded = try? Credential.make(secret: secret, iterations: policy.iterations).stored
        }
        try store.recordLoginSuccess(userID: account.user.id, at: now, newCredential: upgraded)
        return account.user
    }

    private func failed(_ account: UserAccount, at now: Date) throws -> Never {
        let until = try store.recordLoginFailure(user: account.user, at: now, lockout: policy.lockout(afterFailures:))
        if let until {
            throw AccessError.lockedOut(seconds: Int(until.timeIntervalSince(now).rounded(.up)))
        }
        throw AccessError.wrongCredentials
    }

    /// Spends one derivation so an unknown name costs what a known one does.
    private func decoy() {
        _ = Credential.derive("decoy", salt: [UInt8](repeating: 0x5A, count: Credential.saltLength),
                              iterations: policy.iterations)
    }

    // MARK: - Managing users (admins)

    /// Adds a user with a PIN/password. A representative user is linked to
    /// their representative by code, so they can sign in by scanning it.
    @discardableResult
    public func addUser(name: String, role: User.Role, representativeCode: String? = nil, secret: String,
                        by admin: User) throws -> User {
        let actor = try store.currentUser(admin)
        try AccessPolicy.require(.manageUsers, actor)
        if try needsFirstAdmin() { throw AccessError.firstAdminMissing }
        var representativeID: String?
        if role == .representative {
            guard let text = representativeCode, !text.isEmpty else { throw AccessError.representativeCodeRequired }
            guard case .representative(let code) = try CodeParser.parse(text) else { throw AccessError.notARepresentativeCode }
            guard let rep = try store.representative(code: code.identifier) else {
                throw StoreError.notFound(what: code.description)
            }
            representativeID = rep.id
        }
        let credential = try Credential.make(secret: secret, iterations: policy.iterations)
        return try store.insertUser(name: name, role: role, representativeID: representativeID,
                                    credential: credential.stored, actor: actor.name)
    }

    /// Sets a new PIN/password for a user (an admin resetting a forgotten PIN);
    /// also lifts any lockout.
    public func resetSecret(userName: String, newSecret: String, by admin: User) throws {
        let actor = try store.currentUser(admin)
        try AccessPolicy.require(.manageUsers, actor)
        guard let account = try store.account(named: TextNormalizer.line(userName)) else {
            throw AccessError.unknownUser(TextNormalizer.line(userName))
        }
        let credential = try Credential.make(secret: newSecret, iterations: policy.iterations)
        try store.setCredential(user: account.user, credential: credential.stored, actor: actor.name)
    }

    /// A signed-in person changes their own PIN/password, proving the old one.
    public func changeSecret(for user: User, current: String, new: String) throws {
        let verified = try authenticate(name: user.name, secret: current)
        let credential = try Credential.make(secret: new, iterations: policy.iterations)
        try store.setCredential(user: verified, credential: credential.stored, actor: verified.name)
    }
}
