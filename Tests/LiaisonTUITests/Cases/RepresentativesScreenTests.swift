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
        let wang = try data.store.addRepresentative(name: "王小明", level: .township, group: "第一小组").representative
        _ = try data.store.addRepresentative(name: "林晓燕", level: .provincial)
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
