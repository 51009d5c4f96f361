import Foundation

/// Comparisons whose running time does not depend on where inputs differ,
/// for checking MACs and password hashes without a timing side channel.
public enum ConstantTime {
    /// True when both byte strings are equal. Every byte is visited whatever
    /// the contents; only the lengths (which are public) may end it early.
    public static func isEqual(_ lhs: some ContiguousBytes, _ rhs: some ContiguousBytes) -> Bool {
        lhs.withUnsafeBytes { a in
            rhs.withUnsafeBytes { b in
                guard a.count == b.count else { return false }
                var difference: UInt8 = 0
                for i in 0..<a.count {
                    difference |= a[i] ^ b[i]
                }
                return difference == 0
            }
        }
    }
}
