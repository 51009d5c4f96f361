import Foundation

/// A stored PIN or password: `pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX`.
/// The salt is 16 random bytes, the hash 32 bytes of PBKDF2-HMAC-SHA256.
/// The iteration count travels with the record, so it can be raised later
/// and old records still verify (and are re-hashed on the next sign-in).
public struct Credential: Sendable, Equatable {
    public static let scheme = "pbkdf2-sha256"
    /// Tuned so one derivation takes ~150 ms in a release build on the
    /// station's 2-core PC (measured: ~0.75 µs per iteration, best of 15).
    public static let defaultIterations = 200_000
    /// A record outside this range is refused as tampered: a huge count
    /// would freeze the desk on every sign-in.
    public static let iterationRange = 1...5_000_000
    public static let saltLength = 16
    public static let hashLength = 32

    public let iterations: Int
    public let salt: [UInt8]
    public let hash: [UInt8]

    init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// Derives a new credential from a secret with a fresh random salt.
    public static func make(secret: String, iterations: Int = defaultIterations) throws -> Credential {
        let clean = try SecretRules.validate(secret)
        return derive(clean, salt: SecureRandom.bytes(saltLength), iterations: iterations)
    }

    static func derive(_ secret: String, salt: [UInt8], iterations: Int) -> Credential {
        let count = min(max(iterations, iterationRange.lowerBound), iterationRange.upperBound)
        // Parameters are in range by construction, so PBKDF2 cannot refuse them.
        let hash = (try? PBKDF2.sha256(password: secret, salt: salt, iterations: count, keyLength: hashLength)) ?? []
        return Credential(iterations: count, salt: salt, hash: hash)
    }

    /// Reads a stored record; nil when it is empty, of another scheme or malformed.
    public init?(parsing stored: String) {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == Self.scheme,
              parts[1].count <= 8, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let iterations = Int(parts[1]), Self.iterationRange.contains(iterations),
              let salt = Hex.decode(String(parts[2])), salt.count >= 8, salt.count <= 64,
              let hash = Hex.decode(String(parts[3])), hash.count == Self.hashLength else { return nil }
        self.init(iterations: iterations, salt: salt, hash: hash)
    }

    /// The text kept in `user.credential`.
    public var stored: String {
        "\(Self.scheme)$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))"
    }

    /// Whether `secret` is the one this record was made from; the hashes are
    /// compared in constant time.
    public func matches(_ secret: String) -> Bool {
        let candidate = Self.derive(SecretRules.normalized(secret), salt: salt, iterations: iterations)
        return ConstantTime.isEqual(candidate.hash, hash)
    }
}
