import Foundation
import Testing
import LiaisonCore

@Suite("Crypto: SHA-256")
struct CryptoSHA256Tests {
    // FIPS 180-2 appendix B and the CAVP SHA-256 examples.
    static let nistVectors: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        // 448 bits: the padding no longer fits in the same block.
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        // 896 bits.
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ]

    @Test("NIST short and long message examples", arguments: nistVectors)
    func nist(message: String, digest: String) {
        #expect(cryptoHex(SHA256.hash(message)) == digest)
        #expect(cryptoHex(SHA256.hash(Array(message.utf8))) == digest)
        #expect(cryptoHex(SHA256.hash(Data(message.utf8))) == digest)
    }

    @Test("NIST: one million 'a', fed in uneven pieces")
    func millionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let whole = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(cryptoHex(SHA256.hash(whole)) == expected)

        // 1000 x 1000 bytes crosses block boundaries at every offset mod 64.
        var hasher = SHA256()
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(piece) }
        #expect(cryptoHex(hasher.finalize()) == expected)
    }

    // Cross-check against Python hashlib around the padding boundaries
    // (55/56/57, 63/64/65, 119/120, 127/128) and longer inputs. Produced by:
    //   python3 -c "import hashlib
    //   for n in [1,55,...]: print(n, hashlib.sha256(bytes((i*167+13)%256 for i in range(n))).hexdigest())"
    static let hashlibVectors: [(length: Int, digest: String)] = [
        (1, "9d1e0e2d9459d06523ad13e28a4093c2316baafe7aec5b25f30eba2e113599c4"),
        (55, "b2ca0adc388a66d3a5a7f6541239331d5a867eede554e11262241271faaf36c5"),
        (56, "3768eff44f1df02704a832cf708935fbed9bb74d0714fbe75454c266c4e12856"),
        (57, "a35b6298adfbc5ec16dc51a8d52145daa2a68f1d66e837d85bed6783d874c5cb"),
        (63, "dc06ea9e456da9f9fc2276564018231c36196ff7745bf505fd7f503aec5c67fd"),
        (64, "b68fe543b0b5a544e32eb08712e697bfcd3a3cb491563c3b1cba112d378f4bdb"),
        (65, "587cdb9ad9be371721f2f84a84eb09f2b698ec19bbe2d7c222179996547a04a6"),
        (119, "b27b61037be684924f5497ee79c784f09c971d8c8c3136f6270e0fd34775aa1b"),
        (120, "00c666e960132985e9c99dc98bf25782df791138d0f1252b69781694ed97d693"),
        (127, "805f2702e76ff5d578052c965ded05a689d9293fd86c5584b0db399d33e9745c"),
        (128, "cd77acfc16d0964a4c3ef06f0678a5c88d2d610de00f7b997676fea5b4d2ae9e"),
        (1000, "fa10d4e76ab24b0ff9d6c596a00df178cd2a80a15c70770dee68d374ccb39bc6"),
        (4097, "372b00a0beb7d3ab2b8de43f860aa696ae374f0d645b610fcbb71fb8a1a21c24"),
    ]

    @Test("matches Python hashlib at padding boundaries", arguments: hashlibVectors)
    func hashlib(length: Int, digest: String) {
        #expect(cryptoHex(SHA256.hash(cryptoPattern(length))) == digest)
    }

    @Test("streaming in random pieces equals one-shot")
    func streamingEqualsOneShot() {
        var rng = SplitMix64(seed: 0x5eed)
        for _ in 0..<50 {
            let message = cryptoPattern(Int(rng.next() % 700))
            var hasher = SHA256()
            var index = 0
            while index < message.count {
                let step = Int(rng.next() % 130)  // 0 included: empty updates are harmless
                let end = min(message.count, index + step)
                hasher.update(message[index..<end])
                index = end
            }
            #expect(hasher.finalize() == SHA256.hash(message))
        }
    }

    @Test("finalize leaves the hasher usable for a longer message")
    func finalizeIsNonDestructive() {
        var hasher = SHA256()
        hasher.update("ab")
        #expect(hasher.finalize() == SHA256.hash("ab"))
        hasher.update("c")
        #expect(cryptoHex(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a one-bit change changes about half the digest bits")
    func avalanche() {
        var message = cryptoPattern(200)
        let before = SHA256.hash(message)
        message[100] ^= 0x01
        let after = SHA256.hash(message)
        let differing = zip(before, after).reduce(0) { $0 + ($1.0 ^ $1.1).nonzeroBitCount }
        #expect((80...176).contains(differing))
    }
}
