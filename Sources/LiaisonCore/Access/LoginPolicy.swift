import Foundation

/// How sign-in is slowed: every attempt costs one key derivation, and after a
/// few failures in a row the account waits, the wait doubling each time.
public struct LoginPolicy: Sendable, Equatable {
    /// PBKDF2 iterations for new credentials (and for the decoy derivation
    /// that makes an unknown name take as long as a known one).
    public var iterations: Int
    /// Failures allowed before the first wait.
    public var freeAttempts: Int
    public var firstLockout: TimeInterval
    public var longestLockout: TimeInterval

    public init(iterations: Int = Credential.defaultIterations, freeAttempts: Int = 5,
                firstLockout: TimeInterval = 30, longestLockout: TimeInterval = 15 * 60) {
        self.iterations = iterations
        self.freeAttempts = freeAttempts
        self.firstLockout = firstLockout
        self.longestLockout = longestLockout
    }

    public static let standard = LoginPolicy()

    /// How long the account waits after `failures` failures in a row; nil while
    /// failures are still free. 5 → 30 s, 6 → 60 s, 7 → 120 s, … up to 15 min.
    public func lockout(afterFailures failures: Int) -> TimeInterval? {
        guard failures >= freeAttempts else { return nil }
        let doublings = min(failures - freeAttempts, 20)
        return min(firstLockout * pow(2, Double(doublings)), longestLockout)
    }
}
