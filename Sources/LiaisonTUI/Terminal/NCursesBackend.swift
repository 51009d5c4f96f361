import CNCursesW
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The only file that calls ncurses. Everything it draws comes from a Canvas;
// everything it reads leaves as RawInput for KeyDecoder.

/// Set by the stop-signal handler, read by the loop (a plain word: async-signal safe).
nonisolated(unsafe) private var pendingSignalNumber: Int32 = 0
/// True between start and stop: the crash handler only calls endwin then.
nonisolated(unsafe) private var terminalActive = false
/// The actions that were installed before ours, restored on stop and before re-raising.
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

private let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
private let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

/// INT, TERM, HUP: note it and let the loop save drafts and leave cleanly.
/// A second one while the first is pending means the loop is stuck: leave now.
private func onStopSignal(_ signal: Int32) {
    if pendingSignalNumber != 0 {
        if terminalActive { endwin() }
        sigaction(signal, previousActions + Int(signal), nil)
        raise(signal)
        return
    }
    pendingSignalNumber = signal
}

/// A crash: give the terminal back, then let the previous handler (core dump,
/// crash report) do its work.
private func onCrashSignal(_ signal: Int32) {
    if terminalActive {
        terminalActive = false
        endwin()
    }
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}

/// How many colours the terminal (and the user) allow.
public enum ColorMode: Sendable, Equatable { case none, basic8, indexed256 }

final class NCursesBackend {
    private var screen: OpaquePointer?
    private var fastEmptyReads = 0
    private(set) var colorMode: ColorMode = .none
    private var attributes: [ThemeElement: (attr: attr_t, pair: Int32)] = [:]

