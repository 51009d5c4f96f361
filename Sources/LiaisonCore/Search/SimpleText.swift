/// Text made only of characters that are one Unicode scalar each and never
/// join a neighbour (ASCII without CR, CJK ideographs and punctuation,
/// full-width forms): character offsets are scalar offsets, so search
/// highlighting can skip grapheme breaking and Foundation's string search.
enum SimpleText {
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A, 0x20...0x7E, 0xB7, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }

    /// The case-folded scalar values of `text`, or nil when some character is not simple.
    static func scalars(_ text: String) -> [UInt32]? {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard isSimple(s.value) else { return nil }
            out.append(s.value)
        }
        return out
    }

    /// ASCII and full-width letters in lower case; everything else as is.
    @inline(__always)
    static func folded(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A, 0xFF21...0xFF3A: return v + 0x20
        default: return v
        }
    }

    /// Non-overlapping occurrences of `term` in `text`, left to right, ignoring letter case.
    static func occurrences(of term: [UInt32], in text: [UInt32]) -> [Range<Int>] {
        let m = term.count, n = text.count
        guard m > 0, m <= n else { return [] }
        let wanted = term.map(folded)
        var found: [Range<Int>] = []
        var i = 0
        while i <= n - m {
            var k = 0
            while k < m, folded(text[i + k]) == wanted[k] { k += 1 }
            if k == m {
                found.append(i..<(i + m))
                i += m
            } else {
                i += 1
            }
        }
        return found
    }
}
