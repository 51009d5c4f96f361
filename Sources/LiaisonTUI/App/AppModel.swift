import Foundation
import LiaisonCore

/// The whole front desk as a value: the open screens, the help overlay, the
/// message line and the theme. It routes keys (DESIGN.md, "Keys") and lays out
/// the frame; the loop in `FrontDesk` feeds it events and data and draws what
/// it renders. Testable with a demo data source and no terminal.
public struct AppModel {
    public let language: Language
    public let ascii: Bool
    public private(set) var current: Destination = .home
    public private(set) var screens: [Destination: any Screen] = [:]
    public private(set) var help: HelpOverlay?
    public private(set) var message = MessageLine()
    public private(set) var theme: Theme
    public private(set) var themeNames: [String]
    public private(set) var wantsQuit = false
    let loader: ThemeLoader
    let factories: [Destination: @Sendable () -> any Screen]

    /// Smallest frame that is laid out; below it the frame says so.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public init(configuration: FrontDeskConfiguration, data: FrontDeskDataSource, now: Date = Date()) {
        language = configuration.language
        ascii = configuration.ascii
        factories = configuration.screens
        loader = ThemeLoader(directory: configuration.themesDirectory)
        themeNames = loader.available()
        // --theme wins and is remembered; else the user's remembered theme; else default.
        let name = configuration.themeName ?? data.preference("theme") ?? "default"
        let result = loader.load(name)
        theme = result.theme
        if let problem = result.problem {
            message.show(problem, kind: .error, now: now, seconds: 15)
        } else if configuration.themeName != nil {
            data.setPreference("theme", name)
        }
        screens[.home] = HomeScreen()
        reloadCurrent(from: data, now: now)
    }

    public var currentScreen: any Screen { screens[current] ?? HomeScreen() }

    /// Keys every screen takes, for the help overlay.
    public static let globalKeys: [KeyHelp] = [
        KeyHelp("F1  ?", Catalogue.helpShowHelp),
        KeyHelp("F2", Catalogue.helpOpenIntake),
        KeyHelp("F3", Catalogue.helpOpenRepresentatives),
        KeyHelp("F4", Catalogue.helpOpenCases),
        KeyHelp("F5", Catalogue.helpOpenSessions),
        KeyHelp("F6", Catalogue.helpOpenReports),
        KeyHelp("F7", Catalogue.helpOpenSync),
        KeyHelp("Alt-1 … Alt-7", Catalogue.helpAltKeys),
        KeyHelp("F10  Ctrl-Q", Catalogue.helpQuit),
        KeyHelp("Esc", Catalogue.helpBack),
        KeyHelp("Tab  Shift-Tab", Catalogue.helpNextField),
        KeyHelp("Ctrl-S", Catalogue.helpSave),
        KeyHelp("/", Catalogue.helpSearch),
        KeyHelp("PgUp  PgDn", Catalogue.helpScroll),
    ]

    // MARK: Events

    public mutating func handle(_ event: Event, data: FrontDeskDataSource, now: Date = Date()) {
        switch event {
        case .key(.function(10)), .key(.ctrl("q")):
            wantsQuit = true
            return
        case .resize:
            return
        default:
            break
        }
        if help != nil {
            if help!.handle(event) { help = nil }
            return
        }
        switch event {
        case .key(.function(1)), .key(.alt("1")):
            openHelp(); return
        case .key(.function(let n)) where (2...7).contains(n):
            open(Destination(rawValue: n)!, data: data, now: now); return
        case .key(.alt(let c)) where ("2"..."7").contains(c):
            open(Destination(rawValue: Int(String(c))!)!, data: data, now: now); return
        case .click(let x, let y):
            handleClick(x: x, y: y, data: data, now: now); return
        default:
            break
        }
        if event.character == "?" && !currentScreen.capturesText {
            openHelp(); return
        }
        var screen = currentScreen
        let action = screen.handle(event)
        screens[current] = screen
        perform(action, event: event, data: data, now: now)
    }

    private mutating func perform(_ action: Action, event: Event, data: FrontDeskDataSource, now: Date) {
        switch action {
        case .ignored:
            if event == .key(.escape) { back(data: data, now: now) }
        case .handled:
            break
        case .open(let d):
            open(d, data: data, now: now)
        case .back:
            back(data: data, now: now)
        case .quit:
            wantsQuit = true
        case .message(let text):
            message.show(text, now: now)
        case .error(let text):
            message.show(text, kind: .error, now: now, seconds: 10)
        case .reload:
            reloadCurrent(from: data, now: now)
        case .nextTheme:
            nextTheme(data: data, now: now)
        case .perform:
            var screen = currentScreen
            do {
                if let text = try screen.perform(with: data) { message.show(text, now: now) }
                screens[current] = screen
                reloadCurrent(from: data, now: now)
            } catch let error as LiaisonError {
                screens[current] = screen
                message.show(error.message, kind: .error, now: now, seconds: 10)
            } catch {
                screens[current] = screen
                message.show(Catalogue.dataError, kind: .error, now: now, seconds: 10)
            }
        }
    }

    public mutating func open(_ destination: Destination, data: FrontDeskDataSource, now: Date = Date()) {
        if screens[destination] == nil {
            screens[destination] = factories[destination]?() ??
                (destination == .home ? HomeScreen() : PlaceholderScreen(destination: destination))
        }
        current = destination
        reloadCurrent(from: data, now: now)
    }

    private mutating func back(data: FrontDeskDataSource, now: Date) {
        guard current != .home else { return }
        open(.home, data: data, now: now)
    }

    private mutating func openHelp() {
        let s = currentScreen
        help = HelpOverlay(screenTitle: s.destination.title, screenKeys: s.keyHelp, globalKeys: AppModel.globalKeys)
    }

    private mutating func handleClick(x: Int, y: Int, data: FrontDeskDataSource, now: Date) {
        guard y == 1 else { return }
        // Tab bar row: the tab under the pointer.
        for (index, range) in tabBar.layout(x: 0, width: Int.max / 2) where range.contains(x) {
            open(Destination.allCases[index], data: data, now: now)
        }
    }

    /// Read the open screen's data again (on entry, or when another process wrote).
    public mutating func reloadCurrent(from data: FrontDeskDataSource, now: Date = Date()) {
        var screen = currentScreen
        do {
            try screen.reload(from: data)
        } catch let error as LiaisonError {
            message.show(Bilingual(Catalogue.dataError.zh + "：" + error.message.zh,
                                   Catalogue.dataError.en + ": " + error.message.en), kind: .error, now: now, seconds: 10)
        } catch {
            message.show(Catalogue.dataError, kind: .error, now: now, seconds: 10)
        }
        screens[current] = screen
    }

    public mutating func nextTheme(data: FrontDeskDataSource, now: Date = Date()) {
        themeNames = loader.available()
        let i = themeNames.firstIndex(of: theme.name) ?? -1
        let name = themeNames[(i + 1) % themeNames.count]
        let result = loader.load(name)
        theme = result.theme
        if let problem = result.problem {
            message.show(problem, kind: .error, now: now, seconds: 15)
        } else {
            data.setPreference("theme", name)
            message.show(Catalogue.themeNow(name), now: now)
        }
    }

    /// Let the transient message expire. Returns true when the frame changed.
    public mutating func tick(now: Date) -> Bool { message.tick(now: now) }

    /// Keep every open screen's unsaved input (called before an abrupt exit).
    public func saveDrafts(to data: FrontDeskDataSource) {
        for screen in screens.values {
            if let d = screen.draft() { data.saveDraft(d.key, d.text) }
        }
    }

    // MARK: Drawing

    var tabBar: TabBar {
        TabBar(titles: Destination.allCases.map { $0.title(language) }, active: current.rawValue - 1)
    }

    var keyBar: KeyBar {
        var entries = [KeyBar.Entry("F1", Catalogue.keyHelp(language))]
        for d in Destination.allCases where d != .home {
            entries.append(KeyBar.Entry("F\(d.rawValue)", d.title(language)))
        }
        entries.append(KeyBar.Entry("F10", Catalogue.keyQuit(language)))
        return KeyBar(entries)
    }

    /// The whole frame at `width`×`height`.
    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height, ascii: ascii)
        guard width >= AppModel.minimumWidth, height >= AppModel.minimumHeight else {
            let text = Catalogue.tooSmall(AppModel.minimumWidth, AppModel.minimumHeight)(language)
            for (n, row) in TextArea(text).rows(width: max(1, width)).prefix(max(0, height)).enumerated() {
                canvas.put(String(Array(text)[row.start..<row.end]), x: 0, y: n, element: .error)
            }
            return canvas
        }
        let screen = currentScreen
        var left = Catalogue.appName(language)
        if let home = screens[.home] as? HomeScreen, let s = home.summary { left += " · " + s.stationName }
        var right = ""
        if let home = screens[.home] as? HomeScreen, let s = home.summary {
            right = Catalogue.signedInAs(language) + (language == .zh ? "：" : ": ") + s.userName
        }
        StatusLine(left: left, right: right).render(into: &canvas, x: 0, y: 0, width: width)
        tabBar.render(into: &canvas, x: 0, y: 1, width: width)
        let body = Rect(x: 0, y: 2, width: width, height: height - 4)
        screen.render(into: &canvas, area: body, language: language)
        message.render(into: &canvas, x: 0, y: height - 2, width: width, language: language)
        keyBar.render(into: &canvas, x: 0, y: height - 1, width: width)
        if let help {
            canvas.cursor = nil
            help.render(into: &canvas, area: body, language: language)
        }
        return canvas
    }
}
