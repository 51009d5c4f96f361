import LiaisonCore

/// The bottom bar of keys: "F1 帮助  F2 接待登记 …". Key names in one style,
/// their meaning in another; entries that do not fit whole are left off.
public struct KeyBar: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let label: String
        public init(_ key: String, _ label: String) { self.key = key; self.label = label }
    }

    public var entries: [Entry]
    public init(_ entries: [Entry]) { self.entries = entries }

    /// Entries drawn and their x ranges (for mouse clicks). The last entry
    /// (quit) is always kept: entries before it give way when space is short.
    public func layout(x: Int, width: Int) -> [(index: Int, range: Range<Int>)] {
        var shown = Array(entries.indices)
        func total(_ ids: [Int]) -> Int {
            ids.map { DisplayWidth.of(entries[$0].key) + DisplayWidth.of(DisplaySanitizer.sanitize(entries[$0].label)) }
                .reduce(0, +) + max(0, ids.count - 1)
        }
        while shown.count > 1 && total(shown) > width { shown.remove(at: shown.count - 2) }
        var out: [(Int, Range<Int>)] = []
        var col = x
        for i in shown {
            let e = entries[i]
            let w = DisplayWidth.of(e.key) + DisplayWidth.of(DisplaySanitizer.sanitize(e.label))
            if col + w > x + width { break }
            out.append((i, col..<(col + w)))
            col += w + 1
        }
        return out
    }

    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), element: .keybar)
        for (i, range) in layout(x: x, width: width) {
            let e = entries[i]
            let kw = canvas.put(e.key, x: range.lowerBound, y: y, element: .keybarKey)
            canvas.put(e.label, x: range.lowerBound + kw, y: y, element: .keybar)
        }
    }
}
