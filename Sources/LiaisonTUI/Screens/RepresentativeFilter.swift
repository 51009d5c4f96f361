import LiaisonCore

/// F3's find: the representatives a typed text matches (name, pinyin, initials,
/// or a code from its start), kept for each query typed so far. Typing on only
/// narrows name and pinyin matches (the last character of a pinyin spelling may
/// be any prefix of its reading), so a longer query is tried against the last
/// matches only; a code of four characters or more may match anyone and is
/// checked over all. Backspace returns the shorter query's kept matches. A full
/// pass over a province's 87,000 names costs tens of milliseconds.
struct RepresentativeFilter {
    private(set) var all: [Representative] = []
    private var kept: [(query: String, matches: [Representative])] = []

    mutating func reset(_ representatives: [Representative]) {
        all = representatives
        kept = []
    }

    mutating func matches(for typed: String, pinyin: Pinyin?) -> [Representative] {
        let query = typed.trimmingSpaces
        guard !query.isEmpty else { kept = []; return all }
        while let last = kept.last, !query.hasPrefix(last.query) { kept.removeLast() }
        if let last = kept.last, last.query == query { return last.matches }
        let test = Self.test(query, pinyin: pinyin)
        let found: [Representative]
        if let last = kept.last {
            if Self.codePrefix(query) == nil {
                found = last.matches.filter(test.text)
            } else {
                let before = Set(last.matches.map(\.id))
                found = all.filter { test.code($0) || (before.contains($0.id) && test.text($0)) }
            }
        } else {
            found = all.filter { test.code($0) || test.text($0) }
        }
        kept.append((query, found))
        return found
    }

    /// Every representative the query matches, by one pass over all of them.
    static func fullPass(_ all: [Representative], _ typed: String, pinyin: Pinyin?) -> [Representative] {
        let query = typed.trimmingSpaces
        guard !query.isEmpty else { return all }
        let test = test(query, pinyin: pinyin)
        return all.filter { test.code($0) || test.text($0) }
    }

    private static func test(_ query: String, pinyin: Pinyin?)
        -> (text: (Representative) -> Bool, code: (Representative) -> Bool) {
        let matcher = pinyin?.matcher(for: query)
        let code = codePrefix(query)
        return ({ $0.name.contains(query) || (matcher?.matches($0.name) ?? false) },
                { r in code.map { r.code.hasPrefix($0) } ?? false })
    }

    /// A code is typed from its start, as read off a card (REP: optional), with at least four
    /// characters: pinyin initials like "wxm" must not match inside someone's random code.
    static func codePrefix(_ query: String) -> String? {
        var q = query.uppercased()
        if q.hasPrefix("REP:") { q.removeFirst(4) }
        return q.count >= 4 ? q : nil
    }
}
