import Testing
import LiaisonCore

@Suite("Crypto: HMAC-SHA256")
struct CryptoHMACSHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: [UInt8]
        let data: [UInt8]
        let tag: String  // RFC 4231 value; test case 5 is truncated to 128 bits
        var testDescription: String { name }
    }

    // RFC 4231 section 4, test cases 1-7.
    static let rfc4231Vectors: [Vector] = [
        Vector(name: "TC1", key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
               tag: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Vector(name: "TC2 short key", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
               tag: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Vector(name: "TC3", key: [UInt8](repeating: 0xaa, count: 20), data: [UInt8](repeating: 0xdd, count: 50),
               tag: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Vector(name: "TC4", key: Array(1...25), data: [UInt8](repeating: 0xcd, count: 50),
               tag: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Vector(name: "TC5 truncated", key: [UInt8](repeating: 0x0c, count: 20),
               data: Array("Test With Truncation".utf8), tag: "a3b6167473100ee06e0c796c2955552b"),
        Vector(name: "TC6 key longer than a block", key: [UInt8](repeating: 0xaa, count: 131),
               data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
               tag: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Vector(name: "TC7 long key and data", key: [UInt8](repeating: 0xaa, count: 131),
               data: Array(("This is a test using a larger than block-size key and a larger than block-size data."
                   + " The key needs to be hashed before being used by the HMAC algorithm.").utf8),
               tag: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test("RFC 4231 test cases 1-7", arguments: rfc4231Vectors)
    func rfc4231(vector: Vector) {
        let tag = HMACSHA256.authenticationCode(for: vector.data, key: vector.key)
        #expect(cryptoHex(tag).hasPrefix(vector.tag))
        #expect(tag.count == HMACSHA256.byteCount)
    }

    // Keys around the 64-byte block size, message = pattern(300), key =
    // reversed pattern(n). Produced by:
    //   python3 -c "import hmac; p=lambda n: bytes((i*167+13)%256 for i in range(n))
    //   print(hmac.new(p(n)[::-1], p(300), 'sha256').hexdigest())"
    static let keyLengths: [(keyLength: Int, tag: String)] = [
        (0, "ba2241faffcceb0d3a81f0f605bdfc5c33cf1babf01752e2d48ef4ea6138f729"),
        (1, "e12cdfef4b45894693f1c70f53b2672343e61b7d98971887dc64a32752b2ec29"),
        (63, "7833b23fc08c2a4e65a4081c2227ae4ec2e0ba82e064cab03c3d297d4e3769bf"),
        (64, "4c6d98b005695b84b732836527a92eaf0d9b09aa4dae83f5bc6384077b419085"),
        (65, "24ce30862a194e284741eaae2d2889a48fb39504a0b6fd687c6a3b092d84795f"),
        (200, "b022c9f05dac90130008b709805069fc3189a7f5179bdc70f207dbe1c68aa36e"),
    ]

    @Test("matches Python hmac for keys around the block size", arguments: keyLengths)
    func keyLengthsAroundBlock(keyLength: Int, tag: String) {
        let key = Array(cryptoPattern(keyLength).reversed())
        #expect(cryptoHex(HMACSHA256.authenticationCode(for: cryptoPattern(300), key: key)) == tag)
    }

    @Test("streaming equals one-shot, and a keyed value can be reused")
    func streaming() {
        let key = Array("station-key".utf8)
        let message = cryptoPattern(1000)
        let keyed = HMACSHA256(key: key)
        var mac = keyed
        for start in stride(from: 0, to: message.count, by: 77) {
            mac.update(message[start..<min(message.count, start + 77)])
        }
        #expect(mac.finalize() == HMACSHA256.authenticationCode(for: message, key: key))
        var other = keyed  // the earlier updates must not have leaked into this copy
        other.update("Hi")
        #expect(other.finalize() == HMACSHA256.authenticationCode(for: Array("Hi".utf8), key: key))
        #expect(HMACSHA256(key: "station-key").finalize() == keyed.finalize())
    }

    @Test("isValid accepts the right tag and refuses altered ones")
    func validation() {
        let key = Array("k".utf8), message = Array("bundle body".utf8)
        let tag = HMACSHA256.authenticationCode(for: message, key: key)
        #expect(HMACSHA256.isValid(tag, for: message, key: key))
        var altered = tag
        altered[31] ^= 0x80
        #expect(!HMACSHA256.isValid(altered, for: message, key: key))
        #expect(!HMACSHA256.isValid(Array(tag.prefix(16)), for: message, key: key))
        #expect(!HMACSHA256.isValid(tag, for: message + [0], key: key))
        #expect(!HMACSHA256.isValid(tag, for: message, key: Array("K".utf8)))
    }
}
