import LiaisonCore

/// Deterministic test input: byte i is (i * 167 + 13) mod 256. The same
/// formula in Python (`bytes((i*167+13)%256 for i in range(n))`) produced the
/// cross-check values in these suites with hashlib/hmac, Python 3.11.
func cryptoPattern(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 167 &+ 13) }
}

func cryptoHex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }
