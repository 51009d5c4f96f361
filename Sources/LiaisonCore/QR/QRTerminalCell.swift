import Foundation

/// One terminal cell of a QR code drawn on screen.
///
/// Half-block form: the cell shows two modules stacked, `text` is one of
/// "▀", "▄", "█" or " " and must be drawn dark on light (glyph in the dark
/// colour, background in the light one).
///
/// ASCII form (for terminals that draw blocks double wide): the cell is one
/// module, `text` is two spaces and `isDark` says whether the module is dark.
/// The screen paints `isDark` cells in reverse video (or a dark colour pair)
/// and the others plainly; on a light-on-dark terminal without colour, swap
/// the two so that the code keeps dark modules on a light ground.
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
