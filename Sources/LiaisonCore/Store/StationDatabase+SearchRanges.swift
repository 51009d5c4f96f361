/// The parts of search answered by index ranges rather than the FTS index:
/// names by pinyin and case numbers by their start or end. Every range is
/// capped, so a keystroke never walks a large slice of a province's data.
extension StationDatabase {
    /// Names whose pinyin the query spells from the start of the name:
    /// initials (`wxm`), full pinyin (`wangxiaom`), then, while fewer than
    /// `limit` are found, mixes (`wangxm`) through the (initials, full) index.
    /// `sql(index, condition)` gives the statement reading one range of
    /// `table` (alias `n`); `found` returns false to stop.
    func pinyinNames(_ text: String, pinyin: Pinyin, limit: Int, table: String,
                     sql: (String, String) -> String, found: (Row, Range<Int>) throws -> Bool) throws {
        let key = text.lowercased().filter { $0 != " " }
        let matcher = pinyin.matcher(for: key)
        let cap = Int64(limit * 4)
        let mixIndex = "\(table)_mix", fullIndex = "\(table)_full"
        var going = true
        var count = 0
        func read(_ index: String, _ condition: String, _ args: [String]) throws {
            guard going else { return }
            try db.forEach(sql(index, condition) + " LIMIT ?", args.map { SQLValue.text($0) } + [.integer(cap)]) { r in
                let name = r.string(1)
                // The stored keys take each character's usual reading; the matcher
                // confirms (a polyphonic zh/ch/sh mix may not hold) and finds the highlight.
                guard let range = matcher.firstMatch(in: name) else { return true }
                count += 1
                going = try found(r, Highlighted.offsets(of: range, in: name))
                return going
            }
        }
        try read(mixIndex, "n.initials >= ? AND n.initials < ?", [key, key + "~"])
        try read(fullIndex, "n.full >= ? AND n.full < ?", [key, key + "~"])
        guard count <= limit else { return }
        for mix in PinyinMixes.shared(pinyin).ranges(for: key) where going {
            try read(mixIndex, "n.initials >= ? AND n.initials < ? AND n.full >= ? AND n.full < ?",
                     [mix.initials, mix.initials + "~", mix.full, mix.full + "~"])
        }
    }

    /// Cases whose number starts or ends with `part` (upper case): the whole
    /// number, `QX-2026`, or the serial's tail (`000123`, `123`). Exact
    /// numbers first, then newest first.
    func searchCaseNumbers(_ part: String, limit: Int) throws -> [SearchHit] {
        var hits: [String: SearchHit] = [:]
        func add(_ r: Row, ranges: [Range<Int>]) {
            let id = r.string(0)
            guard hits[id] == nil else { return }
            hits[id] = caseHit(id: id, number: r.string(1), title: r.string(2), state: r.string(3),
                               createdAt: r.string(4), ranges: ranges)
        }
        let columns = "id, number, title, state, created_at"
        let n = part.count
        try db.forEach("""
            SELECT \(columns) FROM cases INDEXED BY cases_number_search WHERE number >= ? AND number < ?
            ORDER BY number DESC LIMIT ?
            """, [.text(part), .text(part + "\u{10FFFF}"), .integer(Int64(limit + 1))]) { r in
            add(r, ranges: [0..<n])
            return true
        }
        if n <= Schema.reversedCaseNumberLength {
            let reversed = String(part.reversed())
            try db.forEach("""
                SELECT \(columns) FROM cases INDEXED BY cases_number_reversed
                WHERE \(Schema.reversedCaseNumber) >= ? AND \(Schema.reversedCaseNumber) < ?
                ORDER BY \(Schema.reversedCaseNumber) DESC LIMIT ?
                """, [.text(reversed), .text(reversed + "\u{10FFFF}"), .integer(Int64(limit + 1))]) { r in
                let length = r.string(1).count
                add(r, ranges: [(length - n)..<length])
                return true
            }
        }
        return hits.values.sorted { a, b in
            let exactA = a.title.text == part, exactB = b.title.text == part
            if exactA != exactB { return exactA }
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id
        }.prefix(limit + 1).map { $0 }
    }
}
