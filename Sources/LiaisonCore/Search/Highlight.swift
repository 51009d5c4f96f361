import Foundation

/// A line of text with the stretches that matched a search, as character
/// offsets (Swift `Character` counts), so a screen can draw them in reverse.
public struct Highlighted: Sendable, Hashable {
    public var text: String
    public var ranges: [Range<Int>]

    public init(_ text: String, ranges: [Range<Int>] = []) {
        self.text = text
        self.ranges = ranges
    }

    /// The text cut into (piece, highlighted) runs, in order.
    public var segments: [(text: String, highlighted: Bool)] {
        let chars = Array(text)
        var out: [(String, Bool)] = []
        var position = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound >= position && r.upperBound <= chars.count {
            if r.lowerBound > position { out.append((String(chars[position..<r.lowerBound]), false)) }
            out.append((String(chars[r]), true))
            position = r.upperBound
        }
        if position < chars.count { out.append((String(chars[position...]), false)) }
        return out
    }

    /// Every occurrence of every term (case-insensitive), merged; nil when a term is missing.
    public static func find(terms: [String], in text: String) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        for term in terms {
            var found = false
            var searchStart = text.startIndex
            while searchStart < text.endIndex,
                  let r = text.range(of: term, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                found = true
                let lower = text.distance(from: text.startIndex, to: r.lowerBound)
                ranges.append(lower..<(lower + text.distance(from: r.lowerBound, to: r.upperBound)))
                searchStart = r.upperBound
            }
            if !found { return nil }
        }
        return merge(ranges)
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// A window of at most `width` characters around the first match, ranges shifted to it.
    public static func snippet(_ text: String, ranges: [Range<Int>], width: Int = 60) -> Highlighted {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        let chars = Array(flat)
        guard chars.count > width else { return Highlighted(flat, ranges: ranges) }
        let first = ranges.first?.lowerBound ?? 0
        let start = max(0, min(first - width / 4, chars.count - width))
        let end = min(chars.count, start + width)
        var piece = String(chars[start..<end])
        var shift = -start
        if start > 0 { piece = "..." + piece; shift += 3 }
        if end < chars.count { piece += "..." }
        let shifted = ranges.compactMap { r -> Range<Int>? in
            let lo = max(r.lowerBound, start), hi = min(r.upperBound, end)
            return lo < hi ? (lo + shift)..<(hi + shift) : nil
        }
        return Highlighted(piece, ranges: shifted)
    }

    /// Converts a `String.Index` range of `text` to character offsets.
    public static func offsets(of range: Range<String.Index>, in text: String) -> Range<Int> {
        let lower = text.distance(from: text.startIndex, to: range.lowerBound)
        return lower..<(lower + text.distance(from: range.lowerBound, to: range.upperBound))
    }
}
