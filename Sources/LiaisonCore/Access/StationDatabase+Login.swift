/// The short forms the screens use: sign-in with the standard policy.
extension StationDatabase {
    public var login: LoginService { LoginService(store: self) }

    public func authenticate(name: String, secret: String) throws -> User {
        try login.authenticate(name: name, secret: secret)
    }

    public func authenticate(scannedCode: String, pin: String) throws -> User {
        try login.authenticate(scannedCode: scannedCode, pin: pin)
    }

    public func needsFirstAdmin() throws -> Bool {
        try login.needsFirstAdmin()
    }

    @discardableResult
    public func createFirstAdmin(name: String, secret: String) throws -> User {
        try login.createFirstAdmin(name: name, secret: secret)
    }

    /// The idle lock for a desk starting now, with the station's setting.
    public func idleLock() -> IdleLock {
        IdleLock(minutes: idleLockMinutes(), since: now())
    }
}
