import Foundation

/// The two languages every user-facing text exists in. Chinese is the default.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// `--lang` wins; else the first of LC_ALL, LC_MESSAGES, LANG that is set.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let lang = Language(rawValue: flag.lowercased()) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .zh
        }
        return .zh
    }
}

/// A text in both languages, chosen at the last moment.
public struct Bilingual: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .zh ? zh : en
    }
}

/// An error whose message exists in both languages and never carries personal data.
public protocol LiaisonError: Error, CustomStringConvertible {
    var message: Bilingual { get }
}

extension LiaisonError {
    public var description: String { message.en }
}
