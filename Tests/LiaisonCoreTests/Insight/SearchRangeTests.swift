import Foundation
import Testing
@testable import LiaisonCore

/// Search answered by index ranges: pinyin mixes, phone suffixes after the
/// number changed or was anonymised, case numbers by start and end, and the
/// migration that builds those indexes in an existing file.
@Suite("Insight: search by index ranges")
struct SearchRangeTests {
    let folder = TemporaryFolder()

    func texts(_ r: SearchResults, _ kind: SearchKind) -> [String] {
        r.hits.filter { $0.kind == kind }.map(\.title.text)
    }

    @Test("a pinyin mix finds a name behind many others that share its full-pinyin start")
    func mixBehindCrowd() throws {
        let (store, _) = Fixtures.station(in: folder)
        // 王夏丽 (wangxiali) sorts before 王小明 (wangxiaoming) in both the full and the `wang…` ranges.
        for _ in 0..<120 { try store.insightIntake("路灯坏了", name: "王夏丽") }
        try store.insightIntake("路灯坏了", name: "王小明")
        try store.insightIntake("路灯坏了", name: "张三")
        let mix = try store.search(SearchQuery("wangxm", kinds: [.visitor]))
        #expect(texts(mix, .visitor) == ["王小明"])
        #expect(mix.hits.first?.title.ranges == [0..<3])
        #expect(texts(try store.search(SearchQuery("wangxmi", kinds: [.visitor])), .visitor) == ["王小明"])
        #expect(texts(try store.search(SearchQuery("wangxiaom", kinds: [.visitor])), .visitor) == ["王小明"])
        #expect(texts(try store.search(SearchQuery("zhangs", kinds: [.visitor])), .visitor) == ["张三"])
        #expect(texts(try store.search(SearchQuery("zhs", kinds: [.visitor])), .visitor) == ["张三"])
        #expect(texts(try store.search(SearchQuery("wangxl", kinds: [.visitor])), .visitor).count == 20)
        #expect(texts(try store.search(SearchQuery("wangxq", kinds: [.visitor])), .visitor).isEmpty)
    }

    @Test("mix ranges: whole readings then initials; a run of one-letter syllables stays bounded")
    func mixRanges() throws {
        let pinyin = try #require(SearchPinyin.shared())
        let mixes = PinyinMixes(pinyin: pinyin)
        let ranges = mixes.ranges(for: "wangxm")
        #expect(ranges.contains(PinyinMixes.Range(initials: "wxm", full: "wang")))
        #expect(!ranges.contains { $0.full.isEmpty && $0.initials == "wangxm" })
        // Plain full pinyin and plain initials are the caller's first two ranges, not mixes.
        #expect(!mixes.ranges(for: "wang").contains { $0.full == "wang" })
        #expect(mixes.ranges(for: "wxm").isEmpty)
        let long = mixes.ranges(for: String(repeating: "a", count: 60))
        #expect(long.count <= PinyinMixes.maximumRanges)
    }

    @Test("a renamed representative is found by the new name's pinyin, not the old")
    func renamedRepresentative() throws {
        let (store, _) = Fixtures.station(in: folder)
        let rep = try store.addRepresentative(name: "单田芳", level: .county).representative
        #expect(texts(try store.search(SearchQuery("stf")), .representative) == ["单田芳"])
        // What an import or a sync apply of a corrected name writes.
        try store.db.execute("UPDATE representative SET name = '李大钊' WHERE id = ?", rep.id)
        #expect(texts(try store.search(SearchQuery("ldz")), .representative) == ["李大钊"])
        #expect(texts(try store.search(SearchQuery("lidz")), .representative) == ["李大钊"])
        #expect(texts(try store.search(SearchQuery("lidazhao")), .representative) == ["李大钊"])
        #expect(texts(try store.search(SearchQuery("stf")), .representative).isEmpty)
        #expect(texts(try store.search(SearchQuery("shantf")), .representative).isEmpty)
    }

