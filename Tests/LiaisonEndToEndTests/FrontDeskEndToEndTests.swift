import Foundation
import LiaisonCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// The real `liaison` binary in a real terminal (tmux): no terminal mocks.
    /// Serialized because the machine has few cores and every test waits on screen
    /// output; each test still has its own tmux server and temporary folder.
    @Suite("Front desk in tmux", .serialized)
    struct FrontDeskEndToEndTests {
        /// `liaison demo --db FOLDER/demo.db …`: the command line under test.
        static func demoCommand(_ binary: URL, _ folder: URL, _ extra: [String] = []) -> [String] {
            [binary.path, "demo", "--db", folder.appendingPathComponent("demo.db").path] + extra
        }

        /// A tmux pane with the front desk open on a fresh demo database, or nil
        /// (with the reason recorded) when tmux or the binary is missing.
        func openDemo(_ name: String, language: String = "zh", extra: [String] = [], width: Int = 100, height: Int = 30,
                      environment: [String: String] = [:], tmux existing: Tmux? = nil) throws -> Tmux? {
            guard Tmux.isAvailable else {
                if ProcessInfo.processInfo.environment["LIAISON_SKIP_TMUX"] != "1" {
                    Issue.record("tmux is not installed (.ci/run installs it); set LIAISON_SKIP_TMUX=1 to skip")
                }
                return nil
            }
            guard let binary = LiaisonBinary.url else {
                Issue.record("the liaison binary was not found next to the tests; build it or set LIAISON_BIN")
                return nil
            }
            let t = try existing ?? Tmux(name: name, width: width, height: height, environment: environment)
            try t.launch(Self.demoCommand(binary, t.folder, ["--lang", language] + extra))
            let title = language == "zh" ? "联络站前台" : "Liaison front desk"
            let home = language == "zh" ? "前往" : "Go to"
            let opened = t.wait(timeout: 20) { $0.contains(title) && $0.contains(home) }
            #expect(opened, "front desk did not open:\n\(t.screen)")
            #expect(try t.state().alternate)
            return opened ? t : nil
        }

        func quitAndCheckRestored(_ t: Tmux, exitCode: Int = 0) throws {
            #expect(t.waitFor("EXIT:\(exitCode)"), "no EXIT:\(exitCode):\n\(t.screen)")
            #expect(t.waitState { !$0.alternate }, "terminal left on the alternate screen")
        }

        @Test("help, moving between screens with F-keys and Alt-digits, Esc back, quit restores the terminal")
        func navigation() throws {
            guard let t = try openDemo("nav") else { return }
            try t.keys("F1")
            #expect(t.waitFor("帮助：本页按键"))
            #expect(t.waitFor("本页：首页"))
            #expect(try t.capture().contains("F10  Ctrl-Q"))
            try t.keys("Escape")
            #expect(t.wait { !$0.contains("帮助：本页按键") })

            // F4 opens cases; its help names it, whoever built the screen.
            try t.keys("F4")
            try t.keys("F1")
            #expect(t.waitFor("本页：案件"), "\(t.screen)")
            try t.keys("Escape")
            #expect(t.wait { !$0.contains("帮助：本页按键") })
            try t.keys("Escape")
            #expect(t.waitFor("前往"))

            // Alt-3 (Esc then 3), for terminals that eat F-keys.
            try t.keys("M-3")
            try t.keys("F1")
            #expect(t.waitFor("本页：代表"), "\(t.screen)")
            try t.keys("Escape")
            try t.keys("Escape")
            #expect(t.waitFor("前往"))

            // `?` outside a text field is help too; F10 quits even from help.
            try t.type("?")
            #expect(t.waitFor("帮助：本页按键"))
            try t.keys("F10")
            try quitAndCheckRestored(t)
        }

        @Test("Chinese typed into a field lands whole, and the cursor sits right after it")
        func chineseInput() throws {
            guard let t = try openDemo("ime") else { return }
            try t.type("/")
            try t.type("案件")
            #expect(t.waitFor("查找：案件"))
            let lines = try t.lines()
            let row = try #require(lines.firstIndex { $0.contains("查找：案件") })
            let line = lines[row]
            let end = line.range(of: "查找：案件")!.upperBound
            let expectedX = DisplayWidth.of(String(line[..<end]))
            #expect(t.waitState { $0.x == expectedX && $0.y == row && $0.cursorVisible },
                    "cursor at \(t.stateText), expected column \(expectedX) row \(row)")

            // Backspace removes one character: the cursor moves back two columns.
            try t.keys("BSpace")
            #expect(t.waitState { $0.x == expectedX - 2 && $0.y == row })
            try t.type("件")
            #expect(t.waitState { $0.x == expectedX })

            // Enter opens the one match.
            try t.keys("Enter")
            try t.keys("F1")
            #expect(t.waitFor("本页：案件"), "\(t.screen)")
            try t.keys("C-q")
            try quitAndCheckRestored(t)
        }

        @Test("resizing to 60×20, to too small, and back never garbles or crashes")
        func resize() throws {
            guard let t = try openDemo("resize") else { return }
            try t.resize(width: 60, height: 20)
            #expect(t.wait { screen in
                let lines = screen.components(separatedBy: "\n")
                return lines.count >= 20 && lines[19].contains("F10退出") && lines[0].contains("联络站前台")
            }, "\(t.screen)")
            for line in try t.lines() { #expect(line.displayWidth <= 60, "too wide: \(line)") }
            try t.keys("F1")
            #expect(t.waitFor("帮助：本页按键"))
            try t.keys("Escape")

            try t.resize(width: 30, height: 10)
            #expect(t.waitFor("窗口太小"))
            try t.resize(width: 100, height: 30)
            #expect(t.waitFor("前往"))
            #expect(t.wait { $0.components(separatedBy: "\n")[29].contains("F10退出") })
            let pid = try #require(t.pid)
            #expect(kill(pid, 0) == 0, "the front desk died during resizing")
            try t.keys("F10")
            try quitAndCheckRestored(t)
        }

        @Test("a hang-up or termination signal leaves a clean terminal",
              arguments: [(SIGHUP, 129), (SIGTERM, 143), (SIGINT, 130)])
        func signals(signal: Int32, exitCode: Int) throws {
            guard let t = try openDemo("sig\(signal)") else { return }
            try t.type("/")
            try t.type("王小明")
            #expect(t.waitFor("查找：王小明"))
            let pid = try #require(t.pid)
            #expect(kill(pid, signal) == 0)
            #expect(t.waitState { !$0.alternate }, "terminal left on the alternate screen")
            #expect(t.wait { _ in kill(pid, 0) != 0 }, "the front desk is still running")
            // The process ends by the signal itself (status 128+n). The shell prints it,
            // except after SIGINT: then sh, like bash, abandons the rest of the line.
            if signal != SIGINT { #expect(t.waitFor("EXIT:\(exitCode)"), "\(t.screen)") }
        }

        @Test("a crash gives the terminal back before the process dies", arguments: [SIGSEGV, SIGABRT])
        func crash(signal: Int32) throws {
            // Without Swift's interactive backtracer the process dies by the signal at once.
            guard let t = try openDemo("crash\(signal)", environment: ["SWIFT_BACKTRACE": "enable=no"]) else { return }
            let pid = try #require(t.pid)
            #expect(kill(pid, signal) == 0)
            #expect(t.waitState { !$0.alternate }, "terminal left on the alternate screen")
            #expect(t.waitFor("EXIT:\(128 + signal)"), "\(t.screen)")
        }

        @Test("--ascii draws borders and bars in plain ASCII")
        func ascii() throws {
            guard let t = try openDemo("ascii", extra: ["--ascii"]) else { return }
            #expect(t.waitFor("+ 站点 -"))
            let screen = t.screen
            #expect(!screen.contains("│") && !screen.contains("─") && !screen.contains("█"))
            try t.keys("F10")
            try quitAndCheckRestored(t)
        }

        @Test("an SSH session without a UTF-8 locale still shows Chinese, lined up")
        func noUTF8Locale() throws {
            // LANG=C (common over SSH): the front desk falls back to C.UTF-8 itself.
            guard let t = try openDemo("locale", width: 80, height: 24, environment: ["LANG": "C", "LC_ALL": "C"]) else { return }
            let lines = try t.lines()
            #expect(lines[0].contains("联络站前台"))
            let frame = lines.filter { $0.hasPrefix("│") }
            #expect(!frame.isEmpty)
            for line in frame { #expect(line.displayWidth == 80, "misaligned: \(line)") }
            try t.keys("F10")
            try quitAndCheckRestored(t)
        }

        @Test("English with --lang en")
        func english() throws {
            guard let t = try openDemo("en", language: "en") else { return }
            try t.keys("F1")
            #expect(t.waitFor("Help: keys on this screen"))
            #expect(t.waitFor("This screen: Home"))
            try t.keys("F10")
            try quitAndCheckRestored(t)
        }

        @Test("a theme chosen with --theme is remembered for the next start")
        func themeRemembered() throws {
            guard let t = try openDemo("theme", extra: ["--theme", "night"]) else { return }
            try t.keys("F10")
            try quitAndCheckRestored(t)
            // Restart without --theme: the next theme after the remembered "night" is "default"
            // (themes cycle in name order: default, high-contrast, mono, night).
            guard try openDemo("theme", tmux: t) != nil else { return }
            try t.type("t")
            #expect(t.waitFor("配色主题：default"), "\(t.screen)")
            try t.keys("F10")
            #expect(t.wait { $0.components(separatedBy: "EXIT:0").count == 3 })
            #expect(t.waitState { !$0.alternate })
        }
    }

    @Suite("Front desk without a terminal")
    struct NoTerminalTests {
        @Test("says so in both languages and exits 2")
        func noTerminal() throws {
            guard let binary = LiaisonBinary.url else {
                Issue.record("the liaison binary was not found next to the tests; build it or set LIAISON_BIN")
                return
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-notty-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let p = Process()
            p.executableURL = binary
            p.arguments = ["demo", "--db", folder.appendingPathComponent("demo.db").path]
            p.environment = ["HOME": folder.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            let err = Pipe()
            p.standardError = err
            p.standardOutput = Pipe()
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 2)
            #expect(text.contains("需要在终端中运行"))
            #expect(text.contains("needs a terminal"))
        }
    }
}
