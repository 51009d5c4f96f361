import Foundation
import Testing
@testable import LiaisonCore

/// No C0/C1 control, ESC or bidi override survives normalisation, and none
/// reaches the database through the store's own write paths.
@Suite("Fuzz: text safety")
struct TextSafetyFuzzTests {
    @Test func normalizerOutputIsAlwaysClean() {
        var input = FuzzInput(seed: 0x7E47)
        for i in 0..<10_000 {
            let text = input.string(maxScalars: 60)
            let line = TextNormalizer.line(text)
            let paragraph = TextNormalizer.paragraph(text)
            let badLine = unsafeScalars(in: line), badParagraph = unsafeScalars(in: paragraph, allowNewline: true)
            if !badLine.isEmpty || !badParagraph.isEmpty || line.contains("\n") || paragraph.contains("\r") {
                Issue.record("input \(i): unsafe scalars \(badLine.map(\.value)) / \(badParagraph.map(\.value))")
                return
            }
            #expect(line == line.precomposedStringWithCanonicalMapping)
            // Normalising twice changes nothing more.
            #expect(TextNormalizer.line(line) == line)
            #expect(TextNormalizer.paragraph(paragraph) == paragraph)
        }
    }

    @Test func terminalAttacksAreStoredAsPlainText() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let attack = "路灯坏了\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07}\u{202E}请修"
        let receipt = try store.recordIntake(IntakeRequest(visitor: .init(name: "王\u{1B}[31m小明", community: "\u{9B}2J东社区"),
                                                           opinions: [.init(text: attack, category: "livelihood")]))
        let text = try #require(try store.db.scalarString("SELECT text FROM opinion WHERE id = ?", [.text(receipt.entries[0].opinionID)]))
        #expect(unsafeScalars(in: text, allowNewline: true).isEmpty)
        #expect(text.contains("[2J") && text.contains("]52;c;SGVsbG8="))
        #expect(try store.visitor(id: receipt.visitorID)?.name == "王[31m小明")
    }

    @Test func storedTextIsCleanAfterHostileWrites() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        var input = FuzzInput(seed: 0x5AFE)
        var saved = 0
        for _ in 0..<300 {
            let request = IntakeRequest(
                visitor: .init(name: input.string(maxScalars: 12), phone: input.chance(0.3) ? "138\(input.int(10_000_000...99_999_999))" : "",
                               community: input.string(maxScalars: 12), grid: input.string(maxScalars: 6)),
                opinions: [.init(text: "意见" + input.string(maxScalars: 80), category: "livelihood")])
            if (try? store.recordIntake(request)) != nil { saved += 1 }
            _ = try? store.addRepresentative(name: input.string(maxScalars: 10), level: .township,
                                             district: input.string(maxScalars: 10), group: input.string(maxScalars: 10))
        }
        #expect(saved > 100, "most hostile forms should still save (as cleaned text)")
        let columns: [(String, [String])] = [
            ("visitor", ["name", "community", "grid"]), ("opinion", ["text"]), ("cases", ["title"]),
            ("case_event", ["note"]), ("representative", ["name", "district", "delegation_group"]),
        ]
        for (table, names) in columns {
            try store.db.forEach("SELECT \(names.joined(separator: ", ")) FROM \(table)") { r in
                for i in names.indices where !unsafeScalars(in: r.string(i), allowNewline: table == "opinion").isEmpty {
                    Issue.record("\(table).\(names[i]) holds an unsafe scalar")
                }
                return true
            }
        }
        #expect(try store.check().ok)
    }
}
