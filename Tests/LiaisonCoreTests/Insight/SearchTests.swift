import Foundation
import Testing
@testable import LiaisonCore

@Suite("Insight: search")
struct SearchTests {
    let folder = TemporaryFolder()

    func populated() throws -> StationDatabase {
        let (store, _) = Fixtures.station(in: folder)
        try store.addRepresentative(name: "单田芳", level: .county, district: "幸福街道", group: "第一代表小组")
        try store.insightIntake("幸福路口的路灯坏了，晚上看不见路", name: "王小明", phone: "13812345678", community: "幸福社区")
        try store.insightIntake("垃圾清运不及时，楼道有异味", name: "李四", phone: "13987654321", community: "和平社区")
        try store.insightIntake("小区WiFi信号差，5G也不稳定", name: "赵六", phone: "0571-87654321", community: "和平社区")
        try store.insightIntake("菜市场门口乱停车", name: "王小红", phone: "13700001111", community: "幸福社区")
        return store
    }

    func texts(_ r: SearchResults, _ kind: SearchKind) -> [String] {
        r.hits.filter { $0.kind == kind }.map(\.title.text)
    }

    @Test("one Chinese character finds every opinion containing it, highlighted")
    func oneCharacter() throws {
        let store = try populated()
        let r = try store.search(SearchQuery("路"))
        let found = texts(r, .opinion)
        #expect(found.count == 1)
        #expect(found[0].contains("路灯"))
        let hit = r.hits.first { $0.kind == .opinion }!
        // 幸福路口, 路灯 and 看不见路: three highlighted stretches, each exactly 路.
        #expect(hit.title.ranges.count == 3)
        #expect(hit.title.segments.filter(\.highlighted).allSatisfy { $0.text == "路" })
        #expect(try store.search(SearchQuery("车")).hits.filter { $0.kind == .opinion }.count == 1)
        #expect(try store.search(SearchQuery("龘")).hits.isEmpty)
    }

    @Test("two characters match only as a consecutive pair")
    func twoCharacters() throws {
        let store = try populated()
        #expect(texts(try store.search(SearchQuery("路灯")), .opinion).count == 1)
        #expect(texts(try store.search(SearchQuery("灯路")), .opinion).isEmpty)
        #expect(texts(try store.search(SearchQuery("清运")), .opinion) == ["垃圾清运不及时，楼道有异味"])
    }

    @Test("three or more characters, and several terms that must all occur")
    func longer() throws {
        let store = try populated()
        #expect(texts(try store.search(SearchQuery("看不见路")), .opinion).count == 1)
        #expect(texts(try store.search(SearchQuery("看不见灯")), .opinion).isEmpty)
        #expect(texts(try store.search(SearchQuery("路灯 晚上")), .opinion).count == 1)
        #expect(texts(try store.search(SearchQuery("路灯 垃圾")), .opinion).isEmpty)
    }

    @Test("mixed Latin and digits, case-insensitive")
    func latin() throws {
        let store = try populated()
        let hit = try #require(try store.search(SearchQuery("wifi")).hits.first { $0.kind == .opinion })
        #expect(hit.title.segments.first { $0.highlighted }?.text == "WiFi")
        #expect(texts(try store.search(SearchQuery("5G")), .opinion).count == 1)
        #expect(texts(try store.search(SearchQuery("Fi信号")), .opinion).count == 1)
    }

    @Test("pinyin initials and full pinyin find visitors and representatives by name")
    func pinyin() throws {
        let store = try populated()
        let wxm = try store.search(SearchQuery("wxm"))
        #expect(texts(wxm, .visitor) == ["王小明"])
        #expect(wxm.hits.first { $0.kind == .visitor }?.title.ranges == [0..<3])
        #expect(texts(try store.search(SearchQuery("wangxiaoming")), .visitor) == ["王小明"])
        #expect(texts(try store.search(SearchQuery("wangxm")), .visitor) == ["王小明"])
        #expect(Set(texts(try store.search(SearchQuery("wx")), .visitor)) == ["王小明", "王小红"])
        // A surname reading: 单 as shan.
        #expect(texts(try store.search(SearchQuery("shantf")), .representative) == ["单田芳"])
        #expect(texts(try store.search(SearchQuery("zl")), .visitor) == ["赵六"])
    }

