import LiaisonCore

/// Horizontal bars: label, bar scaled to the largest value, number.
public struct BarChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Int
        public let element: ThemeElement
        public init(_ label: String, _ value: Int, element: ThemeElement = .bar) {
            self.label = label
            self.value = value
            self.element = element
        }
    }

    public var bars: [Bar]
    public init(_ bars: [Bar]) { self.bars = bars }

    /// Cells of bar for `value` when the longest bar has `room` cells. A
    /// non-zero value always gets at least one cell, so it is never invisible.
    public func length(of value: Int, room: Int) -> Int {
        let top = bars.map(\.value).max() ?? 0
        guard top > 0, value > 0, room > 0 else { return 0 }
        return max(1, value * room / top)
    }

    public func render(into canvas: inout Canvas, rect: Rect) {
        guard !rect.isEmpty else { return }
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, max(4, rect.width / 3))
        let numberWidth = max(1, bars.map { String($0.value).count }.max() ?? 1)
        let room = max(0, rect.width - labelWidth - numberWidth - 2)
        for (row, bar) in bars.prefix(rect.height).enumerated() {
            let y = rect.y + row
            canvas.putFitted(bar.label, x: rect.x, y: y, width: labelWidth)
            let n = length(of: bar.value, room: room)
            canvas.put(String(repeating: String(canvas.borders.block), count: n), x: rect.x + labelWidth + 1, y: y,
                       element: bar.element, clip: rect)
            canvas.putFitted(String(bar.value), x: rect.x + labelWidth + 1 + room + 1, y: y, width: numberWidth,
                             element: .accent, alignRight: true, clip: rect)
        }
    }
}
