import Foundation
import Testing
@testable import LiaisonCore

/// 10,000 scanned or typed texts: random, hostile, and valid codes with one
/// character changed or two neighbours swapped. The parser never crashes,
/// refuses with a `CodeError` whose message is printable, and never accepts a
/// code with one character changed as a different valid one.
@Suite("Fuzz: code parser")
struct CodeParserFuzzTests {
    static let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test func parserHoldsUnderHostileInput() {
        var input = FuzzInput(seed: 0xC0DE)
        var accepted = 0, refusedChanges = 0, issues = 0, swaps = 0, acceptedSwaps = 0
        func record(_ text: String) { issues += 1; if issues <= 5 { Issue.record(Comment(rawValue: text)) } }
        for i in 0..<10_000 {
            let valid = PersonalCode.generate(i % 2 == 0 ? .representative : .station, using: &input.rng)
            var text: String
            var changed = false
            switch i % 5 {
            case 0: text = input.string(maxScalars: 30)
            case 1:
                text = input.pick(["REP:", "STN:", "CASE:", "https://x.cn/R/", "HTTP://A/S/", "", "rep:"])
                    + String((0..<input.int(0...14)).map { _ in input.pick(Self.crockford + Array("ILOUilo -:/#\u{1B}中")) })
            case 2, 3:
                // One substitution, or one swap of neighbours, in the identifier.
                var id = Array(valid.identifier)
                let at = input.int(0...id.count - 2)
                if i % 5 == 2 {
                    let replacement = input.pick(Self.crockford)
                    changed = replacement != id[at]
                    id[at] = replacement
                } else {
                    if id[at] != id[at + 1] { swaps += 1 }
                    id.swapAt(at, at + 1)
                }
                text = (valid.kind == .representative ? "REP:" : "STN:") + String(id)
            default:
                text = input.chance(0.5) ? valid.description : valid.payload(baseURL: "https://rd.example.cn")
                if input.chance(0.3) { text = " " + text.lowercased() + "\r\n" }
            }
            do {
                let parsed = try CodeParser.parse(text)
                accepted += 1
                switch parsed {
                case .representative(let code), .station(let code):
                    let body = String(code.identifier.prefix(PersonalCode.bodyLength))
                    if code.identifier.count != PersonalCode.bodyLength + 1
                        || !CheckCharacter.isValid(body: body, check: code.identifier.last!) {
                        record("input \(i): accepted an invalid identifier")
                    }
                    if (try? CodeParser.parse(code.description)) != parsed { record("input \(i): description does not round-trip") }
                    if changed { record("input \(i): a changed code was accepted: \(valid.identifier) → \(text)") }
                    if i % 5 == 3 && code != valid { acceptedSwaps += 1 }
                    if i % 5 == 4 && code != valid { record("input \(i): a valid code read back differently") }
                case .caseNumber(let number):
                    if number.isEmpty || number.count > 40 || !number.allSatisfy(\.isASCII) { record("input \(i): odd case number") }
                }
            } catch let error as CodeError {
                if changed { refusedChanges += 1 }
                if i % 5 == 4 { record("input \(i): a valid code was refused: \(error.message.en)") }
                let message = error.message.zh + error.message.en
                if !unsafeScalars(in: message).isEmpty { record("input \(i): error message carries control characters") }
            } catch {
                record("input \(i): unexpected error \(type(of: error))")
            }
        }
        #expect(issues == 0)
        #expect(accepted >= 2_000)
        #expect(refusedChanges > 1_500)
        // MOD 37,36 misses a few swaps of neighbours (see below): rare, but not never.
        #expect(swaps > 1_500 && acceptedSwaps * 100 < swaps, "\(acceptedSwaps) of \(swaps) swaps accepted")
    }

    /// Found by this fuzz test: two codes that differ by one swap of neighbours
    /// both carry a valid check character, so such a mistyping is not caught
    /// (about 1 in 700 swaps); CheckCharacter's comment claims every swap is.
    @Test func someNeighbourSwapsPassTheCheck() throws {
        #expect(try CodeParser.identifier("BPXW1G6W89C", .station).identifier == "BPXW1G6W89C")
        #expect(try CodeParser.identifier("BPWX1G6W89C", .station).identifier == "BPWX1G6W89C")
    }
}
