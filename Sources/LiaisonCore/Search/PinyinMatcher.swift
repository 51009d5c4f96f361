/// One typed query, prepared once and tried against many names.
///
/// A query matches when it can be spelled by consecutive characters of the
/// name, each character giving one of its readings as: its first letter, its
/// initial consonant (zh/ch/sh), or the whole reading; the last character may
/// give any prefix. So `wxm`, `wangxm`, `zhsan`, `xiaoming`, `wangxiaom` all
/// find 王小明/张三, while a polyphonic 单 counts as dan, chan and shan. Latin
/// letters and digits match themselves case-insensitively, a typed Han
/// character matches itself, `u` may stand for `ü` (`lv`/`lu` for 吕), and
/// spaces and punctuation are ignored on both sides.
public struct PinyinMatcher: Sendable {
    /// Longer queries never match (a name is far shorter); this keeps the
    /// set of reachable query positions in one 64-bit word.
    public static let maximumQueryLength = 63

    private let table: Pinyin
    private let query: [UInt32]

    init(table: Pinyin, query: String) {
        self.table = table
        self.query = query.unicodeScalars.compactMap { PinyinText.literal($0)?.value }
    }

    /// True when the query has nothing to match with (empty or only
    /// punctuation), or is longer than `maximumQueryLength`.
    public var isEmpty: Bool { query.isEmpty || query.count > Self.maximumQueryLength }

    public func matches(_ name: String) -> Bool {
        firstMatch(in: name) != nil
    }

    /// The leftmost-ending stretch of `name` the query spells, for highlighting.
    public func firstMatch(in name: String) -> Range<String.Index>? {
        guard !isEmpty else { return nil }
        let q = query.count
        let goal: UInt64 = 1 << UInt64(q)
        // starts[p]: where in the name the path that spelled query[0..<p] began.
        return withUnsafeTemporaryAllocation(of: String.Index.self, capacity: q + 1) { starts in
            starts.initialize(repeating: name.startIndex)
            let scalars = name.unicodeScalars
            var reach: UInt64 = 0  // bit p: query[0..<p] spelled, ending just here
            var index = scalars.startIndex
            while index < scalars.endIndex {
                let scalar = scalars[index]
                let after = scalars.index(after: index)
                let readings = table.readingRange(scalar.value)
                let value: UInt32
                if !readings.isEmpty {
                    value = scalar.value
                } else if let literal = PinyinText.literal(scalar) {
                    value = literal.value
                } else {
                    index = after  // punctuation: neither breaks nor extends a match
                    continue
                }
                starts[0] = index  // a match may begin at any character
                var next: UInt64 = 0
                var from = reach | 1
                // Highest position first, so starts[p + k] (k ≥ 1) is written
                // only after that position has been read as a source.
                while from != 0 {
                    let p = 63 - from.leadingZeroBitCount
                    from &= ~(1 << UInt64(p))
                    let start = starts[p]
                    if query[p] == value {
                        next |= 1 << UInt64(p + 1)
                        starts[p + 1] = start
                    }
                    for slot in readings {
                        next |= advance(from: p, reading: table.readingIDs[slot], start: start, starts: starts)
                    }
                }
                reach = next
                if reach & goal != 0 { return starts[q]..<after }
                index = after
            }
            return nil
        }
    }

    /// Query positions reachable from `p` by spelling part of one reading;
    /// records `start` for each.
    @inline(__always)
    private func advance(
        from p: Int, reading id: UInt16, start: String.Index, starts: UnsafeMutableBufferPointer<String.Index>
    ) -> UInt64 {
        let letters = table.syllable(id)
        let q = query.count
        let length = letters.count
        let first = letters.first ?? 0
        let isDoubleInitial = length >= 2 && letters[letters.startIndex + 1] == UInt8(ascii: "h")
            && (first == UInt8(ascii: "z") || first == UInt8(ascii: "c") || first == UInt8(ascii: "s"))
        let initialLength = isDoubleInitial ? 2 : 1
        var reached: UInt64 = 0
        var k = 0
        for letter in letters {
            guard p + k < q else { break }
            let typed = query[p + k], wanted = UInt32(letter)
            guard typed == wanted || (typed == 0x75 && wanted == 0x76) else { break }  // u for ü (v)
            k += 1
            if k == 1 || k == length || k == initialLength || p + k == q {
                reached |= 1 << UInt64(p + k)
                starts[p + k] = start
            }
        }
        return reached
    }
}
