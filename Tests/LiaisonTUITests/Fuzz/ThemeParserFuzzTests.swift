import Foundation
import LiaisonCore
@testable import LiaisonTUI
import Testing

/// 10,000 hostile theme files: random scalars, mutated real themes, escape
/// sequences in names, oversized files. The parser returns a theme or a list
/// of problems with line numbers inside the file and printable messages.
@Suite("Fuzz: theme parser")
struct ThemeParserFuzzTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    static let escapes = ["\u{1B}[2J", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{9B}31m", "\u{202E}", "\u{0}", "\r", "\t", "=", "#", "\u{7F}"]
    static let words = ["normal", "title", "selected", "=", "red", "bright-red", "color255", "color256", "color-1", "bold",
                        "blink", "default", "#ff0000", "NORMAL", "Bold", "  ", "\t"]

    static func unsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains { TextNormalizer.isUnsafe($0) }
    }

    @Test func parserHoldsUnderHostileInput() throws {
        let originals = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
            .filter { $0.hasSuffix(".theme") }.sorted()
            .map { try String(contentsOf: Self.themesDirectory.appendingPathComponent($0), encoding: .utf8) }
        #expect(originals.count >= 2)
        var rng = SplitMix64(seed: 0x7E_3E)
        func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
        func scalar() -> Unicode.Scalar {
            let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x9F, 0x4E00...0x9FFF, 0x202A...0x202E, 0x1F300...0x1F6FF]
            return Unicode.Scalar(UInt32.random(in: ranges[int(0...ranges.count - 1)], using: &rng))!
        }
        var parsed = 0, refused = 0, issues = 0
        func record(_ text: String) { issues += 1; if issues <= 5 { Issue.record(Comment(rawValue: text)) } }
        for i in 0..<10_000 {
            var source: String
            switch i % 4 {
            case 0:
                var view = String.UnicodeScalarView()
                for _ in 0..<int(0...120) { view.append(scalar()) }
                source = String(view)
            case 1, 2:
                // A real theme with a few lines changed, dropped, or filled with odd words.
                var lines = originals[i % originals.count].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for _ in 0..<int(1...3) where !lines.isEmpty {
                    let at = int(0...lines.count - 1)
                    switch int(0...3) {
                    case 0: lines[at] += Self.escapes[int(0...Self.escapes.count - 1)]
                    case 1: lines.remove(at: at)
                    case 2: lines[at] = (0..<int(0...5)).map { _ in Self.words[int(0...Self.words.count - 1)] }.joined(separator: " ")
                    default: lines.insert(Self.escapes[int(0...Self.escapes.count - 1)] + "=" + Self.words[int(0...Self.words.count - 1)], at: at)
                    }
                }
                source = lines.joined(separator: i % 8 == 1 ? "\r\n" : "\n")
            default:
                // Sometimes over the size limit, sometimes just long.
                let line = Self.words[int(0...Self.words.count - 1)] + " = red blue bold\n"
                source = String(repeating: line, count: int(1...(i % 40 == 3 ? 5_000 : 50)))
            }
            let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
            do {
                let theme = try ThemeParser.parse(source, name: "fuzz")
                parsed += 1
                if theme.name != "fuzz" { record("input \(i): theme lost its name") }
            } catch {
                refused += 1
                if error.items.isEmpty { record("input \(i): refused without a problem") }
                for p in error.items {
                    if p.line < 0 || p.line > lineCount { record("input \(i): problem on line \(p.line) of \(lineCount)") }
                    if p.message.zh.isEmpty || p.message.en.isEmpty || Self.unsafe(p.message.zh + p.message.en) {
                        record("input \(i): unclear or unsafe message")
                    }
                }
                let summary = error.summary(themeName: "fuzz", language: .en)
                if summary.isEmpty || Self.unsafe(summary) { record("input \(i): unsafe summary") }
            }
        }
        #expect(issues == 0)
        #expect(parsed > 500, "mutations that keep a theme valid should parse")
        #expect(refused > 3_000)
    }
}
