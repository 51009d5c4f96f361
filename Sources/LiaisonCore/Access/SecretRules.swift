import Foundation

/// What a PIN or password must be. A PIN of 6 digits is the shortest accepted:
/// sign-in attempts are slowed and locked out, so guessing online is hopeless.
public enum SecretRules {
    public static let minimumLength = 6
    public static let maximumLength = 128

    /// The same secret typed through different input methods compares equal.
    static func normalized(_ secret: String) -> String {
        secret.precomposedStringWithCanonicalMapping
    }

    /// Returns the secret as it will be derived, or says why it is refused.
    public static func validate(_ secret: String) throws -> String {
        let clean = normalized(secret)
        if clean.unicodeScalars.contains(where: TextNormalizer.isUnsafe) { throw AccessError.secretHasControlCharacters }
        if clean.count < minimumLength { throw AccessError.secretTooShort(minimum: minimumLength) }
        if clean.count > maximumLength { throw AccessError.secretTooLong(maximum: maximumLength) }
        return clean
    }
}
