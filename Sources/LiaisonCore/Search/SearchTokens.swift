/// How text becomes FTS5 tokens, and a query becomes an FTS5 MATCH expression.
///
/// Text is cut into runs of letters and digits (punctuation and spaces end a
/// run). Each run gives its single characters (`uni`) and its overlapping
/// 2-grams (`bi`), separated by spaces so FTS5's unicode61 tokenizer sees each
/// as one token. A 1-character term is a `uni` token; a term of n ≥ 2
/// characters is the phrase of its n−1 2-grams in `bi`, which matches exactly
/// where the term occurs as a substring of one run.
public enum SearchTokens {
    /// Letters, digits and private-use characters: what unicode61 keeps as token characters.
    static func isTokenScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// Runs of token characters, each as its scalars.
    public static func runs(_ text: String) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            if isTokenScalar(s) {
                current.append(s)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The two indexed columns for a text: `runs` and their grams, written
    /// straight from the UTF-8 bytes (a million opinions go through here when
    /// a province's data is loaded; scalar by scalar it was most of the cost).
    public static func columns(_ text: String) -> (uni: String, bi: String) {
        var text = text
        return text.withUTF8 { bytes in
            var uni: [UInt8] = [], bi: [UInt8] = []
            uni.reserveCapacity(bytes.count + bytes.count / 2)
            bi.reserveCapacity(bytes.count * 3)
            var previous = 0..<0   // the last token scalar's bytes while a run goes on
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decode(bytes, at: i)
                let here = i..<(i + length)
                i += length
                guard isTokenScalarFast(scalar) else { previous = 0..<0; continue }
                if !uni.isEmpty { uni.append(0x20) }
                uni.append(contentsOf: bytes[here])
                if !previous.isEmpty {
                    if !bi.isEmpty { bi.append(0x20) }
                    bi.append(contentsOf: bytes[previous])
                    bi.append(contentsOf: bytes[here])
                }
                previous = here
            }
            return (String(decoding: uni, as: UTF8.self), String(decoding: bi, as: UTF8.self))
        }
    }

    /// True when the text has a token character (it gets a search document).
    public static func hasToken(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decode(bytes, at: i)
                if isTokenScalarFast(scalar) { return true }
                i += length
            }
            return false
        }
    }

    /// One scalar of valid UTF-8 (a Swift string's bytes) and its length.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// `isTokenScalar` from a table for the Basic Multilingual Plane (built
    /// once from the same Unicode properties), the properties beyond it.
    @inline(__always)
    static func isTokenScalarFast(_ value: UInt32) -> Bool {
        if value < 0x10000 { return basicPlaneTokens[Int(value >> 6)] & (1 << (value & 63)) != 0 }
        return Unicode.Scalar(value).map(isTokenScalar) ?? false
    }

    private static let basicPlaneTokens: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<0x10000 {
            if let s = Unicode.Scalar(UInt32(value)), isTokenScalar(s) { bits[value >> 6] |= 1 << UInt64(value & 63) }
        }
        return bits
    }()

    /// The MATCH expression for a query (every whitespace-separated term must
    /// occur), or nil when the query has no letters or digits.
    public static func matchExpression(_ query: String) -> String? {
        var parts: [String] = []
        for run in runs(query) {
            if run.count == 1 {
                parts.append("uni:\"\(String(String.UnicodeScalarView(run)))\"")
            } else {
                let grams = (0..<(run.count - 1)).map { String(String.UnicodeScalarView([run[$0], run[$0 + 1]])) }
                parts.append("bi:\"\(grams.joined(separator: " "))\"")
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// The query's terms as typed (split on whitespace), for confirming and highlighting.
    public static func terms(_ query: String) -> [String] {
        query.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter { !$0.isEmpty }
    }
}
