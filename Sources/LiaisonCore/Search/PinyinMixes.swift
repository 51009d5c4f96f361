import Foundation

/// The index ranges that find names a mixed pinyin query spells from the
/// start of the name: whole readings for the first characters, then initials
/// (`wangxm` → initials from `wxm`, full pinyin from `wang`; `wxmi` →
/// initials from `wxm`). Each range pairs an initials prefix with a full
/// pinyin prefix, so the (initials, full) index answers it without reading
/// names that cannot match. Plain initials and plain full pinyin (`wxm`,
/// `wangxiaom`) are not repeated here: the caller searches those first.
struct PinyinMixes {
    struct Range: Hashable {
        /// The stored initials start with this.
        let initials: String
        /// The stored full pinyin starts with this.
        let full: String
    }

    /// At most this many ranges for one query; the most specific come first.
    static let maximumRanges = 12

    private let syllables: Set<[UInt8]>
    private let syllablePrefixes: Set<[UInt8]>
    private let longestSyllable: Int

    init(pinyin: Pinyin) {
        var all = Set<[UInt8]>()
        var prefixes = Set<[UInt8]>()
        var longest = 0
        for id in 0..<(pinyin.syllableOffsets.count - 1) {
            let letters = Array(pinyin.syllable(UInt16(id)))
            guard !letters.isEmpty else { continue }
            all.insert(letters)
            longest = max(longest, letters.count)
            for n in 1...letters.count { prefixes.insert(Array(letters[0..<n])) }
        }
        syllables = all
        syllablePrefixes = prefixes
        longestSyllable = longest
    }

    /// The ranges for a lower-case ASCII query (letters only), or none.
    func ranges(for query: String) -> [Range] {
        let q = Array(query.utf8)
        guard !q.isEmpty, q.count <= PinyinMatcher.maximumQueryLength,
              q.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return [] }
        var found: [(range: Range, weight: Int)] = []
        var seen = Set<Range>()
        var budget = 4_000  // a long run of one-letter syllables (`aaaa…`) must not explode

        func emit(_ initials: [UInt8], _ full: [UInt8], afterFull: Int, collapsed: Bool) {
            // One character after the whole readings is just a longer full-pinyin
            // prefix, and initials alone are the plain initials range: both searched already.
            guard afterFull >= 2 || collapsed else { return }
            // Initials alone: a wide range, kept only when specific and not the plain one.
            guard !full.isEmpty || (collapsed && initials.count >= 2) else { return }
            let range = Range(initials: String(decoding: initials, as: UTF8.self), full: String(decoding: full, as: UTF8.self))
            if seen.insert(range).inserted { found.append((range, initials.count * 8 + full.count)) }
        }

        // After the whole readings: initials (zh/ch/sh count as one), the last maybe partly spelled.
        func initialsPhase(_ pos: Int, _ initials: [UInt8], _ full: [UInt8], afterFull: Int, collapsed: Bool) {
            budget -= 1
            guard found.count < 64, budget > 0 else { return }
            if pos == q.count {
                emit(initials, full, afterFull: afterFull, collapsed: collapsed)
                return
            }
            let rest = Array(q[pos...])
            if rest.count >= 2, syllablePrefixes.contains(rest) {
                emit(initials + [q[pos]], full, afterFull: afterFull + 1, collapsed: true)
            }
            initialsPhase(pos + 1, initials + [q[pos]], full, afterFull: afterFull + 1, collapsed: collapsed)
            if pos + 1 < q.count, q[pos + 1] == UInt8(ascii: "h"),
               [UInt8(ascii: "z"), UInt8(ascii: "c"), UInt8(ascii: "s")].contains(q[pos]) {
                initialsPhase(pos + 2, initials + [q[pos]], full, afterFull: afterFull + 1, collapsed: true)
            }
        }

        // Whole readings from the start of the name.
        func fullPhase(_ pos: Int, _ initials: [UInt8]) {
            budget -= 1
            guard budget > 0 else { return }
            initialsPhase(pos, initials, Array(q[0..<pos]), afterFull: 0, collapsed: false)
            guard pos < q.count else { return }
            for length in stride(from: min(longestSyllable, q.count - pos), through: 1, by: -1)
            where syllables.contains(Array(q[pos..<(pos + length)])) {
                fullPhase(pos + length, initials + [q[pos]])
            }
        }

        fullPhase(0, [])
        // A range inside another one adds nothing.
        let ranges = found.map(\.range)
        let kept = found.filter { candidate in
            !ranges.contains { other in
                other != candidate.range && candidate.range.initials.hasPrefix(other.initials)
                    && candidate.range.full.hasPrefix(other.full)
            }
        }
        return kept.sorted { $0.weight > $1.weight }.prefix(Self.maximumRanges).map(\.range)
    }
}

extension PinyinMixes {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: (key: [Int], mixes: PinyinMixes)?

    /// The syllable sets of a table, built once per table (the process shares one).
    static func shared(_ pinyin: Pinyin) -> PinyinMixes {
        let key = [pinyin.characterCount, pinyin.syllableOffsets.count, pinyin.syllableBytes.count, pinyin.readingIDs.count]
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.key == key { return cached.mixes }
        let mixes = PinyinMixes(pinyin: pinyin)
        cached = (key, mixes)
        return mixes
    }
}
