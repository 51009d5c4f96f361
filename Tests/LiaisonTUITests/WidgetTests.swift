import Foundation
import LiaisonCore
@testable import LiaisonTUI
import Testing

@Suite("Widgets")
struct WidgetTests {
    @Test("select list: movement keys, scrolling and ASCII truncation")
    func selectList() {
        var list = SelectList((1...20).map { "第\($0)项 说明文字很长很长" })
        list.pageSize = 5
        list.handle(.text("j")); list.handle(.key(.down)); list.handle(.key(.pageDown))
        #expect(list.selected == 7)
        list.handle(.key(.end))
        #expect(list.selected == 19)
        list.handle(.text("k"))
        #expect(list.selected == 18)
        do { let r = list.handle(.text("x")); #expect(!r) }
        var c = Canvas(width: 14, height: 5)
        list.render(into: &c, rect: c.bounds)
        #expect(c.rowText(3) == ">第19项 说... ")   // 说明 would need 15 cells: padded
        #expect(c.rowText(4) == " 第20项 说... ")
        #expect(c[0, 3].element == .selected)
    }

    @Test("table: columns cut by width, numbers right-aligned, header row")
    func table() {
        var t = Table(columns: [.init("编号", width: 6), .init("来访人", width: 8), .init("事项"),
                                .init("天", width: 3, alignRight: true)],
                      rows: [["C-0001", "王小明", "小区路灯不亮已有三周", "3"],
                             ["C-0002", "Alexander Smith", "Noise", "12"]])
        t.handle(.key(.down))
        var c = Canvas(width: 34, height: 3)
        t.render(into: &c, rect: c.bounds)
        #expect(c.rowText(0) == "编号   来访人   事项            天")
        #expect(c.rowText(1) == "C-0001 王小明   小区路灯不...    3")
        #expect(c.rowText(2) == "C-0002 Alexa... Noise           12")
        #expect(c[0, 2].element == .selected)
        #expect(t.columnWidths(total: 34) == [6, 8, 14, 3])
    }

    @Test("form: Tab moves, Ctrl-S validates and reports per field, then submits")
    func form() {
        let required: @Sendable (String) -> Bilingual? = { $0.isEmpty ? Catalogue.required : nil }
        var form = Form(fields: [
            .init(key: "name", label: Bilingual("姓名", "Name"), input: .line(TextField()), validate: required),
            .init(key: "what", label: Bilingual("反映事项", "Matter"), input: .area(TextArea(), rows: 2), validate: required),
        ])
        do { let r = form.handle(.text("王小明")); #expect(r == .handled) }
        do { let r = form.handle(.key(.ctrl("s"))); #expect(r == .invalid) }
        #expect(form.focus == 1)
        var c = Canvas(width: 30, height: 5)
        form.render(into: &c, rect: c.bounds, language: .zh)
        #expect(c.rowText(0).hasPrefix("姓名      王小明"))
        #expect(c.rowText(4).contains("必填"))
        #expect(c.cursor?.x == 10 && c.cursor?.y == 2)
        do { let r = form.handle(.text("路灯不亮")); #expect(r == .handled) }
        do { let r = form.handle(.key(.ctrl("s"))); #expect(r == .submitted(["name": "王小明", "what": "路灯不亮"])) }
        do { let r = form.handle(.key(.backTab)); #expect(r == .handled) }
        #expect(form.focus == 0)
        do { let r = form.handle(.key(.escape)); #expect(r == .ignored) }
    }

    @Test("form layout gives text areas their real width, so Down moves by visible rows")
    func formLayout() {
        var form = Form(fields: [
            .init(key: "what", label: Bilingual("事项", "Matter"), input: .area(TextArea("一二三四五六七八九十"), rows: 3)),
        ])
        // 24 cells: label column 5 (4 + 1), gap 1, input 18 = 9 characters a row.
        form.layout(width: 24, language: .zh)
        _ = form.handle(.key(.home))      // start of the caret's row: the second row
        guard case .area(let a, _) = form.fields[0].input else { Issue.record("not an area"); return }
        #expect(a.layoutWidth == 18)
        #expect(a.caret == 9)
    }

    @Test("confirm dialog: Y, N, Esc, and Enter on the highlighted button")
    func confirm() {
        var d = ConfirmDialog(title: Bilingual("确认", "Confirm"), message: Bilingual("合并这两个案件？", "Merge?"))
        do { let r = d.handle(.text("y")); #expect(r == .confirmed) }
        do { let r = d.handle(.text("n")); #expect(r == .cancelled) }
        do { let r = d.handle(.key(.escape)); #expect(r == .cancelled) }
        do { let r = d.handle(.key(.enter)); #expect(r == .cancelled) }     // No is the safe default
        do { let r = d.handle(.key(.left)); #expect(r == .pending) }
        do { let r = d.handle(.key(.enter)); #expect(r == .confirmed) }
        var c = Canvas(width: 40, height: 8)
        d.render(into: &c, area: c.bounds, language: .zh)
        #expect(c.text.contains("合并这两个案件？"))
        #expect(c.text.contains("[是 Y]"))
    }

    @Test("message line shows, then goes away by itself")
    func message() {
        var m = MessageLine()
        let t0 = Date(timeIntervalSince1970: 1000)
        m.show(Catalogue.saved, now: t0, seconds: 5)
        var c = Canvas(width: 10, height: 1)
        m.render(into: &c, x: 0, y: 0, width: 10, language: .zh)
        #expect(c.rowText(0) == " 已保存   ")
        do { let r = m.tick(now: t0.addingTimeInterval(4)); #expect(!r) }
        do { let r = m.tick(now: t0.addingTimeInterval(5)); #expect(r) }
        #expect(m.text == nil)
    }

    @Test("tab bar and key bar drop what does not fit, whole")
    func bars() {
        var c = Canvas(width: 20, height: 2)
        TabBar(titles: ["首页", "接待登记", "代表"], active: 1).render(into: &c, x: 0, y: 0, width: 20)
        #expect(c.rowText(0) == " 首页   接待登记    ")
        #expect(c[6, 0].element == .tab)      // the gap between tabs
        #expect(c[7, 0].element == .tabActive)
        KeyBar([.init("F1", "帮助"), .init("F2", "接待登记"), .init("F10", "退出")]).render(into: &c, x: 0, y: 1, width: 20)
        // F10 (quit) is kept: the entries before it give way.
        #expect(c.rowText(1) == "F1帮助 F10退出      ")
        #expect(c[0, 1].element == .keybarKey)
    }

    @Test("status line cuts the right side first")
    func status() {
        var c = Canvas(width: 25, height: 1)
        StatusLine(left: "联络站前台", right: "值班：王小明").render(into: &c, x: 0, y: 0, width: 25)
        #expect(c.rowText(0) == " 联络站前台 值班：王小明 ")
        var d = Canvas(width: 18, height: 1)
        StatusLine(left: "联络站前台", right: "值班：王小明").render(into: &d, x: 0, y: 0, width: 18)
        #expect(d.rowText(0) == " 联络站前台 值... ")
    }

    @Test("bar chart scales to the largest, keeps small values visible")
    func barChart() {
        let chart = BarChart([.init("已登记", 10), .init("超期", 1), .init("零", 0)])
        var c = Canvas(width: 20, height: 3, ascii: true)
        chart.render(into: &c, rect: c.bounds)
        #expect(c.rowText(0) == "已登记 ########## 10")
        #expect(c.rowText(1) == "超期   #           1")
        #expect(c.rowText(2) == "零                 0")
    }

    @Test("sparkline levels, and the newest values when space is short")
    func sparkline() {
        #expect(Sparkline([0, 1, 7, 14]).levels(count: 10) == [0, 1, 4, 7])
        #expect(Sparkline([9, 9, 0, 7]).levels(count: 2) == [0, 7])
        var c = Canvas(width: 4, height: 1)
        Sparkline([0, 1, 7, 14]).render(into: &c, x: 0, y: 0, width: 4)
        #expect(c.rowText(0) == "▁▂▅█")
    }

    @Test("help overlay lists screen keys and global keys, closes on Esc, F1 and ?")
    func help() {
        var h = HelpOverlay(screenTitle: Catalogue.home, screenKeys: [KeyHelp("t", Catalogue.helpTheme)],
                            globalKeys: AppModel.globalKeys)
        var c = Canvas(width: 80, height: 30)
        h.render(into: &c, area: c.bounds, language: .en)
        #expect(c.text.contains("This screen: Home"))
        #expect(c.text.contains("Next colour theme"))
        #expect(c.text.contains("F10  Ctrl-Q"))
        #expect(c.text.contains("Alt-1 … Alt-7"))
        do { let r = h.handle(.key(.down)); #expect(!r) }
        do { let r = h.handle(.key(.escape)); #expect(r) }
        do { let r = h.handle(.key(.function(1))); #expect(r) }
        do { let r = h.handle(.text("?")); #expect(r) }
    }
}

@Suite("Text wrap")
struct TextWrapTests {
    @Test("wraps by width and never starts a line with closing punctuation")
    func wrap() {
        #expect(TextWrap.lines("一二三四五。", width: 10) == ["一二三四", "五。"])
        #expect(TextWrap.lines("一二三四五六", width: 10) == ["一二三四五", "六"])
        #expect(TextWrap.lines("ab\n王", width: 10) == ["ab", "王"])
        #expect(TextWrap.lines("\u{1B}[2J", width: 10) == ["^[[2J"])
        for line in TextWrap.lines("这一页由另一项任务实现。按 Esc 返回，或用 F2–F7 前往其他页面。", width: 9) {
            #expect(line.displayWidth <= 9)
            #expect(!(line.first.map { TextWrap.noLineStart.contains($0) } ?? false))
        }
    }
}
