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

    /// The two indexed columns for a text.
    public static func columns(_ text: String) -> (uni: String, bi: String) {
        var uni = String.UnicodeScalarView()
        var bi = String.UnicodeScalarView()
        for run in runs(text) {
            for (i, s) in run.enumerated() {
                if !uni.isEmpty { uni.append(" ") }
                uni.append(s)
                if i + 1 < run.count {
                    if !bi.isEmpty { bi.append(" ") }
                    bi.append(s)
                    bi.append(run[i + 1])
                }
            }
        }
        return (String(uni), String(bi))
    }

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