    /// Both standard input and output must be terminals.
    static func hasTerminal() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Chinese needs a UTF-8 locale; SSH sessions often arrive without LANG.
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_ALL, "C.utf8") }
        }
    }

    /// Start the terminal, trying $TERM first and then common fallbacks
    /// (`initscr` would exit the process on an unknown TERM).
    func start(environment: [String: String], mouse: Bool) -> Bool {
        NCursesBackend.setUTF8Locale()
        var candidates: [String] = []
        if let t = environment["TERM"], !t.isEmpty { candidates.append(t) }
        candidates += ["xterm-256color", "xterm", "vt100"]
        for name in candidates {
            if let s = newterm(name, liaison_stdout(), liaison_stdin()) {
                screen = s
                set_term(s)
                break
            }
        }
        guard screen != nil else { return false }
        installSignalHandlers()
        terminalActive = true
        raw()                 // Ctrl-S and Ctrl-Q reach us instead of flow control
        noecho()
        nonl()
        keypad(liaison_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            mousemask(liaison_button1_mask(), nil)
            mouseinterval(0)
        }
        return true
    }

    /// Give the terminal back: normal screen, cooked mode, cursor visible.
    func stop() {
        guard screen != nil else { return }
        if terminalActive {
            terminalActive = false
            curs_set(1)
            endwin()
        }
        restoreSignalHandlers()
        if let s = screen { delscreen(s) }
        screen = nil
    }

    /// The stop signal that arrived, if any (cleared by reading).
    func takePendingSignal() -> Int32? {
        let s = pendingSignalNumber
        return s == 0 ? nil : s
    }

    /// After cleanup, end the process the way the signal asked for.
    static func reraise(_ signal: Int32) -> Never {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        raise(signal)
        exit(128 + signal)
    }

    /// True when reads keep failing at once (the terminal has gone away
    /// without a SIGHUP reaching us): the loop then exits as on a hang-up.
    var inputLooksClosed: Bool { fastEmptyReads >= 50 }

    var size: (width: Int, height: Int) { (Int(liaison_cols()), Int(liaison_lines())) }

    // MARK: Colours

    func apply(theme: Theme, environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if noColor || !has_colors() || !theme.usesColor {
            colorMode = .none
        } else {
            start_color()
            use_default_colors()
            colorMode = liaison_colors() >= 256 ? .indexed256 : .basic8
        }
        attributes = [:]
        for (i, element) in ThemeElement.allCases.enumerated() {
            let style = theme.style(element)
            var attr = liaison_a_normal()
            if style.attributes.contains(.bold) { attr |= liaison_a_bold() }
            if style.attributes.contains(.underline) { attr |= liaison_a_underline() }
            if style.attributes.contains(.reverse) { attr |= liaison_a_reverse() }
            if style.attributes.contains(.dim) { attr |= liaison_a_dim() }
            var pair: Int32 = 0
            if colorMode != .none, i + 1 < Int(liaison_color_pairs()) {
                pair = Int32(i + 1)
                init_pair(Int16(pair), number(style.foreground), number(style.background))
            } else if colorMode == .none, element == .selected || element == .fieldFocused || element == .tabActive
                        || element == .keybarKey || element == .title, style.attributes.isEmpty {
                // Without colour these would vanish; reverse video keeps them visible.
                attr |= liaison_a_reverse()
            }
            attributes[element] = (attr, pair)
        }
    }

    private func number(_ color: ThemeColor) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let n):
            if colorMode == .indexed256 { return Int16(n) }
            guard case .indexed(let b) = color.basic else { return -1 }
            return Int16(b)
        }
    }

    // MARK: Drawing

    func draw(_ canvas: Canvas) {
        werase(liaison_stdscr())
        var current: ThemeElement? = nil
        var buffer: [wchar_t] = []
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                if cell.element != current {
                    current = cell.element
                    let a = attributes[cell.element] ?? (liaison_a_normal(), 0)
                    _ = liaison_set_attr(a.attr, a.pair)
                }
                buffer.removeAll(keepingCapacity: true)
                for s in cell.character.unicodeScalars { buffer.append(wchar_t(bitPattern: s.value)) }
                buffer.append(0)
                _ = liaison_put_wide(Int32(y), Int32(x), buffer, Int32(buffer.count - 1))
            }
        }
        _ = liaison_set_attr(liaison_a_normal(), 0)
        if let c = canvas.cursor, c.x >= 0, c.y >= 0, c.x < canvas.width, c.y < canvas.height {
            curs_set(1)
            wmove(liaison_stdscr(), Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        wrefresh(liaison_stdscr())
    }

    // MARK: Input

    /// Everything available now: waits up to `timeoutMilliseconds` for the
    /// first item, then takes what else is already there (an IME commit or a
    /// paste arrives as one burst).
    func readBurst(timeoutMilliseconds: Int32) -> [RawInput] {
        var out: [RawInput] = []
        let started = Date()
        wtimeout(liaison_stdscr(), timeoutMilliseconds)
        guard let first = readOne() else {
            if Date().timeIntervalSince(started) < 0.01 && pendingSignalNumber == 0 { fastEmptyReads += 1 }
            return out
        }
        fastEmptyReads = 0
        out.append(first)
        wtimeout(liaison_stdscr(), 0)
        while out.count < 8192, let next = readOne() { out.append(next) }
        return out
    }

    private func readOne() -> RawInput? {
        var ch: wint_t = 0
        let r = liaison_get_wch(&ch)
        if r == ERR { return nil }
        if r == liaison_key_code_yes() {
            return mapKeyCode(Int32(bitPattern: ch))
        }
        return .scalar(UInt32(ch))
    }

    private func mapKeyCode(_ code: Int32) -> RawInput? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(width: Int(liaison_cols()), height: Int(liaison_lines()))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return .click(x: Int(event.x), y: Int(event.y))
        default:
            for n in 1...12 where code == liaison_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    // MARK: Signals

    private func installSignalHandlers() {
        pendingSignalNumber = 0
        for s in stopSignals { install(s, handler: onStopSignal) }
        for s in crashSignals { install(s, handler: onCrashSignal) }
    }

    private func install(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0   // no SA_RESTART: a signal wakes the read so the loop sees it
        sigaction(signal, &action, previousActions + Int(signal))
    }

    private func restoreSignalHandlers() {
        for s in stopSignals + crashSignals { sigaction(s, previousActions + Int(s), nil) }
    }
}
