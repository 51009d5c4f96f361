import Foundation

/// A QR code laid out in terminal cells, quiet zone included, for a screen
/// to draw. No terminal calls here: the screen decides colours and attributes.
public struct QRTerminalLines: Sendable, Hashable {
    /// Top to bottom; every row has the same number of cells.
    public let rows: [[QRTerminalCell]]
    /// True for the two-spaces-per-module form (for terminals where the
    /// block characters are ambiguous-width), false for half blocks.
    public let ascii: Bool

    public init(rows: [[QRTerminalCell]], ascii: Bool) {
        self.rows = rows
        self.ascii = ascii
    }

    /// Display columns needed: n + 8 for half blocks, 2 (n + 8) for ASCII.
    public var width: Int {
        rows.first.map { $0.reduce(0) { $0 + $1.width } } ?? 0
    }

    /// Terminal rows needed: ⌈(n + 8) / 2⌉ for half blocks, n + 8 for ASCII.
    public var height: Int { rows.count }

    /// The rows as plain text, without any colour or attribute.
    public var plainLines: [String] {
        rows.map { $0.map(\.text).joined() }
    }
}
