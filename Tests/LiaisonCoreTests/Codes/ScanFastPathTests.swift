import Testing
@testable import LiaisonCore

/// The scanner's byte-by-byte path must read exactly what the general parser
/// reads, and give every other input back to it.
@Suite("Codes: the scan fast path agrees with the general parser")
struct ScanFastPathTests {
    /// The general path alone (as before the fast path): prefix, then the identifier reader.
    func general(_ text: String) -> PersonalCode? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.uppercased().hasPrefix("REP:") else { return nil }
        return try? CodeParser.identifier(String(t.dropFirst(4)), .representative)
    }

    @Test func everyVariantOfRandomCodes() throws {
        var rng = SplitMix64(seed: 99)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz -:é王")
        var fast = 0
        for i in 0..<3_000 {
            let code = PersonalCode.generate(.representative, using: &rng)
            var variants = [code.description, "rep:" + code.identifier, "Rep:" + code.identifier.lowercased(),
                            "REP:" + code.identifier + " ", "REP: " + code.identifier, "REP:" + code.identifier.dropLast(),
                            "REQ:" + code.identifier, "REP;" + code.identifier]
            // Random damage: one character replaced anywhere.
            var chars = Array(code.description)
            chars[i % chars.count] = alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
            variants.append(String(chars))
            for text in variants {
                let quick = CodeParser.scannedRepresentative(text)
                if let quick {
                    fast += 1
                    #expect(quick == general(text), "\(text)")
                    #expect(try CodeParser.parse(text) == .representative(quick))
                }
                // Whatever the path, parse answers as the general reader does.
                if let expected = general(text) {
                    #expect(try CodeParser.parse(text) == .representative(expected), "\(text)")
                }
            }
        }
        #expect(fast >= 6_000)   // the exact scanner forms went the fast way
    }

    @Test func checkCharactersAgreeWithTheDefinition() {
        var rng = SplitMix64(seed: 5)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for _ in 0..<2_000 {
            let body = String((0..<10).map { _ in alphabet[Int.random(in: 0..<36, using: &rng)] })
            // ISO 7064 MOD 37,36 written out over Characters.
            var p = 36
            for c in body {
                var s = (p + alphabet.firstIndex(of: c)!) % 36
                if s == 0 { s = 36 }
                p = (2 * s) % 37
            }
            #expect(CheckCharacter.compute(body) == alphabet[(37 - p) % 36])
        }
        #expect(CheckCharacter.compute("abc") == nil)
        #expect(CheckCharacter.compute("王") == nil)
        #expect(CheckCharacter.value("\r\n") == nil)
    }
}
