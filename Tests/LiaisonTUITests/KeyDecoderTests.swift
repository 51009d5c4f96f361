@testable import LiaisonTUI
import Testing

@Suite("Key decoding")
struct KeyDecoderTests {
    func scalars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .scalar($0.value) } }

    @Test("an IME commit read in one burst is one text event")
    func imeBurst() {
        #expect(KeyDecoder.decode(scalars("王小明")) == [.text("王小明")])
    }

    @Test("Esc followed by a digit is Alt-digit; Esc alone is Escape")
    func alt() {
        #expect(KeyDecoder.decode(scalars("\u{1B}2")) == [.key(.alt("2"))])
        #expect(KeyDecoder.decode(scalars("\u{1B}")) == [.key(.escape)])
        #expect(KeyDecoder.decode(scalars("\u{1B}\u{1B}")) == [.key(.escape), .key(.escape)])
    }

    @Test("control characters are keys, splitting text around them")
    func controls() {
        #expect(KeyDecoder.decode(scalars("ab\tc\r")) == [.text("ab"), .key(.tab), .text("c"), .key(.enter)])
        #expect(KeyDecoder.decode(scalars("\u{11}\u{13}\u{7F}\u{8}")) ==
                [.key(.ctrl("q")), .key(.ctrl("s")), .key(.backspace), .key(.backspace)])
    }

    @Test("library-decoded keys pass through in order")
    func keys() {
        let burst: [RawInput] = [.scalar(0x61), .key(.left), .key(.function(10)), .resize(width: 60, height: 20)]
        #expect(KeyDecoder.decode(burst) == [.text("a"), .key(.left), .key(.function(10)),
                                            .resize(width: 60, height: 20)])
    }

    @Test("an unknown escape sequence is dropped, not typed")
    func unknownSequence() {
        #expect(KeyDecoder.decode(scalars("\u{1B}[200~x")) == [.text("x")])
        #expect(KeyDecoder.decode(scalars("\u{1B}[1;5Pz")) == [.text("z")])
    }

    @Test("a scanner line: code text then Enter")
    func scanner() {
        #expect(KeyDecoder.decode(scalars("REP:0123456789X\r")) == [.text("REP:0123456789X"), .key(.enter)])
    }
}
