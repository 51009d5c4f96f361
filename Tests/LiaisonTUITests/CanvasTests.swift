import LiaisonCore
@testable import LiaisonTUI
import Testing

@Suite("Canvas")
struct CanvasTests {
    @Test("wide characters take two cells and read back whole")
    func wide() {
        var c = Canvas(width: 8, height: 1)
        let w = c.put("王a小", x: 0, y: 0)
        #expect(w == 5)
        #expect(c.rowText(0) == "王a小   ")
        #expect(c[1, 0].isContinuation)
        #expect(c[4, 0].isContinuation)
    }

    @Test("a wide character is never split at the right edge")
    func rightEdge() {
        var c = Canvas(width: 5, height: 1)
        c.put("王小明", x: 0, y: 0)
        #expect(c.rowText(0) == "王小 ")
        #expect(!c[4, 0].isContinuation)
    }

    @Test("a wide character half outside the clip on the left shows as a blank")
    func leftEdge() {
        var c = Canvas(width: 6, height: 1)
        c.put("王小明", x: -1, y: 0)
        #expect(c.rowText(0) == " 小明 ")
        var d = Canvas(width: 6, height: 1)
        d.put("王小明", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 4, height: 1))
        #expect(d.rowText(0) == "  小  ")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var c = Canvas(width: 4, height: 1)
        c.put("王小", x: 0, y: 0)
        c.put("x", x: 1, y: 0)        // right half of 王
        #expect(c.rowText(0) == " x小")
        c.put("y", x: 2, y: 0)        // left half of 小
        #expect(c.rowText(0) == " xy ")
        #expect(!c[3, 0].isContinuation)
    }

    @Test("text is sanitised before it reaches a cell")
    func sanitised() {
        var c = Canvas(width: 12, height: 1)
        c.put("\u{1B}[2J清屏", x: 0, y: 0)
        #expect(c.rowText(0) == "^[[2J清屏   ")
        #expect(!c.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test("combining marks stay with their base; lone marks are dropped")
    func combining() {
        var c = Canvas(width: 4, height: 1)
        c.put("e\u{301}x", x: 0, y: 0)
        #expect(c[0, 0].character == "e\u{301}")
        #expect(c.rowText(0) == "e\u{301}x  ")
        var d = Canvas(width: 3, height: 1)
        #expect(d.put("\u{301}a", x: 0, y: 0) == 1)
        #expect(d.rowText(0) == "a  ")
    }

    @Test("fitted text pads with the element's style and cuts with ASCII dots")
    func fitted() {
        var c = Canvas(width: 10, height: 1)
        c.putFitted("接待登记表格说明", x: 0, y: 0, width: 9, element: .selected)
        #expect(c.rowText(0) == "接待登... ")
        #expect(c[8, 0].element == .selected)
        #expect(c[9, 0].element == .normal)
    }

    @Test("boxes in Unicode and in ASCII")
    func boxes() {
        var u = Canvas(width: 6, height: 3)
        u.box(u.bounds)
        #expect(u.text == "┌────┐\n│    │\n└────┘")
        var a = Canvas(width: 6, height: 3, ascii: true)
        a.box(a.bounds, title: "站")
        #expect(a.text == "+ 站 +\n|    |\n+----+")
    }

    @Test("writes outside the canvas are ignored")
    func outside() {
        var c = Canvas(width: 3, height: 2)
        c.put("abc", x: 0, y: 5)
        c.put("abc", x: 10, y: 0)
        c.fill(Rect(x: -5, y: -5, width: 100, height: 100), element: .dialog)
        #expect(c.text == "   \n   ")
        #expect(c[2, 1].element == .dialog)
    }
}
