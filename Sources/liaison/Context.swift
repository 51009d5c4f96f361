import Foundation
import LiaisonCore

/// What every command needs: the language, where the database is, and output.
final class Context {
    let arguments: Arguments
    let language: Language
    let environment: [String: String]

    init(arguments: Arguments, environment: [String: String]) throws {
        self.arguments = arguments
        self.environment = environment
        if let lang = arguments["lang"], Language(rawValue: lang) == nil {
            throw Arguments.UsageError(message: Bilingual("--lang 只能是 zh 或 en", "--lang must be zh or en"))
        }
        language = Language.resolve(flag: arguments["lang"], environment: environment)
    }

    /// `--db`, else `$LIAISON_DB`, else `$XDG_DATA_HOME/liaison/liaison.db` (XDG default ~/.local/share).
    func databasePath(defaultName: String = "liaison.db") -> String {
        if let path = arguments["db"], !path.isEmpty { return path }
        if defaultName == "liaison.db", let path = environment["LIAISON_DB"], !path.isEmpty { return path }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/liaison/" + defaultName
    }

    func ensureParentDirectory(of path: String) throws {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func reference() throws -> ReferenceData {
        let data = try ReferenceData.loadDefault()
        for warning in data.warnings {
            err(language == .zh ? "警告：数据文件有无法读取的行 \(warning)" : "warning: unreadable line in data file \(warning)")
        }
        return data
    }

    func openStore(path: String? = nil) throws -> StationDatabase {
        let store = try StationDatabase(path: path ?? databasePath(), reference: try reference())
        store.actor = arguments["actor"] ?? environment["USER"] ?? "cli"
        // Every write from a desk or a command is recorded for the next sync bundle.
        store.startSyncCapture()
        return store
    }

    func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func say(_ text: Bilingual) { say(text(language)) }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func err(_ text: Bilingual) { err(text(language)) }

    func write(_ data: Data, to path: String?) throws {
        if let path, path != "-" {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// Exit codes per DESIGN.md: 0 done, 1 failed, 2 usage.
enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}
