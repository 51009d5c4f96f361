import LiaisonCore
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII, Chinese, mixed")
    func basics() {
        #expect("abc".displayWidth == 3)
        #expect("王小明".displayWidth == 6)
        #expect("A王b".displayWidth == 4)
        #expect("，。！".displayWidth == 6)         // full-width punctuation
        #expect("ＡＢ".displayWidth == 4)            // full-width Latin
        #expect("한국".displayWidth == 4)
        #expect("".displayWidth == 0)
    }

    @Test("combining marks take no cell")
    func combining() {
        #expect("e\u{301}".displayWidth == 1)       // é as e + acute
        #expect("a\u{300}\u{316}".displayWidth == 1)
        #expect("\u{301}".displayWidth == 0)        // a lone mark
    }

    @Test("emoji are wide, including sequences")
    func emoji() {
        #expect("😀".displayWidth == 2)
        #expect("👍🏽".displayWidth == 2)            // with skin tone
        #expect("👨‍👩‍👧".displayWidth == 2)              // ZWJ family
        #expect("🇨🇳".displayWidth == 2)             // flag
        #expect("❤️".displayWidth == 2)             // text heart + VS16
        #expect("❤".displayWidth == 1)              // text presentation
    }

    @Test("ambiguous-width characters count as one")
    func ambiguous() {
        #expect("─│┌".displayWidth == 3)
        #expect("…".displayWidth == 1)
        #expect("①".displayWidth == 1)
        #expect("█▀▄".displayWidth == 3)
    }

    @Test("controls have no width of their own")
    func controls() {
        #expect("\u{1B}".displayWidth == 0)
        #expect("a\u{7}b".displayWidth == 2)
    }

    @Test("truncation by width, never splitting a wide character")
    func truncate() {
        #expect(DisplayWidth.truncate("王小明来访", to: 10) == "王小明来访")
        #expect(DisplayWidth.truncate("王小明来访", to: 9) == "王小明...")
        #expect(DisplayWidth.truncate("王小明来访", to: 8) == "王小...")   // 王小 = 4 + ... = 7; 王小明 would be 9
        #expect(DisplayWidth.truncate("abcdef", to: 5) == "ab...")
        #expect(DisplayWidth.truncate("abcdef", to: 2) == "ab")           // no room for the ellipsis
        #expect(DisplayWidth.truncate("王小明", to: 3) == "...")
        #expect(DisplayWidth.truncate("王小明", to: 0) == "")
        #expect(DisplayWidth.prefix("王小明", width: 5) == "王小")
        #expect(DisplayWidth.truncate("a😀b😀c", to: 6) == "a😀...")
        for w in 0...12 {
            #expect(DisplayWidth.truncate("混合 mixed 文本😀e\u{301}", to: w).displayWidth <= w)
        }
    }

    @Test("fit pads to the exact width")
    func fit() {
        #expect(DisplayWidth.fit("王", to: 5) == "王   ")
        #expect(DisplayWidth.fit("王", to: 5, alignRight: true) == "   王")
        #expect(DisplayWidth.fit("王小明来访", to: 5) == "王...")
        #expect(DisplayWidth.fit("王小明来访", to: 6) == "王... ")  // 王小 + ... would be 7
        #expect(DisplayWidth.fit("王小明来访", to: 6).displayWidth == 6)
    }
}

@Suite("Display sanitiser")
struct DisplaySanitizerTests {
    @Test("escape sequences become visible text")
    func escapes() {
        #expect(DisplaySanitizer.sanitize("\u{1B}[2J清屏") == "^[[2J清屏")
        #expect(DisplaySanitizer.sanitize("\u{1B}]0;title\u{7}") == "^[]0;title^G")
        #expect(DisplaySanitizer.sanitize("a\u{9B}31mb") == "a<U+009B>31mb")   // C1 CSI
    }

    @Test("C0, DEL, tab, newlines")
    func controls() {
        #expect(DisplaySanitizer.sanitize("a\u{0}b") == "a^@b")
        #expect(DisplaySanitizer.sanitize("x\u{7F}") == "x^?")
        #expect(DisplaySanitizer.sanitize("a\tb") == "a b")
        #expect(DisplaySanitizer.sanitize("一\n二") == "一^J二")
        #expect(DisplaySanitizer.sanitize("一\n二", keepNewlines: true) == "一\n二")
        #expect(DisplaySanitizer.sanitize("一\r\n二", keepNewlines: true) == "一\n二")
        #expect(DisplaySanitizer.sanitize("一\r二", keepNewlines: true) == "一^M二")
    }

    @Test("bidi overrides and isolates are shown, not obeyed")
    func bidi() {
        #expect(DisplaySanitizer.sanitize("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(DisplaySanitizer.sanitize("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
        #expect(DisplaySanitizer.sanitize("\u{200F}") == "<U+200F>")
        #expect(DisplaySanitizer.sanitize("a\u{2028}b") == "a<U+2028>b")
    }

    @Test("clean text is untouched, emoji joiners survive")
    func clean() {
        let s = "王小明 反映：路灯不亮 👨‍👩‍👧 e\u{301}"
        #expect(DisplaySanitizer.sanitize(s) == s)
        #expect(DisplaySanitizer.isClean(s))
        #expect(!DisplaySanitizer.isClean("\u{1B}"))
    }

    @Test("no output ever contains a control character")
    func exhaustive() {
        var all = ""
        for v in 0..<0xA0 { all.unicodeScalars.append(Unicode.Scalar(UInt32(v))!) }
        let out = DisplaySanitizer.sanitize(all)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
