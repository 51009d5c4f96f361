/// Search over representatives, visitors, cases and opinions. Chinese of any
/// length goes through the FTS5 character/2-gram index (newest first, LIMIT
/// early); names also by pinyin; visitors by phone suffix, shown masked.
extension StationDatabase {
    /// The first screen of hits for a query. Indexes queued rows first, so a
    /// record saved a moment ago (on any desk) is found.
    public func search(_ query: SearchQuery, pinyin: Pinyin? = SearchPinyin.shared()) throws -> SearchResults {
        let text = query.normalized
        guard !text.isEmpty else { return .empty }
        // A desk that cannot take the write lock right now still searches what is indexed.
        _ = try? updateSearchIndex(pinyin: pinyin)
        let terms = SearchTokens.terms(text)
        let match = SearchTokens.matchExpression(text)
        let limit = query.limit
        return try db.read {
            var perKind: [(SearchKind, [SearchHit])] = []
            if query.kinds.contains(.representative) {
                perKind.append((.representative, try searchRepresentatives(text: text, terms: terms, match: match, query: query,
                                                                           pinyin: pinyin, limit: limit)))
            }
            if query.kinds.contains(.visitor) {
                perKind.append((.visitor, try searchVisitors(text: text, terms: terms, match: match, query: query,
                                                             pinyin: pinyin, limit: limit)))
            }
            if query.kinds.contains(.caseRecord) {
                if let number = query.caseNumberPart {
                    perKind.append((.caseRecord, try searchCaseNumbers(number, limit: limit)))
                } else if let match {
                    perKind.append((.caseRecord, try searchCases(terms: terms, match: match, limit: limit)))
                }
            }
            if query.kinds.contains(.opinion), let match {
                perKind.append((.opinion, try searchOpinions(terms: terms, match: match, limit: limit)))
            }
            return SearchResults.merge(query: text, perKind: perKind, limit: limit)
        }
    }

