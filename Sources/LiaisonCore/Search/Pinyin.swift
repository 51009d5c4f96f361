import Foundation

/// Pinyin readings of Han characters, for finding names by `wxm` or
/// `wangxiaoming`. Loaded once at start-up from `Data/pinyin.tsv` (made by
/// `Scripts/make_pinyin_table.py`): one line per character,
/// `行<TAB>xing,hang,heng`, most common reading first, `#` starts a comment.
///
/// Storage is compact and lookup is two array reads: ~430 distinct syllables
/// are interned, each character keeps a run of syllable numbers, and a
/// two-level page table maps a code point to its run.
public struct Pinyin: Sendable, CustomStringConvertible {
    /// A malformed table line (1-based line number), or an unreadable file.
    public struct TableError: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "pinyin table line \(line): \(reason)" }
    }

    // All syllables' letters end to end; syllable i is
    // syllableBytes[syllableOffsets[i] ..< syllableOffsets[i + 1]].
    let syllableBytes: [UInt8]
    let syllableOffsets: [UInt32]
    // Per character, a run of syllable numbers, most common first.
    let readingIDs: [UInt16]
    // Code point >> 8 → page number, or -1. Entries of page n are
    // entries[n * 256 ..< n * 256 + 256], each (run start << 8 | run length), 0 if none.
    let pageIndex: [Int32]
    let entries: [UInt32]

    /// Number of characters that have at least one reading.
    public let characterCount: Int

    /// Short, so a failing test or a log line does not dump the arrays.
    public var description: String {
        "Pinyin(\(characterCount) characters, \(syllableOffsets.count - 1) syllables)"
    }

    /// Loads the table from a file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TableError(line: 0, reason: "cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(tableData: data)
    }

    /// Loads the table from the file's text.
    public init(tableText: String) throws {
        var text = tableText
        self = try text.withUTF8 { try Pinyin(parsing: UnsafeRawBufferPointer($0)) }
    }

    /// Loads the table from the file's bytes (UTF-8).
    public init(tableData: Data) throws {
        self = try tableData.withUnsafeBytes { try Pinyin(parsing: $0) }
    }

    private init(parsing bytes: UnsafeRawBufferPointer) throws {
        var builder = PinyinTableBuilder()
        try builder.parse(bytes)
        syllableBytes = builder.syllableBytes
        syllableOffsets = builder.syllableOffsets
        readingIDs = builder.readingIDs
        pageIndex = builder.pageIndex
        entries = builder.entries
        characterCount = builder.characterCount
    }

    // MARK: - Lookup

    /// The run of syllable numbers for a code point (empty if it has none).
    @inline(__always)
    func readingRange(_ value: UInt32) -> Range<Int> {
        let pageSlot = Int(value >> 8)
        guard pageSlot < pageIndex.count else { return 0..<0 }
        let page = pageIndex[pageSlot]
        guard page >= 0 else { return 0..<0 }
        let entry = entries[Int(page) << 8 | Int(value & 0xff)]
        let start = Int(entry >> 8)
        return start..<(start + Int(entry & 0xff))
    }

    /// The letters of syllable number `id`.
    func syllable(_ id: UInt16) -> ArraySlice<UInt8> {
        syllableBytes[Int(syllableOffsets[Int(id)])..<Int(syllableOffsets[Int(id) + 1])]
    }

    /// Every reading of a character, most common first; empty when the
    /// character is not a Han character the table knows.
    public func readings(of character: Unicode.Scalar) -> [String] {
        readingRange(character.value).map { String(decoding: syllable(readingIDs[$0]), as: UTF8.self) }
    }

    /// Every reading of a one-scalar character (see `readings(of:)`).
    public func readings(of character: Character) -> [String] {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return [] }
        return readings(of: scalar)
    }

    // MARK: - Keys for display and sorting

    /// Full pinyin of a text with each character's most common reading:
    /// `王小明` → `wangxiaoming`. Latin letters and digits pass through in
    /// lower case; spaces, punctuation and unknown symbols are left out.
    /// With `asPersonalName`, a leading surname takes its surname reading
    /// (`单田芳` → `shantianfang`, not `dan…`).
    public func full(_ text: String, asPersonalName: Bool = false) -> String {
        key(text, asPersonalName: asPersonalName, initialsOnly: false)
    }

    /// First letters: `王小明` → `wxm`; Latin letters and digits are kept.
    public func initials(_ text: String, asPersonalName: Bool = false) -> String {
        key(text, asPersonalName: asPersonalName, initialsOnly: true)
    }

    private func key(_ text: String, asPersonalName: Bool, initialsOnly: Bool) -> String {
        var out = String.UnicodeScalarView()
        var isFirst = true
        for scalar in text.unicodeScalars {
            let readings = readingRange(scalar.value)
            if !readings.isEmpty {
                var id = readingIDs[readings.lowerBound]
                if asPersonalName && isFirst, let preferred = surnameReadingID(scalar, in: readings) {
                    id = preferred
                }
                let letters = syllable(id)
                for letter in initialsOnly ? letters.prefix(1) : letters {
                    out.append(Unicode.Scalar(letter))
                }
            } else if let literal = PinyinText.literal(scalar) {
                out.append(literal)
            } else {
                continue  // punctuation and spaces are not part of the key
            }
            isFirst = false
        }
        return String(out)
    }

    /// The surname reading of `scalar`, if it has a special one the table knows.
    private func surnameReadingID(_ scalar: Unicode.Scalar, in readings: Range<Int>) -> UInt16? {
        guard let wanted = PinyinSurnames.reading(of: scalar) else { return nil }
        return readings.lazy.map { self.readingIDs[$0] }.first { self.syllable($0).elementsEqual(wanted.utf8) }
    }

    // MARK: - Matching

    /// A matcher for one typed query, to test many names against it.
    public func matcher(for query: String) -> PinyinMatcher {
        PinyinMatcher(table: self, query: query)
    }

    /// Whether `query` (pinyin, initials, a mix, or the characters
    /// themselves) matches consecutive characters of `name`.
    public func matches(_ query: String, in name: String) -> Bool {
        matcher(for: query).matches(name)
    }
}
