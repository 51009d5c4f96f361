import LiaisonCore

/// Hand-written argument parsing: options may stand before or after the
/// arguments, `--name value` or `--name=value`, and `--` ends the options
/// (a QR payload may begin with `-`).
struct Arguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Options that take a value; every other `--name` is a flag.
    static let valued: Set<String> = ["db", "lang", "theme", "station", "format", "since", "month", "ecc", "scale", "mask",
                                      "min-version", "representative", "opinions", "representatives", "stations", "seed",
                                      "to", "kind", "place", "from", "state", "category", "department", "session", "note",
                                      "deadline", "reason", "satisfaction", "into", "level", "limit", "out", "actor",
                                      "base-url", "phone", "text", "count", "key", "receipt", "role", "years", "user",
                                      "name", "title", "body"]
    static let knownFlags: Set<String> = ["help", "version", "reset", "ascii", "overdue", "open", "mouse", "no-mouse",
                                          "include-personal", "json", "force", "new-only", "all", "dry-run"]

    struct UsageError: Error {
        let message: Bilingual
    }

    static func parse(_ raw: [String]) throws -> Arguments {
        var result = Arguments()
        var i = 0
        var optionsEnded = false
        while i < raw.count {
            let arg = raw[i]
            i += 1
            if optionsEnded || !arg.hasPrefix("-") || arg == "-" {
                result.positionals.append(arg)
                continue
            }
            if arg == "--" { optionsEnded = true; continue }
            if arg == "-h" { result.flags.insert("help"); continue }
            if arg == "-V" { result.flags.insert("version"); continue }
            guard arg.hasPrefix("--") else {
                throw UsageError(message: Bilingual("未知选项 \(arg)", "unknown option \(arg)"))
            }
            var name = String(arg.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if valued.contains(name) {
                if value == nil {
                    guard i < raw.count else {
                        throw UsageError(message: Bilingual("选项 --\(name) 需要一个值", "option --\(name) needs a value"))
                    }
                    value = raw[i]
                    i += 1
                }
                result.options[name] = value
            } else if knownFlags.contains(name) {
                guard value == nil else {
                    throw UsageError(message: Bilingual("选项 --\(name) 不带值", "option --\(name) takes no value"))
                }
                result.flags.insert(name)
            } else {
                throw UsageError(message: Bilingual("未知选项 --\(name)（见 liaison --help）", "unknown option --\(name) (see liaison --help)"))
            }
        }
        return result
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    subscript(_ option: String) -> String? { options[option] }

    func int(_ option: String) throws -> Int? {
        guard let text = options[option] else { return nil }
        guard let value = Int(text) else {
            throw UsageError(message: Bilingual("选项 --\(option) 需要整数，而不是“\(text)”", "option --\(option) needs a whole number, not “\(text)”"))
        }
        return value
    }
}
