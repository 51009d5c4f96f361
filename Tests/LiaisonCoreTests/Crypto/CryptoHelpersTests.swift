import Foundation
import Testing
import LiaisonCore

@Suite("Crypto: constant-time comparison, hex, random")
struct CryptoHelpersTests {
    @Test("isEqual is true only for identical bytes of equal length")
    func constantTimeEquality() {
        let a = cryptoPattern(64)
        #expect(ConstantTime.isEqual(a, a))
        #expect(ConstantTime.isEqual(a, Data(a)))
        #expect(ConstantTime.isEqual([UInt8](), [UInt8]()))
        for index in [0, 31, 63] {
            var b = a
            b[index] ^= 0x01
            #expect(!ConstantTime.isEqual(a, b))
        }
        #expect(!ConstantTime.isEqual(a, Array(a.prefix(63))))
        #expect(!ConstantTime.isEqual(a, a + [0]))
    }

    @Test("hex round-trips and refuses malformed text")
    func hexRoundTrip() {
        let all = (0...255).map(UInt8.init)
        let text = Hex.encode(all)
        #expect(text.count == 512)
        #expect(text.hasPrefix("000102") && text.hasSuffix("fdfeff"))
        #expect(Hex.decode(text) == all)
        #expect(Hex.decode(text.uppercased()) == all)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("") == [])
    }

    @Test("secure random bytes have the asked length and differ between calls")
    func randomBytes() {
        let a = SecureRandom.bytes(32), b = SecureRandom.bytes(32)
        #expect(a.count == 32 && b.count == 32)
        #expect(a != b)  // equal by chance with probability 2^-256
        #expect(SecureRandom.bytes(0).isEmpty)
    }
}
