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
        // Most stored text is Chinese, ASCII and full-width forms: one scalar per
        // character, so offsets are scalar offsets and no Foundation search is needed.
        if let scalars = SimpleText.scalars(text) {
            var ranges: [Range<Int>] = []
            for term in terms {
                guard let wanted = SimpleText.scalars(term) else { return foundationFind(terms: terms, in: text) }
                let found = SimpleText.occurrences(of: wanted, in: scalars)
                if found.isEmpty { return nil }
                ranges.append(contentsOf: found)
            }
            return merge(ranges)
        }
        return foundationFind(terms: terms, in: text)
    }

    static func foundationFind(terms: [String], in text: String) -> [Range<Int>]? {
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
        let flat = text.utf8.contains(10) ? text.replacingOccurrences(of: "\n", with: " ") : text
        if let scalars = SimpleText.scalars(flat) {
            guard scalars.count > width else { return Highlighted(flat, ranges: ranges) }
            return window(scalars.count, ranges: ranges, width: width) { range in
                String(String.UnicodeScalarView(flat.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)))
            }
        }
        let chars = Array(flat)
        guard chars.count > width else { return Highlighted(flat, ranges: ranges) }
        return window(chars.count, ranges: ranges, width: width) { String(chars[$0]) }
    }

    /// The cut of `snippet`: `piece` gives the text of a character range.
    private static func window(_ count: Int, ranges: [Range<Int>], width: Int, piece text: (Range<Int>) -> String) -> Highlighted {
        let first = ranges.first?.lowerBound ?? 0
        let start = max(0, min(first - width / 4, count - width))
        let end = min(count, start + width)
        var piece = text(start..<end)
        var shift = -start
        if start > 0 { piece = "..." + piece; shift += 3 }
        if end < count { piece += "..." }
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
