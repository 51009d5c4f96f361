import LiaisonCore

/// A row of small bars for a series (opinions per day). The last values are
/// shown when the series is wider than the space.
public struct Sparkline: Sendable, Equatable {
    public var values: [Int]
    public init(_ values: [Int]) { self.values = values }

    /// The level glyph index (0…7) for each value, scaled to the largest.
    public func levels(count: Int) -> [Int] {
        let shown = Array(values.suffix(max(0, count)))
        let top = shown.max() ?? 0
        return shown.map { v in
            guard top > 0, v > 0 else { return 0 }
            return min(7, max(1, (v * 7 + top - 1) / top))
        }
    }

    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        let glyphs = levels(count: width).map { canvas.borders.levels[$0] }
        canvas.put(String(glyphs), x: x, y: y, element: .bar, clip: Rect(x: x, y: y, width: width, height: 1))
    }
}
