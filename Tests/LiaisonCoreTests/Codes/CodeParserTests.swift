import Testing
@testable import LiaisonCore

@Suite("Codes: parser")
struct CodeParserTests {
    @Test func roundTripsEveryForm() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let code = PersonalCode.generate(.representative, using: &rng)
            #expect(try CodeParser.parse(code.description) == .representative(code))
            #expect(try CodeParser.parse(code.payload(baseURL: "https://rd.example.cn/")) == .representative(code))
            #expect(try CodeParser.parse(code.identifier.lowercased()) == .representative(code))
            let station = PersonalCode.generate(.station, using: &rng)
            #expect(try CodeParser.parse(station.description) == .station(station))
            #expect(try CodeParser.parse(station.payload(baseURL: "https://rd.example.cn")) == .station(station))
        }
    }

    @Test func urlFormStaysAlphanumeric() {
        let code = PersonalCode(kind: .representative, identifier: "0123456789" + String(CheckCharacter.compute("0123456789")!))
        let payload = code.payload(baseURL: "https://rd.example.cn")
        #expect(payload.hasPrefix("HTTPS://RD.EXAMPLE.CN/R/"))
        #expect(payload.allSatisfy { "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains($0) })
    }

    @Test func catchesEverySingleSubstitutionAndNearlyEverySwap() throws {
        var rng = SplitMix64(seed: 7)
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var swaps = 0, missedSwaps = 0
        for _ in 0..<50 {
            let code = PersonalCode.generate(.representative, using: &rng)
            var chars = Array(code.identifier)
            for i in 0..<10 {
                let original = chars[i]
                for replacement in alphabet where replacement != original {
                    chars[i] = replacement
                    #expect(throws: CodeError.wrongCheckCharacter) { try CodeParser.identifier(String(chars), .representative) }
                }
                chars[i] = original
            }
            for i in 0..<9 where chars[i] != chars[i + 1] {
                chars.swapAt(i, i + 1)
                swaps += 1
                if (try? CodeParser.identifier(String(chars), .representative)) != nil { missedSwaps += 1 }
                chars.swapAt(i, i + 1)
            }
        }
        // A hybrid MOD 37,36 system misses a small share of neighbour swaps.
        #expect(swaps > 400)
        #expect(Double(missedSwaps) / Double(swaps) < 0.01)
    }

    @Test func handTypedLookAlikesAndSeparators() throws {
        let body = "1011000000"
        let id = body + String(CheckCharacter.compute(body)!)
        let typed = "l0i1-o000 00" + String(id.last!)
        #expect(try CodeParser.identifier(typed, .representative).identifier == id)
    }

    @Test func clearErrors() throws {
        #expect(throws: CodeError.empty) { try CodeParser.parse("  ") }
        #expect(throws: CodeError.wrongLength(5)) { try CodeParser.parse("REP:ABCDE") }
        #expect(throws: CodeError.unrecognised) { try CodeParser.parse("https://example.cn/X/0123456789A") }
        #expect(throws: CodeError.invalidCharacter("王")) { try CodeParser.parse("王23456789AB") }
        #expect(try CodeParser.parse("case:qx-2026-000001") == .caseNumber("QX-2026-000001"))
        #expect(CodeError.wrongCheckCharacter.message.zh.contains("校验位"))
    }

    @Test func scannerRuleTakesOnlyCodes() {
        let code = PersonalCode.generate(.representative)
        #expect(CodeParser.isScan(code.description))
        #expect(CodeParser.isScan(code.payload(baseURL: "https://a.cn")))
        #expect(!CodeParser.isScan("路灯坏了"))
        #expect(!CodeParser.isScan(code.identifier)) // a bare ID typed in a field is just text
        #expect(!CodeParser.isScan("REP:0000000000Z"))
    }
}
