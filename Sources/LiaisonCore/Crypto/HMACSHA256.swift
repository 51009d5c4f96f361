import Foundation

/// HMAC-SHA256 (RFC 2104 / FIPS 198-1): authenticates sync bundles between
/// stations that share a key, and is the PRF inside PBKDF2.
public struct HMACSHA256: Sendable {
    /// Tag length in bytes.
    public static let byteCount = SHA256.byteCount

    // Hashers that have already absorbed (key ⊕ ipad) and (key ⊕ opad):
    // keying costs two blocks once, and a copy of this value reuses it.
    private var inner: SHA256
    private var outer: SHA256

    public init(key: some ContiguousBytes) {
        (inner, outer) = key.withUnsafeBytes { Self.keyedHashers($0) }
    }

    public init(key: String) {
        self.init(key: Array(key.utf8))
    }

    private static func keyedHashers(_ keyBytes: UnsafeRawBufferPointer) -> (SHA256, SHA256) {
        // Keys longer than a block are hashed first; shorter ones are zero-padded.
        var block = [UInt8](repeating: 0, count: SHA256.blockByteCount)
        if keyBytes.count > SHA256.blockByteCount {
            var hasher = SHA256()
            hasher.update(keyBytes)
            block.withUnsafeMutableBytes { hasher.finalize(into: $0.baseAddress!) }
        } else if let base = keyBytes.baseAddress {
            block.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: base, byteCount: keyBytes.count) }
        }
        var inner = SHA256(), outer = SHA256()
        for i in block.indices { block[i] ^= 0x36 }
        inner.update(block)
        for i in block.indices { block[i] ^= 0x36 ^ 0x5c }
        outer.update(block)
        return (inner, outer)
    }

    public mutating func update(_ input: UnsafeRawBufferPointer) {
        inner.update(input)
    }

    public mutating func update(_ bytes: some ContiguousBytes) {
        inner.update(bytes)
    }

    public mutating func update(_ string: String) {
        inner.update(string)
    }

    /// The tag of everything fed so far; the value itself is unchanged.
    public func finalize() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: Self.byteCount) { buffer, count in
            finalize(into: UnsafeMutableRawPointer(buffer.baseAddress!))
            count = Self.byteCount
        }
    }

    /// Writes the 32-byte tag to `output` without allocating.
    func finalize(into output: UnsafeMutableRawPointer) {
        var innerDigest: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var outerCopy = outer
        withUnsafeMutableBytes(of: &innerDigest) { digest in
            inner.finalize(into: digest.baseAddress!)
            outerCopy.update(UnsafeRawBufferPointer(digest))
        }
        outerCopy.finalize(into: output)
    }

    /// One-shot tag of `message` under `key`.
    public static func authenticationCode(for message: some ContiguousBytes, key: some ContiguousBytes) -> [UInt8] {
        var mac = HMACSHA256(key: key)
        mac.update(message)
        return mac.finalize()
    }

    /// Whether `tag` is the right tag for `message`, compared in constant
    /// time so a forger learns nothing from how fast a guess is refused.
    public static func isValid(
        _ tag: some ContiguousBytes, for message: some ContiguousBytes, key: some ContiguousBytes
    ) -> Bool {
        ConstantTime.isEqual(authenticationCode(for: message, key: key), tag)
    }
}
