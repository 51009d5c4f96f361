import Testing
import LiaisonCore

@Suite("Pinyin: matching typed queries against names")
struct PinyinMatcherTests {
    let table = PinyinFixture.table

    @Test("王小明 is found by initials, full pinyin, mixes and parts",
          arguments: ["wxm", "wangxm", "wangxiaoming", "xiaoming", "xm", "wangxiaom", "wxiaoming",
                      "wxmi", "WXM", "wang xiao ming", "wang'xiao'ming", "王xm", "王小明", "小明", "ｗｘｍ"])
    func finds(query: String) {
        #expect(table.matches(query, in: "王小明"))
    }

    @Test("王小明 is not found by queries that do not spell consecutive characters",
          arguments: ["wanxm", "wangming", "xwm", "wxmz", "mxw", "li", "李", "x m q", "wangxiaomingx"])
    func rejects(query: String) {
        #expect(!table.matches(query, in: "王小明"))
    }

    @Test("empty and punctuation-only queries match nothing")
    func emptyQueries() {
        #expect(!table.matches("", in: "王小明"))
        #expect(!table.matches(" '·", in: "王小明"))
        #expect(table.matcher(for: "").isEmpty)
        #expect(!table.matches("wxm", in: ""))
    }

    @Test("zh/ch/sh count as initials; a middle character may not stop mid-reading")
    func doubleInitials() {
        #expect(table.matches("zhs", in: "张三"))
        #expect(table.matches("zhsan", in: "张三"))
        #expect(table.matches("zs", in: "张三"))
        #expect(table.matches("chx", in: "陈晓"))
        #expect(table.matches("shl", in: "沈璐"))
        #expect(!table.matches("zhas", in: "张三"))  // "zha" is neither initial nor reading of 张
        #expect(table.matches("zhangsa", in: "张三"))  // but the last may be any prefix
    }

    static let polyphonic: [(name: String, queries: [String])] = [
        ("单田芳", ["stf", "dtf", "shantianfang", "dantianfang", "shantf"]),
        ("曾国藩", ["zgf", "cgf", "zengguofan", "cengguofan"]),
        ("解缙", ["xj", "jj", "xiejin", "jiejin"]),
        ("区永", ["oy", "qy", "ouyong"]),
        ("仇英", ["qy", "cy", "qiuying", "chouying"]),
        ("朴树", ["ps", "piaoshu", "pushu"]),
        ("李行", ["lx", "lh", "lixing", "lihang"]),
    ]

    @Test("polyphonic characters: every reading counts", arguments: polyphonic)
    func polyphonicNames(name: String, queries: [String]) {
        for query in queries {
            #expect(table.matches(query, in: name), "\(query) should find \(name)")
        }
        #expect(!table.matches("zzz", in: name))
    }

    @Test("ü may be typed as v or u")
    func umlaut() {
        for query in ["lvbu", "lubu", "lb", "lv"] {
            #expect(table.matches(query, in: "吕布"))
        }
        #expect(table.matches("nvhai", in: "女孩"))
        #expect(table.matches("nuhai", in: "女孩"))
        #expect(!table.matches("lvxun", in: "鲁迅"))  // v is not u: 鲁 is lu
    }

    @Test("Latin letters and digits in names match themselves")
    func mixedLatin() {
        #expect(table.matches("tomw", in: "Tom王"))
        #expect(table.matches("TOMWANG", in: "Tom王"))
        #expect(!table.matches("a3h", in: "A座3号"))  // 座 must be spelled too
        #expect(table.matches("az3h", in: "A座3号"))
        #expect(table.matches("abw", in: "ＡＢ王"))
        #expect(table.matches("abdrhm", in: "阿卜杜·热合曼"))  // the dot is ignored
        #expect(table.matches("2", in: "2号楼"))
    }

    @Test("a Han character missing from the table can still be typed")
    func unknownHan() {
        #expect(table.readings(of: "兙" as Character).isEmpty)
        #expect(table.matches("王兙", in: "王兙明"))
        #expect(table.matches("w兙m", in: "王兙明"))
        #expect(!table.matches("wxm", in: "王兙明"))
    }

    @Test("the match range covers exactly the spelled characters")
    func highlightRange() throws {
        let text = "联络站王小明代表"
        let range = try #require(table.matcher(for: "wxm").firstMatch(in: text))
        #expect(text[range] == "王小明")
        let part = try #require(table.matcher(for: "xiaoming").firstMatch(in: text))
        #expect(text[part] == "小明")
        let dotted = "阿卜杜·热合曼"
        let across = try #require(table.matcher(for: "dureh").firstMatch(in: dotted))
        #expect(dotted[across] == "杜·热合")
        let longer = try #require(table.matcher(for: "zhanwxm").firstMatch(in: text))
        #expect(text[longer] == "站王小明")
        #expect(table.matcher(for: "wxmz").firstMatch(in: text) == nil)  // 代 is dai
    }

    @Test("over-long queries never match")
    func longQuery() {
        let name = String(repeating: "王", count: 80)
        #expect(table.matches(String(repeating: "w", count: PinyinMatcher.maximumQueryLength), in: name))
        #expect(!table.matches(String(repeating: "w", count: PinyinMatcher.maximumQueryLength + 1), in: name))
    }

    @Test("for random names, their own keys and parts of them always match")
    func keysAlwaysMatch() {
        // Names from common given-name characters, seeded so a failure replays.
        let pool = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰单行重长乐朴解")
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let length = 2 + Int(rng.next() % 3)
            let name = String((0..<length).map { _ in pool[Int(rng.next() % UInt64(pool.count))] })
            let full = table.full(name), initials = table.initials(name)
            #expect(table.matches(full, in: name), "\(full) / \(name)")
            #expect(table.matches(initials, in: name), "\(initials) / \(name)")
            #expect(table.matches(table.full(name, asPersonalName: true), in: name))
            let tail = String(name.dropFirst())
            #expect(table.matches(table.full(tail), in: name))
            #expect(table.matches(table.initials(tail), in: name))
        }
    }
}
