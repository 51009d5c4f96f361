import Foundation
import LiaisonCore

/// The front desk's entry point: runs the terminal loop until the user quits.
public enum FrontDesk {
    /// Exit code when there is no terminal (usage error, per DESIGN.md).
    public static let noTerminalExitCode: Int32 = 2

    /// Open the front desk on `dataSource`. Returns the process exit code:
    /// 0 after quitting, 2 without a terminal, 1 when the terminal cannot start.
    /// On SIGINT/SIGTERM/SIGHUP it saves drafts, restores the terminal and
    /// ends the process by that signal.
    public static func run(configuration: FrontDeskConfiguration, dataSource: FrontDeskDataSource) -> Int32 {
        guard NCursesBackend.hasTerminal() else {
            let text = Catalogue.noTerminal.zh + "\n" + Catalogue.noTerminal.en + "\n"
                + Catalogue.noTerminalHint.zh + "\n" + Catalogue.noTerminalHint.en + "\n"
            FileHandle.standardError.write(Data(text.utf8))
            return noTerminalExitCode
        }
        let backend = NCursesBackend()
        guard backend.start(environment: configuration.environment, mouse: configuration.mouse) else {
            let text = Catalogue.terminalFailed.zh + "\n" + Catalogue.terminalFailed.en + "\n"
            FileHandle.standardError.write(Data(text.utf8))
            return 1
        }
        var model = AppModel(configuration: configuration, data: dataSource)
        let initial = backend.size
        model.handle(.resize(width: initial.width, height: initial.height), data: dataSource)
        var appliedTheme = model.theme
        backend.apply(theme: appliedTheme, environment: configuration.environment)
        var lastToken = dataSource.changeToken()
        var lastPoll = Date()
        var dirty = true

        while true {
            if dirty {
                let size = backend.size
                backend.draw(model.render(width: size.width, height: size.height))
                dirty = false
            }
            let burst = backend.readBurst(timeoutMilliseconds: 250)
            if let signal = backend.takePendingSignal() {
                model.saveDrafts(to: dataSource)
                backend.stop()
                NCursesBackend.reraise(signal)
            }
            if backend.inputLooksClosed {
                model.saveDrafts(to: dataSource)
                backend.stop()
                return 129   // as if hung up
            }
            let now = Date()
            for event in KeyDecoder.decode(burst) {
                model.handle(event, data: dataSource, now: now)
                dirty = true
                if model.wantsQuit { break }
            }
            if model.wantsQuit { break }
            if now.timeIntervalSince(lastPoll) >= 1 {
                lastPoll = now
                let token = dataSource.changeToken()
                if token != lastToken {
                    lastToken = token
                    model.reloadCurrent(from: dataSource, now: now)
                    dirty = true
                }
            }
            if model.tick(now: now) { dirty = true }
            if model.theme != appliedTheme {
                appliedTheme = model.theme
                backend.apply(theme: appliedTheme, environment: configuration.environment)
                dirty = true
            }
        }
        model.saveDrafts(to: dataSource)
        backend.stop()
        return 0
    }
}