    @Test("Chinese name, phone suffix (masked), case number")
    func peopleAndCases() throws {
        let store = try populated()
        #expect(texts(try store.search(SearchQuery("小明")), .visitor) == ["王小明"])
        let phone = try store.search(SearchQuery("5678"))
        let visitor = try #require(phone.hits.first { $0.kind == .visitor })
        #expect(visitor.title.text == "王小明")
        #expect(visitor.reason == .phone)
        #expect(visitor.detail.text.hasPrefix("138****5678"))
        #expect(!phone.hits.contains { $0.detail.text.contains("13812345678") || $0.title.text.contains("13812345678") })
        #expect(texts(try store.search(SearchQuery("187654321")), .visitor) == ["赵六"])
        #expect(texts(try store.search(SearchQuery("4321")), .visitor).sorted() == ["李四", "赵六"])
        let number = try #require(try store.caseRecord(id: try store.search(SearchQuery("路灯")).hits.first { $0.kind == .opinion }!.caseID!)).number
        let cases = try store.search(SearchQuery(String(number.suffix(6))))
        #expect(texts(cases, .caseRecord).contains(number))
        #expect(texts(try store.search(SearchQuery("幸福街道")), .representative) == ["单田芳"])
    }

    @Test("records saved after a search are found at once; renamed visitors under the new name only")
    func indexMaintained() throws {
        let store = try populated()
        #expect(texts(try store.search(SearchQuery("电梯")), .opinion).isEmpty)
        try store.insightIntake("电梯经常停运", name: "孙七")
        #expect(texts(try store.search(SearchQuery("电梯")), .opinion) == ["电梯经常停运"])
        #expect(try store.pendingSearchRows() == 0)
    }

    @Test("representatives left out of a bulk-built index are queued again on the next search")
    func representativesHealed() throws {
        let store = try populated()
        #expect(try store.search(SearchQuery("stf")).hits.map(\.title.text) == ["单田芳"])
        // What a bulk loader that knows only opinions, cases and visitors leaves behind.
        try store.db.execute("DELETE FROM search_rep_name")
        try store.db.execute("DELETE FROM search_doc WHERE kind = 'representative'")
        #expect(try store.search(SearchQuery("stf")).hits.map(\.title.text) == ["单田芳"])
        #expect(try store.search(SearchQuery("田芳")).hits.map(\.title.text) == ["单田芳"])
    }

    @Test("top 20: many hits are capped, newest first")
    func limit() throws {
        let (store, clock) = Fixtures.station(in: folder)
        for i in 0..<30 {
            clock.advance(days: 0.01)
            try store.insightIntake("第\(i)号楼路灯不亮", name: "居民")
        }
        let r = try store.search(SearchQuery("路灯"))
        let opinions = r.hits.filter { $0.kind == .opinion }
        #expect(opinions.count == 20)
        #expect(r.truncated)
        #expect(opinions.first?.title.text == "第29号楼路灯不亮")
        #expect(opinions.map(\.createdAt) == opinions.map(\.createdAt).sorted(by: >))
    }

    @Test("tokens: 2-gram phrase for n characters, one token for one")
    func tokens() {
        #expect(SearchTokens.columns("路灯坏了，WiFi").uni == "路 灯 坏 了 W i F i")
        #expect(SearchTokens.columns("路灯坏了，WiFi").bi == "路灯 灯坏 坏了 Wi iF Fi")
        #expect(SearchTokens.matchExpression("路") == "uni:\"路\"")
        #expect(SearchTokens.matchExpression("路灯坏") == "bi:\"路灯 灯坏\"")
        #expect(SearchTokens.matchExpression("，。") == nil)
    }
}