    private func searchRepresentatives(text: String, terms: [String], match: String?, query: SearchQuery, pinyin: Pinyin?,
                                       limit: Int) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        var seen = Set<String>()
        func hit(_ r: Row, titleRanges: [Range<Int>], detailRanges: [Range<Int>] = [], reason: SearchHit.Reason) {
            guard seen.insert(r.string(0)).inserted else { return }
            let level = Representative.Level(rawValue: r.string(2))?.label.zh ?? r.string(2)
            let detail = [level, r.string(3), r.string(4)].filter { !$0.isEmpty }.joined(separator: " · ")
            let shift = detailRanges.isEmpty ? 0 : level.count + 3
            hits.append(SearchHit(kind: .representative, id: r.string(0), title: Highlighted(r.string(1), ranges: titleRanges),
                                  detail: Highlighted(detail, ranges: detailRanges.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }),
                                  reason: reason, createdAt: r.string(5)))
        }
        let columns = "r.id, r.name, r.level, r.district, r.delegation_group, r.created_at"
        if let match {
            var examined = 0
            try db.forEach("""
                SELECT \(columns) FROM search_representative f JOIN search_doc d ON d.docid = f.rowid
                JOIN representative r ON r.id = d.ref_id WHERE search_representative MATCH ? AND r.retired_at IS NULL
                ORDER BY f.rowid DESC
                """, [.text(match)]) { r in
                examined += 1
                if let ranges = Highlighted.find(terms: terms, in: r.string(1)) {
                    hit(r, titleRanges: ranges, reason: .text)
                } else {
                    let rest = [r.string(3), r.string(4)].filter { !$0.isEmpty }.joined(separator: " · ")
                    if let ranges = Highlighted.find(terms: terms, in: rest) { hit(r, titleRanges: [], detailRanges: ranges, reason: .text) }
                }
                return hits.count <= limit && examined < limit * 20 + 200
            }
        }
        if query.isPinyinLike, let pinyin, hits.count <= limit {
            try pinyinNames(text, pinyin: pinyin, limit: limit, table: "search_rep_name") { index, condition in """
                SELECT \(columns) FROM search_rep_name n INDEXED BY \(index) JOIN representative r ON r.id = n.representative_id
                WHERE r.retired_at IS NULL AND \(condition)
                """ } found: { r, range in
                hit(r, titleRanges: [range], reason: .pinyin)
                return hits.count <= limit
            }
        }
        return hits
    }

    private func visitorHit(id: String, name: String, anonymous: Bool, community: String, phone: String,
                            createdAt: String, titleRanges: [Range<Int>], reason: SearchHit.Reason, phoneDigits: Int = 0) -> SearchHit {
        let shown = anonymous || name.isEmpty ? "匿名" : name
        let masked = Masking.phone(phone)
        let detail = [masked, community].filter { !$0.isEmpty }.joined(separator: " · ")
        var detailRanges: [Range<Int>] = []
        if phoneDigits > 0, !masked.isEmpty {
            let n = masked.count
            detailRanges = [(n - min(4, phoneDigits, n))..<n]
        }
        return SearchHit(kind: .visitor, id: id, title: Highlighted(shown, ranges: titleRanges),
                         detail: Highlighted(detail, ranges: detailRanges), reason: reason, createdAt: createdAt)
    }

    private func searchVisitors(text: String, terms: [String], match: String?, query: SearchQuery, pinyin: Pinyin?,
                                limit: Int) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        var seen = Set<String>()
        func add(_ hit: SearchHit) { if seen.insert(hit.id).inserted { hits.append(hit) } }
        let columns = "v.id, v.name, v.anonymous, v.community, COALESCE(p.phone, ''), v.created_at"
        if let digits = query.phoneSuffix {
            try db.forEach("""
                SELECT \(columns) FROM visitor_personal p JOIN visitor v ON v.id = p.visitor_id
                WHERE p.phone_key <> '' AND substr(p.phone_key, -4) = ? AND p.phone_key LIKE ?
                ORDER BY v.created_at DESC LIMIT ?
                """, [.text(String(digits.suffix(4))), .text("%" + digits), .integer(Int64(limit + 1))]) { r in
                add(visitorHit(id: r.string(0), name: r.string(1), anonymous: r.bool(2), community: r.string(3),
                               phone: r.string(4), createdAt: r.string(5), titleRanges: [], reason: .phone,
                               phoneDigits: digits.count))
                return true
            }
        }
        if let match {
            var examined = 0
            try db.forEach("""
                SELECT \(columns) FROM search_visitor f JOIN search_doc d ON d.docid = f.rowid
                JOIN visitor v ON v.id = d.ref_id LEFT JOIN visitor_personal p ON p.visitor_id = v.id
                WHERE search_visitor MATCH ? ORDER BY f.rowid DESC
                """, [.text(match)]) { r in
                examined += 1
                if let ranges = Highlighted.find(terms: terms, in: r.string(1)) {
                    add(visitorHit(id: r.string(0), name: r.string(1), anonymous: r.bool(2), community: r.string(3),
                                   phone: r.string(4), createdAt: r.string(5), titleRanges: ranges, reason: .text))
                }
                return hits.count <= limit && examined < limit * 20 + 200
            }
        }
        if query.isPinyinLike, let pinyin, hits.count <= limit {
            try pinyinNames(text, pinyin: pinyin, limit: limit, table: "search_name") { index, condition in """
                SELECT \(columns) FROM search_name n INDEXED BY \(index) JOIN visitor v ON v.id = n.visitor_id
                LEFT JOIN visitor_personal p ON p.visitor_id = v.id WHERE \(condition)
                """ } found: { r, range in
                add(visitorHit(id: r.string(0), name: r.string(1), anonymous: r.bool(2), community: r.string(3),
                               phone: r.string(4), createdAt: r.string(5), titleRanges: [range], reason: .pinyin))
                return hits.count <= limit
            }
        }
        return hits
    }

    func caseHit(id: String, number: String, title: String, state: String, createdAt: String, ranges: [Range<Int>]) -> SearchHit {
        let label = CaseState(rawValue: state)?.label.zh ?? state
        return SearchHit(kind: .caseRecord, id: id, caseID: id, title: Highlighted(number, ranges: ranges),
                         detail: Highlighted("\(label) · \(title)"), reason: .text, createdAt: createdAt)
    }

    private func searchCases(terms: [String], match: String, limit: Int) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        var examined = 0
        try db.forEach("""
            SELECT c.id, c.number, c.title, c.state, c.created_at FROM search_case f JOIN search_doc d ON d.docid = f.rowid
            JOIN cases c ON c.id = d.ref_id WHERE search_case MATCH ? ORDER BY f.rowid DESC
            """, [.text(match)]) { r in
            examined += 1
            if let ranges = Highlighted.find(terms: terms, in: r.string(1)) {
                hits.append(caseHit(id: r.string(0), number: r.string(1), title: r.string(2), state: r.string(3),
                                    createdAt: r.string(4), ranges: ranges))
            }
            return hits.count <= limit && examined < limit * 20 + 200
        }
        return hits
    }

    private func searchOpinions(terms: [String], match: String, limit: Int) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        var examined = 0
        try db.forEach("""
            SELECT o.id, o.case_id, o.text, o.created_at, c.number, c.state FROM search_opinion f
            JOIN search_doc d ON d.docid = f.rowid JOIN opinion o ON o.id = d.ref_id JOIN cases c ON c.id = o.case_id
            WHERE search_opinion MATCH ? ORDER BY f.rowid DESC
            """, [.text(match)]) { r in
            examined += 1
            let text = r.string(2)
            if let ranges = Highlighted.find(terms: terms, in: text) {
                let state = CaseState(rawValue: r.string(5))?.label.zh ?? r.string(5)
                let detail = "\(r.string(4)) · \(state) · \(r.string(3).prefix(10))"
                hits.append(SearchHit(kind: .opinion, id: r.string(0), caseID: r.string(1),
                                      title: Highlighted.snippet(text, ranges: ranges), detail: Highlighted(detail),
                                      reason: .text, createdAt: r.string(3)))
            }
            return hits.count <= limit && examined < limit * 20 + 200
        }
        return hits
    }
}
