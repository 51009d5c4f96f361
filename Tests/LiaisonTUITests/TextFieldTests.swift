@testable import LiaisonTUI
import Testing

@Suite("Text field")
struct TextFieldTests {
    func render(_ f: TextField, width: Int, focused: Bool = true) -> Canvas {
        var c = Canvas(width: width + 2, height: 1)
        f.render(into: &c, x: 1, y: 0, width: width, focused: focused)
        return c
    }

    @Test("typing Chinese puts the cursor after it, by display width")
    func chineseCursor() {
        var f = TextField()
        f.handle(.text("王小明"))
        let c = render(f, width: 20)
        #expect(c.rowText(0).hasPrefix(" 王小明"))
        #expect(c.cursor?.x == 1 + 6)
        #expect(c.cursor?.y == 0)
    }

    @Test("the caret moves by character, not by byte or cell")
    func caretMoves() {
        var f = TextField("王小明")
        f.handle(.key(.left))
        f.handle(.key(.left))
        #expect(f.caret == 1)
        f.handle(.text("李"))
        #expect(f.text == "王李小明")
        #expect(render(f, width: 20).cursor?.x == 1 + 4)
        f.handle(.key(.backspace))
        f.handle(.key(.delete))
        #expect(f.text == "王明")
        f.handle(.key(.home)); f.handle(.text("a")); f.handle(.key(.end)); f.handle(.text("z"))
        #expect(f.text == "a王明z")
    }

    @Test("a burst (IME commit, paste) is inserted whole at the caret")
    func burst() {
        var f = TextField("路灯")
        f.handle(.key(.home))
        f.handle(.text("北山街道"))
        #expect(f.text == "北山街道路灯")
        #expect(f.caret == 4)
    }

    @Test("pasted line breaks and controls do not enter a single line")
    func paste() {
        var f = TextField()
        f.handle(.text("第一行\r\n第二行\t\u{1B}[2J"))
        #expect(f.text == "第一行 第二行 ^[[2J")
    }

    @Test("long text scrolls so the caret stays visible; a wide character is not split")
    func scroll() {
        var f = TextField("一二三四五六七八九十")  // 20 cells
        let c = render(f, width: 9)
        // Caret at the end needs one cell: 8 cells of text = 4 characters.
        #expect(c.rowText(0) == " 七八九十  ")
        #expect(c.cursor?.x == 1 + 8)
        f.handle(.key(.home))
        let d = render(f, width: 9)
        #expect(d.rowText(0) == " 一二三四  ")   // 5th character would need cells 8–9: left off
        #expect(d.cursor?.x == 1)
    }

    @Test("kill to start and to end, max length")
    func editingKeys() {
        var f = TextField("abcdef", maxLength: 8)
        f.handle(.key(.left)); f.handle(.key(.left))
        f.handle(.key(.ctrl("k")))
        #expect(f.text == "abcd")
        f.handle(.key(.ctrl("u")))
        #expect(f.text == "")
        f.handle(.text("一二三四五六七八九十"))
        #expect(f.text == "一二三四五六七八")
    }

    @Test("keys a field does not use are left to its owner")
    func unused() {
        var f = TextField()
        do { let r = f.handle(.key(.tab)); #expect(!r) }
        do { let r = f.handle(.key(.enter)); #expect(!r) }
        do { let r = f.handle(.key(.escape)); #expect(!r) }
        do { let r = f.handle(.key(.function(2))); #expect(!r) }
    }

    @Test("placeholder shows only when empty and not focused; no cursor then")
    func placeholder() {
        let f = TextField(placeholder: "姓名")
        let c = render(f, width: 10, focused: false)
        #expect(c.rowText(0).hasPrefix(" 姓名"))
        #expect(c.cursor == nil)
        #expect(render(f, width: 10).rowText(0) == "            ")
    }
}

@Suite("Text area")
struct TextAreaTests {
    @Test("wraps by display width; Chinese never straddles the edge")
    func wrap() {
        let a = TextArea("路灯不亮已有三周abc")
        let rows = a.rows(width: 5)
        let text = Array(a.text)
        #expect(rows.map { String(text[$0.start..<$0.end]) } == ["路灯", "不亮", "已有", "三周a", "bc"])
    }

    @Test("Enter breaks the line; Up/Down keep the column by width")
    func vertical() {
        var a = TextArea()
        a.layoutWidth = 20
        a.handle(.text("第一行abc"))
        a.handle(.key(.enter))
        a.handle(.text("ab"))
        #expect(a.text == "第一行abc\nab")
        a.handle(.key(.up))
        // Column 2 on the first row falls after 第 (cells 0–1).
        #expect(a.caret == 1)
        a.handle(.key(.down))
        #expect(a.caret == 9)    // "第一行abc\n" is 7 characters, then column 2 = after "ab"
    }

    @Test("renders rows and places the cursor, scrolling to the caret")
    func render() {
        let a = TextArea("一二三四五六七八九十")   // 20 cells
        var c = Canvas(width: 6, height: 2)
        a.render(into: &c, rect: Rect(x: 0, y: 0, width: 6, height: 2), focused: true)
        // Rows of 6 cells: 一二三 / 四五六 / 七八九 / 十 — the caret is on the last.
        #expect(c.text == "七八九\n十    ")
        #expect(c.cursor?.x == 2)
        #expect(c.cursor?.y == 1)
    }

    @Test("pasted text keeps its line breaks but no other controls")
    func paste() {
        var a = TextArea()
        a.handle(.text("一\r\n二\u{7}"))
        #expect(a.text == "一\n二^G")
    }
}
