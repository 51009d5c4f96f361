import Foundation
import LiaisonCore

/// One problem found in a theme file, with its line number.
public struct ThemeProblem: Error, Equatable, Sendable {
    public let line: Int
    public let message: Bilingual

    public init(line: Int, message: Bilingual) {
        self.line = line
        self.message = message
    }
}

/// Reads the theme format: one `element = foreground background attributes…`
/// per line, `#` starts a comment, blank lines are ignored. Any input — binary,
/// huge, malformed — yields a theme or a list of problems, never a crash.
public enum ThemeParser {
    /// Files larger than this are refused whole (a theme is a few hundred bytes).
    public static let maximumBytes = 64 * 1024

    /// Parse `source`. Throws `[ThemeProblem]` (as `ThemeProblems`) if any line is wrong.
    public static func parse(_ source: String, name: String) throws(ThemeProblems) -> Theme {
        var styles: [ThemeElement: Style] = [:]
        var problems: [ThemeProblem] = []
        if source.utf8.count > maximumBytes {
            throw ThemeProblems(items: [ThemeProblem(line: 0, message: Catalogue.themeTooLarge)])
        }
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if problems.count >= 20 { break }   // enough to explain; don't flood the screen
            let lineNumber = index + 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let eq = trimmed.firstIndex(of: "=") else {
                problems.append(ThemeProblem(line: lineNumber, message: Catalogue.themeMissingEquals))
                continue
            }
            let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let words = trimmed[trimmed.index(after: eq)...].split(whereSeparator: { $0 == " " || $0 == "\t" })
                .map(String.init)
            guard let element = ThemeElement(rawValue: key) else {
                problems.append(ThemeProblem(line: lineNumber, message: Catalogue.themeUnknownElement(key)))
                continue
            }
            guard words.count >= 2 else {
                problems.append(ThemeProblem(line: lineNumber, message: Catalogue.themeNeedsTwoColors))
                continue
            }
            guard let fg = ThemeColor(parsing: words[0]) else {
                problems.append(ThemeProblem(line: lineNumber, message: Catalogue.themeUnknownColor(words[0])))
                continue
            }
            guard let bg = ThemeColor(parsing: words[1]) else {
                problems.append(ThemeProblem(line: lineNumber, message: Catalogue.themeUnknownColor(words[1])))
                continue
            }
            var attributes: TextAttributes = []
            var bad = false
            for word in words.dropFirst(2) {
                guard let a = TextAttributes.byName[word.lowercased()] else {
                    problems.append(ThemeProblem(line: lineNumber, message: Catalogue.themeUnknownAttribute(word)))
                    bad = true
                    break
                }
                attributes.formUnion(a)
            }
            if !bad { styles[element] = Style(fg, bg, attributes) }
        }
        if !problems.isEmpty { throw ThemeProblems(items: problems) }
        if styles[.normal] == nil { styles[.normal] = Style() }
        return Theme(name: name, styles: styles)
    }
}

/// All the problems of one theme file.
public struct ThemeProblems: Error, Equatable, Sendable {
    public let items: [ThemeProblem]
    public init(items: [ThemeProblem]) { self.items = items }

    /// The first problem as one line, e.g. "theme night, line 3: unknown colour 'purplish'".
    public func summary(themeName: String, language: Language) -> String {
        guard let first = items.first else { return "" }
        return Catalogue.themeBroken(themeName, line: first.line, first.message)(language)
    }
}
