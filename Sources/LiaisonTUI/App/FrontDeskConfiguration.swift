import Foundation
import LiaisonCore

/// How the front desk starts, from the command line.
public struct FrontDeskConfiguration {
    public var language: Language
    /// `--theme NAME`; nil uses the user's remembered theme, else "default".
    public var themeName: String?
    /// `--ascii`: ASCII borders and bars for terminals that draw ambiguous-width characters wide.
    public var ascii: Bool
    /// Where `NAME.theme` files live (the repository's `Themes/`, or an installed copy).
    public var themesDirectory: URL
    /// Accept mouse clicks on tabs and the key bar.
    public var mouse: Bool
    /// Screens built by other parts of the program, by destination; a
    /// destination without one shows a "not built yet" screen.
    public var screens: [Destination: @Sendable () -> any Screen]
    /// The process environment (TERM, NO_COLOR, LANG…); injectable for tests.
    public var environment: [String: String]

    /// A real station asks who is at the desk, and locks after the idle time;
    /// the demo opens signed in as its receptionist.
    public var requireSignIn = false

    public init(language: Language, themeName: String? = nil, ascii: Bool = false,
                themesDirectory: URL, mouse: Bool = false,
                screens: [Destination: @Sendable () -> any Screen] = [:],
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.language = language
        self.themeName = themeName
        self.ascii = ascii
        self.themesDirectory = themesDirectory
        self.mouse = mouse
        self.screens = screens
        self.environment = environment
    }

    /// The `Themes/` folder next to the executable's package, found by walking
    /// up from `executable` (works for `swift run` and build folders); else `./Themes`.
    public static func defaultThemesDirectory(executable: String = CommandLine.arguments.first ?? ".") -> URL {
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.theme").path) {
                return candidate
            }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Themes")
    }
}
