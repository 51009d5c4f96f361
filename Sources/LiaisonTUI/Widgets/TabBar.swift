import LiaisonCore

/// A row of tab titles, the active one highlighted. Titles that do not fit
/// are left off at the right (the active one is always kept).
public struct TabBar: Sendable, Equatable {
    public var titles: [String]
    public var active: Int

    public init(titles: [String], active: Int) {
        self.titles = titles
        self.active = active
    }

    /// Cell ranges of the drawn tabs, for mouse clicks: (index, x range).
    public func layout(x: Int, width: Int) -> [(index: Int, range: Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        var col = x
        for (i, t) in titles.enumerated() {
            let w = DisplayWidth.of(DisplaySanitizer.sanitize(t)) + 2
            if col + w > x + width { break }
            out.append((i, col..<(col + w)))
            col += w + 1
        }
        return out
    }

    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), element: .tab)
        for (i, range) in layout(x: x, width: width) {
            canvas.put(" " + titles[i] + " ", x: range.lowerBound, y: y,
                       element: i == active ? .tabActive : .tab, clip: Rect(x: x, y: y, width: width, height: 1))
        }
    }
}
