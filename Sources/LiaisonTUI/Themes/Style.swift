/// A colour as a theme names it. `.indexed` covers the 256-colour palette;
/// terminals with 8 colours get the nearest basic one.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case indexed(Int)   // 0...255; 0...7 are the basic colours

    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parse `default`, a basic name, `bright-NAME`, or `color0`…`color255`.
    public init?(parsing word: String) {
        let w = word.lowercased()
        if w == "default" || w == "-" { self = .terminalDefault; return }
        if let i = ThemeColor.names.firstIndex(of: w) { self = .indexed(i); return }
        if w.hasPrefix("bright-"), let i = ThemeColor.names.firstIndex(of: String(w.dropFirst(7))) {
            self = .indexed(i + 8); return
        }
        if w.hasPrefix("color"), w.count <= 8, let n = Int(w.dropFirst(5)), (0...255).contains(n) {
            self = .indexed(n); return
        }
        return nil
    }

    /// The nearest of the 8 basic colours, for terminals that have only those.
    public var basic: ThemeColor {
        guard case .indexed(let n) = self else { return self }
        if n < 8 { return self }
        if n < 16 { return .indexed(n - 8) }
        if n >= 232 { return .indexed(n < 244 ? 0 : 7) }     // grey ramp
        let c = n - 16
        let r = c / 36, g = (c / 6) % 6, b = c % 6           // 6×6×6 cube
        let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
        return .indexed(bits)
    }
}

/// Text attributes a theme may ask for.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)

    public static let byName: [String: TextAttributes] = [
        "bold": .bold, "underline": .underline, "reverse": .reverse, "dim": .dim,
        "none": [], "normal": [],
    ]
}

/// What one theme element looks like.
public struct Style: Equatable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(_ foreground: ThemeColor = .terminalDefault, _ background: ThemeColor = .terminalDefault,
                _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
