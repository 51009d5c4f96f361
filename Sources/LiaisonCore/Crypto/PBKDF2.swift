import Foundation

/// PBKDF2 (RFC 8018 §5.2) with HMAC-SHA256 as the PRF: the slow, salted key
/// derivation for stored PINs and passwords.
public enum PBKDF2 {
    /// Bad parameters, which may come from a tampered stored record.
    public enum ParameterError: Error, Equatable, Sendable {
        case iterationsMustBePositive
        case keyLengthOutOfRange
    }

    /// Derives `keyLength` bytes from `password` and `salt`.
    public static func sha256(
        password: some ContiguousBytes, salt: some ContiguousBytes, iterations: Int, keyLength: Int
    ) throws(ParameterError) -> [UInt8] {
        guard iterations >= 1 else { throw .iterationsMustBePositive }
        // RFC 8018 caps dkLen at (2^32 - 1) * hLen; we also refuse absurd
        // sizes a hostile record could use to exhaust memory.
        guard keyLength >= 1, keyLength <= 1 << 20 else { throw .keyLengthOutOfRange }

        let prf = HMACSHA256(key: password)
        let saltBytes = salt.withUnsafeBytes { Array($0) }
        var output = [UInt8]()
        output.reserveCapacity(keyLength)

        var blockIndex: UInt32 = 1
        while output.count < keyLength {
            // U1 = PRF(P, S || INT(i)); T = U1 ^ U2 ^ … ^ Uc.
            var mac = prf
            mac.update(saltBytes)
            withUnsafeBytes(of: blockIndex.bigEndian) { mac.update($0) }
            var u: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &u) { mac.finalize(into: $0.baseAddress!) }
            var t = u
            if iterations > 1 {
                for _ in 2...iterations {
                    var next = prf
                    withUnsafeMutableBytes(of: &u) { bytes in
                        next.update(UnsafeRawBufferPointer(bytes))
                        next.finalize(into: bytes.baseAddress!)
                    }
                    t.0 ^= u.0; t.1 ^= u.1; t.2 ^= u.2; t.3 ^= u.3
                }
            }
            let take = Swift.min(HMACSHA256.byteCount, keyLength - output.count)
            withUnsafeBytes(of: &t) { output.append(contentsOf: $0.prefix(take)) }
            blockIndex += 1
        }
        return output
    }

    /// Convenience for text passwords and salts (UTF-8).
    public static func sha256(
        password: String, salt: some ContiguousBytes, iterations: Int, keyLength: Int
    ) throws(ParameterError) -> [UInt8] {
        try sha256(password: Array(password.utf8), salt: salt, iterations: iterations, keyLength: keyLength)
    }
}
