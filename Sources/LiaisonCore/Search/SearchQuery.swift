/// What to look for: Chinese text of any length, pinyin or initials of a
/// name (`wxm`, `wangxiaoming`), a phone suffix (4+ digits), a case number
/// or part of one, Latin words. Whitespace-separated terms must all occur.
public struct SearchQuery: Sendable, Hashable {
    public var text: String
    public var kinds: Set<SearchKind>
    /// Hits returned in all (the first screen); each kind is also capped by it.
    public var limit: Int

    public init(_ text: String, kinds: Set<SearchKind> = Set(SearchKind.allCases), limit: Int = 20) {
        self.text = text
        self.kinds = kinds
        self.limit = max(1, limit)
    }

    /// The query without surrounding spaces, full-width digits and letters folded.
    var normalized: String {
        String(String.UnicodeScalarView(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.map { s in
            (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0)! : s
        }))
    }

    /// Only ASCII letters (and spaces): may be pinyin.
    var isPinyinLike: Bool {
        let t = normalized.filter { $0 != " " }
        return !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// The query as the start or end of a case number (`QX-2026-000123`,
    /// `000123`, `qx-2026`), upper case: one term of ASCII letters, digits
    /// and dashes. Case numbers are searched this way, not by substring.
    var caseNumberPart: String? {
        let t = normalized
        guard !t.isEmpty, t.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }),
              t.unicodeScalars.contains(where: { $0 != "-" }) else { return nil }
        return t.uppercased()
    }

    /// The digits of a phone suffix query (4 to 11 digits, dashes and spaces allowed), else nil.
    var phoneSuffix: String? {
        let t = normalized
        guard t.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == " " }) else { return nil }
        let digits = t.filter { $0.isASCII && $0.isNumber }
        return (4...12).contains(digits.count) ? digits : nil
    }
}

/// The kinds of record a search looks through.
public enum SearchKind: String, Sendable, CaseIterable, Hashable {
    case representative, visitor, caseRecord = "case", opinion

    public var label: Bilingual {
        switch self {
        case .representative: return Bilingual("代表", "representative")
        case .visitor: return Bilingual("群众", "visitor")
        case .caseRecord: return Bilingual("案件", "case")
        case .opinion: return Bilingual("意见", "opinion")
        }
    }
}
