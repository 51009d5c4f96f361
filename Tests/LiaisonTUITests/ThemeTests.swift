import Foundation
import LiaisonCore
@testable import LiaisonTUI
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test("every theme file in Themes/ parses, and default matches the built-in one",
          arguments: ["default", "night", "high-contrast", "mono"])
    func shippedThemes(name: String) throws {
        let result = ThemeLoader(directory: repositoryThemes).load(name)
        #expect(result.problem == nil)
        #expect(result.theme.name == name)
        for element in ThemeElement.allCases where name != "mono" {
            #expect(result.theme.styles[element] != nil, "\(name) lacks \(element.rawValue)")
        }
        if name == "default" { #expect(result.theme.styles == Theme.builtIn.styles) }
        if name == "mono" { #expect(!result.theme.usesColor) }
    }

    @Test("format: comments, colour names, palette numbers, attributes")
    func format() throws {
        let theme = try ThemeParser.parse("""
        # comment
        normal = default default   # trailing comment
        error  = bright-red color17 bold underline

        selected = CYAN Black Reverse
        """, name: "t")
        #expect(theme.style(.error) == Style(.indexed(9), .indexed(17), [.bold, .underline]))
        #expect(theme.style(.selected) == Style(.indexed(6), .indexed(0), [.reverse]))
        #expect(theme.style(.heading) == Style())   // missing elements look like normal
    }

    @Test("a broken line is reported with its number and a clear word")
    func problems() {
        #expect(throws: ThemeProblems.self) { try ThemeParser.parse("normal = purplish default", name: "t") }
        do {
            _ = try ThemeParser.parse("normal = default default\nerror red\nfoo = red red\nbar = red", name: "t")
            Issue.record("should have thrown")
        } catch {
            #expect(error.items.map(\.line) == [2, 3, 4])
            #expect(error.items[0].message == Catalogue.themeMissingEquals)
            #expect(error.summary(themeName: "t", language: .en) ==
                    "Theme 't' is broken, line 2: missing '=' (format: element = fg bg attributes); using the default.")
        }
    }

    @Test("hostile input never crashes the parser")
    func hostile() {
        var rng = SplitMix(seed: 42)
        let pieces = ["=", "#", " ", "\n", "normal", "color", "color999999999999999999", "bright-", "\u{0}",
                      "\u{1B}[2J", "王", "\u{202E}", "bold", "default", "\r", "\t", "====", "-"]
        for _ in 0..<500 {
            var s = ""
            for _ in 0..<Int(rng.next() % 40) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            _ = try? ThemeParser.parse(s, name: "fuzz")
        }
        let huge = String(repeating: "normal = red red\n", count: 10_000)
        #expect(throws: ThemeProblems.self) { try ThemeParser.parse(huge, name: "huge") }
        let binary = String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }, as: UTF8.self)
        #expect(throws: ThemeProblems.self) { try ThemeParser.parse(binary, name: "bin") }
    }

    @Test("loader: missing, broken and unsafe names fall back to the default with a message")
    func loaderFallback() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "normal = red nonsense\n".write(to: dir.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
        let loader = ThemeLoader(directory: dir)
        let broken = loader.load("broken")
        #expect(broken.theme == .builtIn)
        #expect(broken.problem?.zh == "主题「broken」有误，第 1 行：未知颜色「nonsense」；使用默认主题。")
        #expect(loader.load("nowhere").problem == Catalogue.themeNotFound("nowhere"))
        #expect(loader.load("../../etc/passwd").problem != nil)
        #expect(loader.load("default").problem == nil)       // no file: the built-in one, silently
        #expect(loader.available() == ["broken", "default"])
    }

    @Test("256-colour values fall to the nearest of 8")
    func basicColours() {
        #expect(ThemeColor.indexed(9).basic == .indexed(1))
        #expect(ThemeColor.indexed(196).basic == .indexed(1))   // pure red in the cube
        #expect(ThemeColor.indexed(21).basic == .indexed(4))    // pure blue
        #expect(ThemeColor.indexed(234).basic == .indexed(0))   // dark grey
        #expect(ThemeColor.indexed(250).basic == .indexed(7))
    }
}

/// Seeded generator: Swift's system generator cannot be seeded.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
