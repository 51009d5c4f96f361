import Foundation
import LiaisonCore
@testable import LiaisonTUI
import Testing

@Suite("App shell")
struct AppModelTests {
    @Test("F-keys and Alt-digits open every destination; Esc goes home")
    func routing() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(), data: data)
        for d in Destination.allCases where d != .home {
            app.handle(.key(.function(d.rawValue)), data: data)
            #expect(app.current == d)
            app.handle(.key(.escape), data: data)
            #expect(app.current == .home)
            app.handle(.key(.alt(Character(String(d.rawValue)))), data: data)
            #expect(app.current == d)
        }
    }

    @Test("a screen nobody built yet says so, in both languages")
    func placeholder() {
        let data = DemoDataSource()
        for (language, expected) in [(Language.zh, "「案件」页面尚未建成。"), (.en, "The Cases screen is not built yet.")] {
            var app = AppModel(configuration: makeConfiguration(language), data: data)
            app.handle(.key(.function(4)), data: data)
            #expect(app.render(width: 80, height: 24).text.contains(expected))
        }
    }

    @Test("F1, ? and Alt-1 open help listing this screen's keys and the global ones")
    func help() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(.en), data: data)
        for opener in [Event.key(.function(1)), .text("?"), .key(.alt("1"))] {
            app.handle(opener, data: data)
            #expect(app.help != nil)
            let text = app.render(width: 100, height: 30).text
            #expect(text.contains("This screen: Home"))
            #expect(text.contains("Search in a list"))
            #expect(text.contains("Quit (drafts are already saved)"))
            app.handle(.key(.escape), data: data)
            #expect(app.help == nil)
            #expect(app.current == .home)
        }
    }

    @Test("? is typed, not help, while a text field has focus")
    func questionMarkInField() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(), data: data)
        app.handle(.text("/"), data: data)
        #expect(app.currentScreen.capturesText)
        app.handle(.text("?"), data: data)
        #expect(app.help == nil)
        #expect((app.currentScreen as? HomeScreen)?.find.text == "?")
    }

    @Test("find on home filters destinations by Chinese text and opens with Enter; cursor in the field")
    func find() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(), data: data)
        app.handle(.text("/"), data: data)
        app.handle(.text("案件"), data: data)
        let canvas = app.render(width: 80, height: 24)
        #expect(canvas.cursor != nil)
        let row = canvas.cursor!.y
        #expect(canvas.rowText(row).contains("查找：案件"))
        let promptEnd = DisplayWidth.of(String(canvas.rowText(row).prefix(while: { $0 != "：" }))) + 2
        #expect(canvas.cursor!.x == promptEnd + 4)
        app.handle(.key(.enter), data: data)
        #expect(app.current == .cases)
    }

    @Test("keys typed ahead in one read: `/` focuses the field, the rest is its text; a scan stays whole")
    func typeAhead() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(), data: data)
        app.handle(.text("/王小明"), data: data)
        #expect((app.currentScreen as? HomeScreen)?.find.text == "王小明")
        var b = AppModel(configuration: makeConfiguration(), data: data)
        b.handle(.text("?j"), data: data)        // help opens, then j scrolls it
        #expect(b.help != nil)
        #expect(AppModel.looksLikeScan("REP:0123456789X"))
        #expect(AppModel.looksLikeScan("HTTPS://A.CN/R/1"))
        #expect(!AppModel.looksLikeScan("/王小明"))
        #expect(!AppModel.looksLikeScan("t:x"))
    }

    @Test("Tab moves into the find field and out again, keeping the filter")
    func tabOnHome() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(.en), data: data)
        app.handle(.key(.tab), data: data)
        #expect(app.currentScreen.capturesText)
        app.handle(.text("sync"), data: data)
        app.handle(.key(.backTab), data: data)
        #expect(!app.currentScreen.capturesText)
        #expect((app.currentScreen as? HomeScreen)?.matches == [.sync])
        app.handle(.key(.enter), data: data)
        #expect(app.current == .sync)
    }

    @Test("the open screen is told its body area on resize and on entry")
    func layoutHook() {
        struct Measuring: Screen {
            var destination: Destination { .reports }
            var keyHelp: [KeyHelp] { [] }
            var area: Rect?
            mutating func handle(_ event: Event) -> Action { .ignored }
            mutating func layout(_ area: Rect) { self.area = area }
            func render(into canvas: inout Canvas, area: Rect, language: Language) {
                canvas.put("area \(self.area.map { "\($0.width)x\($0.height)" } ?? "none")", x: area.x, y: area.y)
            }
        }
        let data = DemoDataSource()
        var config = makeConfiguration()
        config.screens[.reports] = { Measuring() }
        var app = AppModel(configuration: config, data: data)
        app.handle(.resize(width: 90, height: 30), data: data)
        app.handle(.key(.function(6)), data: data)
        #expect(app.render(width: 90, height: 30).rowText(2).hasPrefix("area 90x26"))
        app.handle(.resize(width: 60, height: 20), data: data)
        #expect(app.render(width: 60, height: 20).rowText(2).hasPrefix("area 60x16"))
    }

    @Test("a click on a tab opens it")
    func click() {
        let data = DemoDataSource()
        var app = AppModel(configuration: makeConfiguration(), data: data)
        let row = app.render(width: 100, height: 30).rowText(1)
        let x = DisplayWidth.of(String(row[..<row.range(of: "案件")!.lowerBound]))
        app.handle(.click(x: x, y: 1), data: data)
        #expect(app.current == .cases)
        app.handle(.click(x: 1, y: 1), data: data)
        #expect(app.current == .home)
    }

    @Test("F10 and Ctrl-Q quit, even from the help overlay")
    func quit() {
        let data = DemoDataSource()
        for k in [Key.function(10), .ctrl("q"), .ctrl("c")] {
            var app = AppModel(configuration: makeConfiguration(), data: data)
            app.handle(.key(.function(1)), data: data)
            app.handle(.key(k), data: data)
            #expect(app.wantsQuit)
        }
    }

    @Test("--theme is used and remembered; next time the remembered one is used")
    func themeRemembered() {
        let data = DemoDataSource()
        let a = AppModel(configuration: makeConfiguration(theme: "night"), data: data)
        #expect(a.theme.name == "night")
        #expect(data.preferences["theme"] == "night")
        let b = AppModel(configuration: makeConfiguration(), data: data)
        #expect(b.theme.name == "night")
        var c = b
        c.handle(.text("t"), data: data)
        #expect(c.theme.name != "night")
        #expect(data.preferences["theme"] == c.theme.name)
    }

    @Test("a broken or unknown theme gives a clear message and the default")
    func brokenTheme() {
        let data = DemoDataSource()
        let app = AppModel(configuration: makeConfiguration(.en, theme: "no-such-theme"), data: data)
        #expect(app.theme == .builtIn)
        #expect(app.render(width: 100, height: 30).text.contains("Theme 'no-such-theme' not found; using the default."))
        #expect(data.preferences["theme"] == nil)
    }

    @Test("a data error shows as a message, the frame still draws")
    func dataError() {
        let data = DemoDataSource()
        data.failing = true
        let app = AppModel(configuration: makeConfiguration(.en), data: data)
        let text = app.render(width: 80, height: 24).text
        #expect(text.contains("Could not read the data: database is locked"))
    }

    @Test("tiny windows say so instead of drawing a broken frame")
    func tooSmall() {
        let data = DemoDataSource()
        let app = AppModel(configuration: makeConfiguration(), data: data)
        #expect(app.render(width: 30, height: 8).text.contains("窗口太小"))
        _ = app.render(width: 1, height: 1)
        _ = app.render(width: 0, height: 0)
    }

    @Test("every size from 40×12 to 130×45 renders without a split wide character")
    func allSizes() {
        let data = DemoDataSource()
        for language in Language.allCases {
            var app = AppModel(configuration: makeConfiguration(language), data: data)
            for (w, h) in [(40, 12), (41, 13), (59, 19), (60, 20), (69, 24), (70, 24), (80, 24), (130, 45)] {
                for d in [Destination.home, .sync] {
                    app.open(d, data: data)
                    let c = app.render(width: w, height: h)
                    for y in 0..<h {
                        #expect(c.rowText(y).displayWidth == w, "row \(y) at \(w)×\(h) \(d)")
                        for x in 0..<w where c[x, y].isContinuation {
                            #expect(x > 0 && DisplayWidth.of(c[x - 1, y].character) == 2)
                        }
                    }
                }
            }
        }
    }

    @Test("a screen's draft is handed to the data source before an abrupt exit")
    func drafts() {
        struct Drafting: Screen {
            var destination: Destination { .intake }
            var keyHelp: [KeyHelp] { [] }
            var typed = ""
            mutating func handle(_ event: Event) -> Action {
                if case .text(let s) = event { typed += s; return .handled }
                return .ignored
            }
            func render(into canvas: inout Canvas, area: Rect, language: Language) {}
            func draft() -> (key: String, text: String)? { typed.isEmpty ? nil : ("intake", typed) }
            var capturesText: Bool { true }
        }
        let data = DemoDataSource()
        var config = makeConfiguration()
        config.screens[.intake] = { Drafting() }
        var app = AppModel(configuration: config, data: data)
        app.handle(.key(.function(2)), data: data)
        app.handle(.text("王小明反映路灯"), data: data)
        app.saveDrafts(to: data)
        #expect(data.draft("intake") == "王小明反映路灯")
    }

    @Test("without a terminal the front desk says so in both languages and returns 2")
    func noTerminal() {
        // Under `swift test` standard input is not a terminal.
        guard isatty(0) == 0 || isatty(1) == 0 else { return }
        #expect(FrontDesk.run(configuration: makeConfiguration(), dataSource: DemoDataSource()) == 2)
    }
}
