import Foundation
import LiaisonCore

/// Finds and reads theme files (`NAME.theme`) in the themes directory.
public struct ThemeLoader: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The outcome of loading: the theme to use, and a message when the one
    /// asked for could not be used (the default is used instead).
    public struct Result: Sendable {
        public let theme: Theme
        public let problem: Bilingual?
    }

    /// Names of the theme files present, sorted, always including "default".
    public func available() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let names = files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }.filter(ThemeLoader.isValidName)
        return Array(Set(names + ["default"])).sorted()
    }

    /// A theme name is a plain word: it never reaches outside the directory.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40 && name.unicodeScalars.allSatisfy {
            ($0.isASCII && (CharacterSet.alphanumerics.contains($0))) || $0 == "-" || $0 == "_"
        }
    }

    /// Load `name`; on any failure fall back to the built-in default with a message.
    public func load(_ name: String) -> Result {
        guard ThemeLoader.isValidName(name) else {
            return Result(theme: .builtIn, problem: Catalogue.themeBadName(name))
        }
        let url = directory.appendingPathComponent(name + ".theme")
        guard let data = try? Data(contentsOf: url) else {
            if name == "default" { return Result(theme: .builtIn, problem: nil) }
            return Result(theme: .builtIn, problem: Catalogue.themeNotFound(name))
        }
        if data.count > ThemeParser.maximumBytes {
            return Result(theme: .builtIn, problem: Catalogue.themeBroken(name, line: 0, Catalogue.themeTooLarge))
        }
        let source = String(decoding: data, as: UTF8.self)
        do {
            return Result(theme: try ThemeParser.parse(source, name: name), problem: nil)
        } catch {
            let first = error.items.first ?? ThemeProblem(line: 0, message: Catalogue.themeTooLarge)
            return Result(theme: .builtIn, problem: Catalogue.themeBroken(name, line: first.line, first.message))
        }
    }
}