    @Test("phone suffix: an anonymised visitor is no longer found by the old number; a changed number by the new one only")
    func phoneAfterRetentionAndChange() throws {
        let (store, clock) = Fixtures.station(in: folder, at: "2026-03-02T10:00:00.000+08:00")
        let people = try AccessPeople(store)
        let old = try store.intakeWithNumbers(phone: "13900004321")
        let kept = try store.intakeWithNumbers(phone: "13700004321")
        try store.closeOnSite(old.entries[0].caseRecord.id)
        #expect(texts(try store.search(SearchQuery("04321", kinds: [.visitor])), .visitor).count == 2)
        clock.set("2029-06-01T10:00:00.000+08:00")
        #expect(try store.applyRetention(by: people.admin).anonymised == 1)
        let after = try store.search(SearchQuery("04321", kinds: [.visitor]))
        #expect(after.hits.map(\.id) == [kept.visitorID])
        #expect(try store.search(SearchQuery("13900004321", kinds: [.visitor])).hits.isEmpty)
        // A returning visitor gives a new number: found by it, not by the old one.
        _ = try store.recordIntake(IntakeRequest(visitor: .init(name: "赵大妈", phone: "13655558888"), existingVisitorID: kept.visitorID,
                                                 opinions: [.init(text: "又来反映", category: "livelihood")]))
        #expect(try store.search(SearchQuery("5558888", kinds: [.visitor])).hits.map(\.id) == [kept.visitorID])
        #expect(try store.search(SearchQuery("04321", kinds: [.visitor])).hits.isEmpty)
    }

    @Test("case numbers by their start or end, any letter case, the exact number first")
    func caseNumbers() throws {
        let (store, clock) = Fixtures.station(in: folder)
        var numbers: [String] = []
        for i in 0..<12 {
            clock.advance(days: 0.01)
            numbers.append(try store.insightIntake("第\(i)件事", name: "居民").entries[0].caseRecord.number)
        }
        let target = numbers[2]   // DS-2026-000003
        let serial = String(target.suffix(6))
        #expect(texts(try store.search(SearchQuery(serial, kinds: [.caseRecord])), .caseRecord) == [target])
        let exact = try store.search(SearchQuery(target.lowercased(), kinds: [.caseRecord]))
        #expect(texts(exact, .caseRecord) == [target])
        #expect(exact.hits.first?.title.ranges == [0..<target.count])
        let tail = try store.search(SearchQuery(String(serial.suffix(1)), kinds: [.caseRecord]))
        #expect(texts(tail, .caseRecord).contains(target))
        #expect(tail.hits.first { $0.title.text == target }?.title.ranges == [(target.count - 1)..<target.count])
        // The station's prefix and year: every case, newest first.
        let prefix = try store.search(SearchQuery(String(target.prefix(7)), kinds: [.caseRecord]))
        #expect(texts(prefix, .caseRecord) == numbers.reversed())
        #expect(try store.search(SearchQuery("QX-2026", kinds: [.caseRecord])).hits.isEmpty)
    }

    @Test("an existing file gets the range indexes on open, and searches as before")
    func migration() throws {
        let path: String
        do {
            let (store, _) = Fixtures.station(in: folder)
            try store.addRepresentative(name: "单田芳", level: .county)
            // Each search drains the queue in its own transaction, leaving its own FTS segment.
            for (text, name) in [("路灯坏了", "王小明"), ("楼道漏水", "李四"), ("停车难", "赵六")] {
                try store.insightIntake(text, name: name, phone: name == "王小明" ? "13812345678" : "")
                _ = try store.search(SearchQuery(text))
            }
            path = store.path
            #expect(try store.db.scalarInt("SELECT COUNT(DISTINCT segid) FROM search_opinion_idx") > 1)
            // The file as the previous version left it.
            try store.db.executeScript("""
                DROP INDEX search_name_mix; DROP INDEX search_rep_name_mix;
                DROP INDEX cases_number_search; DROP INDEX cases_number_reversed;
                CREATE INDEX search_name_initials ON search_name(initials);
                CREATE INDEX search_rep_name_initials ON search_rep_name(initials);
                PRAGMA user_version = \(Schema.migrations.firstIndex(of: Schema.searchRanges)!);
                """)
        }
        let reopened = try StationDatabase(path: path, reference: Fixtures.reference)
        let indexes = Set(try reopened.db.query("SELECT name FROM sqlite_master WHERE type = 'index'") { $0.string(0) })
        #expect(indexes.isSuperset(of: ["search_name_mix", "search_rep_name_mix", "cases_number_search", "cases_number_reversed"]))
        #expect(!indexes.contains("search_name_initials"))
        #expect(try reopened.db.scalarInt("PRAGMA user_version") == Schema.currentVersion)
        #expect(try reopened.db.scalarInt("SELECT COUNT(DISTINCT segid) FROM search_opinion_idx") == 1)
        #expect(texts(try reopened.search(SearchQuery("漏水")), .opinion) == ["楼道漏水"])
        #expect(texts(try reopened.search(SearchQuery("wangxm")), .visitor) == ["王小明"])
        #expect(texts(try reopened.search(SearchQuery("shantf")), .representative) == ["单田芳"])
        let number = try #require(try reopened.cases(CaseQuery()).first?.caseRecord.number)
        #expect(texts(try reopened.search(SearchQuery(String(number.suffix(6)))), .caseRecord) == [number])
        #expect(try reopened.check().ok)
    }

