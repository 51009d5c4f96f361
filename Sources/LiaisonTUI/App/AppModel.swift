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
    /// The terminal size from the last `.resize` event (the loop sends one at start).
    public private(set) var size: (width: Int, height: Int)?
    /// The reception session open now, shown in the header of every screen.
    public private(set) var openSessionTitle: String?
    /// Text typed since the last Enter: a scanner types a code and Enter (the scanner rule).
    private var scanLine = ""
    /// In front of everything until someone signs in (and again after the idle time).
    public private(set) var gate: SignInGate?
    /// The admin's audit log over the body (`a` on the home screen); refuses anyone else.
    public private(set) var auditLog: AuditLogScreen?
    private var idleLock: IdleLock?
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
        if data.draft(IntakeScreen.draftKey) != nil {
            // A killed terminal left an intake half typed: say where to resume it.
            message.show(Catalogue.draftWaiting, now: now, seconds: 20)
        }
        if let problem = result.problem {
            message.show(problem, kind: .error, now: now, seconds: 15)
        } else if configuration.themeName != nil {
            data.setPreference("theme", name)
        }
        screens[.home] = HomeScreen()
        if configuration.requireSignIn, let store = data.station {
            gate = SignInGate(mode: ((try? store.needsFirstAdmin()) ?? false) ? .firstAdmin : .signIn)
            idleLock = store.idleLock()
        }
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
        KeyHelp("a", AuditLogScreen.openKey),
    ]

    // MARK: Events

    public mutating func handle(_ event: Event, data: FrontDeskDataSource, now: Date = Date()) {
        switch event {
        // Ctrl-C arrives as a key (raw mode keeps Ctrl-S/Ctrl-Q from flow control);
        // it quits like Ctrl-Q rather than doing nothing — drafts are saved either way.
        case .key(.function(10)), .key(.ctrl("q")), .key(.ctrl("c")):
            wantsQuit = true
            return
        case .resize(let w, let h):
            size = (w, h)
            layoutCurrent()
            return
        default:
            break
        }
        idleLock?.touch(at: now)
        if var g = gate {
            if g.handle(event) == .submit, let store = data.station {
                if let user = g.submit(to: store) {
                    store.actor = user.name
                    // Lists, counts and reveals follow this person's role from now on.
                    store.signedIn = user
                    gate = nil
                    auditLog = nil
                    message.show(Catalogue.welcome(user.name), now: now)
                    reloadCurrent(from: data, now: now)
                    return
                }
            }
            gate = g
            return
        }
        // Typed ahead of the screen: "/王小明" read in one go is the key `/`
        // (which focuses the find field) and then the text for that field.
        // Until a field has focus, each character is a key of its own.
        if case .text(let s) = event, s.count > 1, !(help == nil && currentScreen.capturesText),
           !AppModel.looksLikeScan(s) {
            var rest = Substring(s)
            while let c = rest.first, !(help == nil && currentScreen.capturesText), !wantsQuit {
                handle(.text(String(c)), data: data, now: now)
                rest = rest.dropFirst()
            }
            if !rest.isEmpty && !wantsQuit { handle(.text(String(rest)), data: data, now: now) }
            return
        }
        if help != nil {
            if help!.handle(event) { help = nil }
            return
        }
        if var log = auditLog {
            if case .key(.function) = event {
                auditLog = nil   // an F-key leaves the log for its screen
            } else {
                switch log.handle(event) {
                case .back: auditLog = nil
                case .ignored where event == .key(.escape): auditLog = nil
                case .reload:
                    auditLog = log
                    reloadAuditLog(from: data, now: now)
                default: auditLog = log
                }
                return
            }
        }
        if current == .home, !currentScreen.capturesText, event.character == "a" {
            auditLog = AuditLogScreen()
            reloadAuditLog(from: data, now: now)
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
        if takeScan(event, data: data, now: now) { return }
        var screen = currentScreen
        let action = screen.handle(event)
        screens[current] = screen
        perform(action, event: event, data: data, now: now)
    }

    /// A barcode scanner types a whole code at once (`REP:…`, `STN:…`,
    /// `CASE:…`, `HTTPS://…`): it stays one text event, never single-letter commands.
    static func looksLikeScan(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon > s.startIndex else { return false }
        return s[..<colon].allSatisfy { $0.isASCII && $0.isLetter && $0.isUppercase }
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

    /// The scanner rule (DESIGN.md, "Keys"): a completed line that is a
    /// representative or station code is a scan wherever the cursor is. It
    /// marks the representative present in the open session (or says who it
    /// is); the field keeps its text. Returns true when the Enter is used up —
    /// intake still gets it, to fill the opinion's receiving representative.
    private mutating func takeScan(_ event: Event, data: FrontDeskDataSource, now: Date) -> Bool {
        switch event {
        case .text(let s):
            scanLine = String((scanLine + s).suffix(200))
            return false
        case .key(.backspace):
            scanLine = String(scanLine.dropLast())
            return false
        case .key(.enter):
            break
        default:
            scanLine = ""
            return false
        }
        let line = scanLine
        scanLine = ""
        guard CodeParser.isScan(line), let store = data.station else { return false }
        do {
            switch try CodeParser.parse(line) {
            case .representative:
                let rep = try store.resolveRepresentative(scanned: line).representative
                if let session = try store.openSession() {
                    let new = try store.markPresent(sessionID: session.id, representativeID: rep.id)
                    message.show(new ? Catalogue.markedPresent(rep.name) : Catalogue.alreadyPresent(rep.name), now: now)
                } else if current == .intake {
                    return false
                } else {
                    // A representative scanning their own code opens their card: cases overdue first, the four lists.
                    screens[.representatives] = RepresentativesScreen(open: rep.id)
                    open(.representatives, data: data, now: now)
                    message.show(Bilingual(rep.name + " · " + rep.level.label.zh, rep.name + " · " + rep.level.label.en), now: now)
                    return true
                }
            case .station(let code):
                message.show(Bilingual(code.description, code.description), now: now)
            case .caseNumber:
                return false
            }
        } catch let error as LiaisonError {
            message.show(error.message, kind: .error, now: now, seconds: 10)
        } catch {
            message.show(Catalogue.scanNotRecognised, kind: .error, now: now, seconds: 10)
        }
        reloadCurrent(from: data, now: now)
        return current != .intake
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
        if auditLog != nil { reloadAuditLog(from: data, now: now) }
        layoutCurrent()
        if let store = data.station { openSessionTitle = (try? store.openSession())??.title }
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

    private mutating func reloadAuditLog(from data: FrontDeskDataSource, now: Date) {
        guard var log = auditLog else { return }
        do {
            try log.reload(from: data)
        } catch let error as LiaisonError {
            message.show(error.message, kind: .error, now: now, seconds: 10)
        } catch {
            message.show(Catalogue.dataError, kind: .error, now: now, seconds: 10)
        }
        auditLog = log
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
    public mutating func tick(now: Date) -> Bool {
        if gate == nil, let lock = idleLock, lock.isDue(at: now) {
            gate = SignInGate(mode: .locked)
            help = nil
            auditLog = nil
            return true
        }
        return message.tick(now: now)
    }

    /// Keep every open screen's unsaved input (called before an abrupt exit).
    public func saveDrafts(to data: FrontDeskDataSource) {
        for screen in screens.values {
            if let d = screen.draft() { data.saveDraft(d.key, d.text) }
        }
    }

    /// Tell the open screen the body area it will be drawn in, so keys that
    /// depend on layout (Up/Down in wrapped text, PgUp/PgDn) use real widths.
    private mutating func layoutCurrent() {
        guard let size else { return }
        var screen = currentScreen
        screen.layout(AppModel.bodyArea(width: size.width, height: size.height))
        screens[current] = screen
    }

    /// Where screens are drawn: between the title and tab rows and the message and key rows.
    public static func bodyArea(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 2, width: width, height: height - 4)
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
        if let title = openSessionTitle {
            left += " · " + Catalogue.sessionHeader(title)(language)
        }
        var right = ""
        if let home = screens[.home] as? HomeScreen, let s = home.summary {
            right = Catalogue.signedInAs(language) + (language == .zh ? "：" : ": ") + s.userName
        }
        StatusLine(left: left, right: right).render(into: &canvas, x: 0, y: 0, width: width)
        tabBar.render(into: &canvas, x: 0, y: 1, width: width)
        let body = AppModel.bodyArea(width: width, height: height)
        screen.render(into: &canvas, area: body, language: language)
        auditLog?.render(into: &canvas, area: body, language: language)
        message.render(into: &canvas, x: 0, y: height - 2, width: width, language: language)
        keyBar.render(into: &canvas, x: 0, y: height - 1, width: width)
        if let help {
            canvas.cursor = nil
            help.render(into: &canvas, area: body, language: language)
        }
        if let gate {
            // Nothing of the station shows behind a locked desk.
            canvas.cursor = nil
            gate.render(into: &canvas, area: Rect(x: 0, y: 1, width: width, height: height - 2), language: language)
        }
        return canvas
    }
}
