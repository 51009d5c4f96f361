import Foundation

/// One terminal cell of a QR code drawn on screen.
///
/// Half-block form: the cell shows two modules stacked, `text` is one of
/// "▀", "▄", "█" or " " and must be drawn dark on light (glyph in the dark
/// colour, background in the light one). ASCII form: the cell is one module,
/// `text` is two spaces, and `upperDark == lowerDark` says whether the
/// module is dark; the screen gives dark and light cells contrasting
/// backgrounds (colour pairs, or reverse video where there is no colour).
public struct QRTerminalCell: Sendable, Hashable {
    public let text: String
    /// Display columns the text takes: 1 for a half block, 2 for the ASCII form.
    public let width: Int
    public let upperDark: Bool
    public let lowerDark: Bool

    public init(text: String, width: Int, upperDark: Bool, lowerDark: Bool) {
        self.text = text
        self.width = width
        self.upperDark = upperDark
        self.lowerDark = lowerDark
    }

    /// ASCII form: the module is dark. Half-block form: both halves are dark.
    public var isDark: Bool { upperDark && lowerDark }

    /// The half-block glyph for two stacked modules, drawn in the dark colour.
    static func halfBlock(upper: Bool, lower: Bool) -> String {
        switch (upper, lower) {
        case (true, true): "█"
        case (true, false): "▀"
        case (false, true): "▄"
        case (false, false): " "
        }
    }
}