    @Test("a generated province file: FTS merged to one segment per table, case numbers and pinyin names found through the new indexes")
    func generatedFile() throws {
        let path = folder.path("g.db")
        let options = GenerationOptions(opinions: 1_500, representatives: 300, stations: 6, seed: 3,
                                        end: StationTime.parse("2026-03-02T18:00:00.000+08:00")!, days: 120)
        _ = try ProvinceGenerator.generate(at: path, options: options, reference: Fixtures.reference,
                                           phrases: try PhraseBank.load(from: Fixtures.dataDirectory))
        let store = try StationDatabase(path: path, reference: Fixtures.reference)
        try store.optimizeSearchIndex()
        #expect(try store.opinionIndexSegments() == 1)
        for table in ["search_opinion", "search_case", "search_visitor", "search_representative"] {
            #expect(try store.db.scalarInt("SELECT COUNT(DISTINCT segid) FROM \(table)_idx") == 1, "\(table)")
        }
        let number = try #require(try store.db.scalarString("SELECT number FROM cases ORDER BY created_at DESC LIMIT 1"))
        #expect(texts(try store.search(SearchQuery(number, kinds: [.caseRecord])), .caseRecord).first == number)
        #expect(texts(try store.search(SearchQuery(String(number.suffix(6)), kinds: [.caseRecord])), .caseRecord).contains(number))
        let name = try #require(try store.db.scalarString("""
            SELECT v.name FROM search_name n JOIN visitor v ON v.id = n.visitor_id WHERE length(n.initials) = 3 ORDER BY n.visitor_id LIMIT 1
            """))
        let pinyin = try #require(SearchPinyin.shared())
        let keys = SearchPinyin.keys(of: name, pinyin: pinyin)
        // The surname's whole reading, then the given name's initials: wangxm for 王小明.
        let firstReading = String(keys.full.dropLast(pinyin.full(String(name.dropFirst())).count))
        let mix = firstReading + keys.initials.dropFirst()
        #expect(texts(try store.search(SearchQuery(mix, kinds: [.visitor], limit: 500)), .visitor).contains(name), "\(mix) for \(name)")
    }

    @Test("highlighting without Foundation gives the same ranges and snippets as with it")
    func simpleHighlight() throws {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("路灯坏了晚上看不见，。、WiFiwifi5G号楼ＡａＢｂ“”…·（） -\n")
        for _ in 0..<400 {
            let text = String((0..<Int(random.next() % 90)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let chars = Array(text)
            var terms: [String] = []
            for _ in 0..<(1 + Int(random.next() % 2)) {
                if chars.count > 2, random.next() % 4 != 0 {
                    let start = Int(random.next() % UInt64(chars.count - 1))
                    let length = 1 + Int(random.next() % UInt64(min(4, chars.count - start)))
                    let piece = String(chars[start..<(start + length)])
                    terms.append(random.next() % 2 == 0 ? piece.uppercased() : piece)
                } else {
                    terms.append(String(alphabet[Int(random.next() % UInt64(alphabet.count))]))
                }
            }
            terms = terms.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            guard !terms.isEmpty else { continue }
            let fast = Highlighted.find(terms: terms, in: text)
            #expect(fast == Highlighted.foundationFind(terms: terms, in: text), "\(terms) in \(text)")
            if let fast {
                let snippet = Highlighted.snippet(text, ranges: fast, width: 20)
                #expect(snippet == characterSnippet(text, ranges: fast, width: 20), "\(terms) in \(text)")
            }
        }
        // A combining accent makes one character of two scalars: offsets stay in characters.
        let accented = "cafe\u{301}路灯"
        #expect(Highlighted.find(terms: ["路灯"], in: accented) == [4..<6])
        #expect(Highlighted.find(terms: ["WIFI"], in: "小区wifi信号") == [2..<6])
    }

    /// The snippet cut by characters, as before the scalar fast path.
    func characterSnippet(_ text: String, ranges: [Range<Int>], width: Int) -> Highlighted {
        let chars = Array(text.replacingOccurrences(of: "\n", with: " "))
        guard chars.count > width else { return Highlighted(String(chars), ranges: ranges) }
        let first = ranges.first?.lowerBound ?? 0
        let start = max(0, min(first - width / 4, chars.count - width))
        let end = min(chars.count, start + width)
        var piece = String(chars[start..<end])
        var shift = -start
        if start > 0 { piece = "..." + piece; shift += 3 }
        if end < chars.count { piece += "..." }
        return Highlighted(piece, ranges: ranges.compactMap { r in
            let lo = max(r.lowerBound, start), hi = min(r.upperBound, end)
            return lo < hi ? (lo + shift)..<(hi + shift) : nil
        })
    }
}
