import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

/// F3's find keeps matches per query typed so far and narrows them as typing goes
/// on: whatever is typed, deleted or typed again, it must list exactly what one
/// pass over every representative lists.
@Suite("Screens: representative find, kept per query")
struct RepresentativeFilterTests {
    @Test func typingAndDeletingEqualsAFullPass() throws {
        let data = try StationFixture(cases: 0)
        var rng = SplitMix64(seed: 11)
        let surnames = ["王", "汪", "张", "章", "李", "林", "周", "朱", "单", "吕"]
        let given = ["小明", "晓燕", "海燕", "志远", "秀英", "建华", "伟", "明", "丽萍", "国平"]
        for _ in 0..<150 {
            let name = surnames[Int.random(in: 0..<surnames.count, using: &rng)] + given[Int.random(in: 0..<given.count, using: &rng)]
            _ = try data.store.addRepresentative(name: name, level: .township)
        }
        let all = try data.store.representatives()
        let pinyin = try DataDirectory.locate().map { try Pinyin(contentsOf: $0.appendingPathComponent("pinyin.tsv")) }
        #expect(pinyin != nil)
        // Queries typed a character at a time, with deletions, including codes (REP: or not).
        let code = all[7].code
        let scripts = ["wangxm", "wxm", "zhy", "zhangxiaoyan", "lv", "shan", "王小", " w x", "REP:" + code, code.lowercased(),
                       String(code.prefix(3)) + "x", "linhaiy", "zzz"]
        var filter = RepresentativeFilter()
        filter.reset(all)
        var narrowed = 0   // steps that listed some but not all: the comparison was not trivial
        for script in scripts {
            var typed = ""
            var steps = Array(script).map { String($0) }
            // Back two, forward again, then clear: the kept queries are used both ways.
            steps += ["⌫", "⌫"] + Array(script.suffix(2)).map { String($0) } + Array(repeating: "⌫", count: script.count)
            for step in steps {
                if step == "⌫" { if !typed.isEmpty { typed.removeLast() } } else { typed += step }
                let kept = filter.matches(for: typed, pinyin: pinyin).map(\.id)
                #expect(kept == RepresentativeFilter.fullPass(all, typed, pinyin: pinyin).map(\.id), "“\(typed)”")
                if !kept.isEmpty && kept.count < all.count { narrowed += 1 }
            }
        }
        #expect(narrowed > 40)
        #expect(filter.matches(for: "REP:" + code, pinyin: pinyin).map(\.id) == [all[7].id])
    }
}
