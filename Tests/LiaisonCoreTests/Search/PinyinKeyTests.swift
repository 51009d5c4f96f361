import Testing
import LiaisonCore

@Suite("Pinyin: full pinyin and initials")
struct PinyinKeyTests {
    let table = PinyinFixture.table

    @Test("Chinese names")
    func names() {
        #expect(table.full("王小明") == "wangxiaoming")
        #expect(table.initials("王小明") == "wxm")
        #expect(table.full("张三") == "zhangsan")
        #expect(table.initials("张三") == "zs")
        #expect(table.full("吕布") == "lvbu")
    }

    @Test("Latin letters and digits pass through in lower case; punctuation is dropped")
    func mixed() {
        #expect(table.full("Tom王 3号") == "tomwang3hao")
        #expect(table.initials("Tom王 3号") == "tomw3h")
        #expect(table.full("阿卜杜·热合曼") == "abodureheman")
        #expect(table.full("ＡＢ王") == "abwang")  // full-width Latin
        #expect(table.full("") == "")
        #expect(table.full("，。！") == "")
    }

    static let surnames: [(name: String, full: String)] = [
        ("单田芳", "shantianfang"), ("曾国藩", "zengguofan"), ("解缙", "xiejin"), ("区永", "ouyong"),
        ("仇英", "qiuying"), ("朴树", "piaoshu"), ("查良镛", "zhaliangyong"), ("乐嘉", "yuejia"),
        ("翟志刚", "zhaizhigang"), ("缪斯", "miaosi"), ("覃", "qin"), ("盖", "ge"),
    ]

    @Test("a leading surname takes its surname reading when asked", arguments: surnames)
    func surnameReadings(name: String, full: String) {
        #expect(table.full(name, asPersonalName: true) == full)
        #expect(table.initials(name, asPersonalName: true).first == full.first)
    }

    @Test("the surname reading applies to the first character only, and not by default")
    func surnameOnlyFirst() {
        #expect(table.full("单田芳") == "dantianfang")
        #expect(table.full("简单", asPersonalName: true) == "jiandan")
        #expect(table.full("  单田芳", asPersonalName: true) == "shantianfang")  // leading space skipped
        #expect(table.initials("单田芳", asPersonalName: true) == "stf")
        #expect(table.full("王小明", asPersonalName: true) == "wangxiaoming")
    }
}
