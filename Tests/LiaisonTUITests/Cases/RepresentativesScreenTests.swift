import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

@Suite("Screens: representatives and their cards")
struct RepresentativesScreenTests {
    func render(_ screen: RepresentativesScreen, ascii: Bool = false, language: Language = .zh) -> Canvas {
        var canvas = Canvas(width: 120, height: 40, ascii: ascii)
        screen.render(into: &canvas, area: canvas.bounds, language: language)
        return canvas
    }

    @Test func findByPinyinInitialsAndOpenTheCard() throws {
        let data = try StationFixture(cases: 2)
        // Fixed codes: a random one holding "WXM" once made 林晓燕 match too (a code matched anywhere then).
        let wang = try data.store.addRepresentative(name: "王小明", level: .township, group: "第一小组", code: Self.code("1A2B3C4D5E")).representative
        _ = try data.store.addRepresentative(name: "林晓燕", level: .provincial, code: Self.code("9F8G7H6J5K"))
        let c = try data.store.cases(CaseQuery())[0].caseRecord
        try data.store.apply(.supervise(representativeID: wang.id), toCase: c.id)
        var screen = RepresentativesScreen()
        try screen.reload(from: data)
        #expect(screen.matches.count == 2)
        _ = screen.handle(.text("/"))
        _ = screen.handle(.text("wxm"))
        #expect(screen.matches.map(\.name) == ["王小明"])
        _ = screen.handle(.key(.enter))
        #expect(screen.handle(.key(.enter)) == .reload)
        try screen.reload(from: data)
        let canvas = render(screen)
        #expect(canvas.text.contains("REP:" + wang.code))
        #expect(canvas.text.contains(c.number))
        #expect(canvas.text.contains("▀") || canvas.text.contains("▄"))
        // The QR cells carry the theme's dark-on-light element.
        #expect(canvas.cells.contains { $0.element == .code })
        _ = screen.handle(.text("l"))
        #expect(render(screen, language: .en).text.contains("Problems: open cases"))
    }

    static func code(_ body: String) -> String { body + String(CheckCharacter.compute(body)!) }

    /// Pinyin initials never match inside a representative's code; a code typed from its
    /// start (four characters or more, REP: optional) finds its representative.
    @Test func aCodeMatchesFromItsStartOnly() throws {
        let data = try StationFixture(cases: 0)
        _ = try data.store.addRepresentative(name: "王小明", level: .township, code: Self.code("1AWXM2B3C4"))
        let lin = try data.store.addRepresentative(name: "林晓燕", level: .provincial, code: Self.code("WXMZ7H6J5K")).representative
        var screen = RepresentativesScreen()
        try screen.reload(from: data)
        _ = screen.handle(.text("/"))
        _ = screen.handle(.text("wxm"))
        #expect(screen.matches.map(\.name) == ["王小明"], "initials, not the code's WXM")
        _ = screen.handle(.text("z"))
        #expect(screen.matches.map(\.name) == ["林晓燕"], "a code's first four characters")
        _ = screen.handle(.key(.escape))
        _ = screen.handle(.text("/"))
        _ = screen.handle(.text("rep:" + lin.code.lowercased()))
        #expect(screen.matches.map(\.id) == [lin.id])
        _ = screen.handle(.key(.escape))
        _ = screen.handle(.text("/"))
        _ = screen.handle(.text("XM2B"))
        #expect(screen.matches.isEmpty, "not inside a code")
    }

    /// A long list draws only the rows that fit, scrolled to the selection: the selected
    /// representative is on screen and highlighted, the first one no longer is.
    @Test func aLongListScrollsToTheSelection() throws {
        let data = try StationFixture(cases: 0)
        var names: [String] = []
        for i in 0..<120 {
            let name = "代表" + String(1000 + i)
            names.append(name)
            _ = try data.store.addRepresentative(name: name, level: .township)
        }
        var screen = RepresentativesScreen()
        try screen.reload(from: data)
        let shown = screen.matches.map(\.name)
        #expect(Set(shown).isSuperset(of: names))
        #expect(render(screen).text.contains(shown[0]))
        for _ in 0..<9 { _ = screen.handle(.key(.pageDown)) }
        let target = min(90, shown.count - 1)
        let canvas = render(screen)
        #expect(!canvas.text.contains(shown[0]), "the top of the list scrolled away")
        guard let y = (0..<canvas.height).first(where: { canvas.rowText($0).contains(shown[target]) }) else {
            Issue.record("the selected representative \(shown[target]) is not drawn")
            return
        }
        #expect((0..<canvas.width).contains { canvas[$0, y].element == .selected })
        _ = screen.handle(.key(.end))
        #expect(render(screen).text.contains(shown[shown.count - 1]))
    }

    /// A scanned card opens without listing every representative; leaving it lists them.
    @Test func aScannedCardListsTheRepresentativesOnlyWhenLeft() throws {
        let data = try StationFixture(cases: 0)
        let rep = try data.store.addRepresentative(name: "林晓燕", level: .provincial).representative
        _ = try data.store.addRepresentative(name: "王小明", level: .township)
        var screen = RepresentativesScreen(open: rep.id)
        try screen.reload(from: data)
        #expect(render(screen).text.contains("REP:" + rep.code))
        #expect(screen.matches.isEmpty)
        #expect(screen.handle(.key(.escape)) == .reload)
        try screen.reload(from: data)
        #expect(Set(screen.matches.map(\.name)).isSuperset(of: ["林晓燕", "王小明"]))
        #expect(render(screen).text.contains("王小明"))
    }

    @Test func asciiFallbackDrawsTwoSpacesPerModule() throws {
        let data = try StationFixture(cases: 0)
        let rep = try data.store.addRepresentative(name: "林晓燕", level: .provincial).representative
        var screen = RepresentativesScreen(open: rep.id)
        try screen.reload(from: data)
        let canvas = render(screen, ascii: true)
        #expect(!canvas.text.contains("▀") && !canvas.text.contains("█"))
        #expect(canvas.cells.contains { $0.element == .codeDark })
    }

    @Test func savesTheCardAsSVG() throws {
        let data = try StationFixture(cases: 0)
        let rep = try data.store.addRepresentative(name: "林晓燕", level: .provincial).representative
        var screen = RepresentativesScreen(open: rep.id)
        try screen.reload(from: data)
        #expect(screen.handle(.text("s")) == .perform)
        let message = try #require(try screen.perform(with: data))
        let path = data.folder.appendingPathComponent("card-\(rep.code).svg").path
        #expect(message.zh.contains(path))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("林晓燕"))
    }
}

@Suite("Shell: a representative's scan on the home screen")
struct RepresentativeScanTests {
    @Test func scanningOwnCodeOpensTheirCard() throws {
        let data = try StationFixture(cases: 1)
        let rep = try data.store.addRepresentative(name: "林晓燕", level: .provincial).representative
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var app = AppModel(configuration: FrontDeskConfiguration(language: .zh, themesDirectory: root.appendingPathComponent("Themes"),
                                                                 screens: [.representatives: { RepresentativesScreen() }]),
                           data: data)
        // A scanner types the payload and Enter within milliseconds.
        app.handle(.text("REP:" + rep.code), data: data)
        app.handle(.key(.enter), data: data)
        #expect(app.current == .representatives)
        let screen = try #require(app.currentScreen as? RepresentativesScreen)
        #expect(screen.openID == rep.id)
        #expect(app.render(width: 120, height: 40).text.contains("REP:" + rep.code))
    }
}
