import Testing
@testable import LiaisonCore

@Suite("Validation: text normalisation")
struct TextNormalizerTests {
    @Test func removesControlAndBidi() {
        #expect(TextNormalizer.line("路灯\u{1B}[2J坏了") == "路灯[2J坏了")
        #expect(TextNormalizer.line("a\u{202E}b\u{0007}c\u{9B}d") == "abcd")
        #expect(TextNormalizer.line("\u{1B}]52;c;SGVsbG8=\u{07}") == "]52;c;SGVsbG8=")
        #expect(TextNormalizer.line("第一行\n第二行\t尾") == "第一行 第二行 尾")
    }

    @Test func keepsNewlinesInParagraphs() {
        #expect(TextNormalizer.paragraph("第一行\r\n第二行\r第三行") == "第一行\n第二行\n第三行")
    }

    @Test func composesToNFC() {
        let decomposed = "e\u{0301}"
        #expect(TextNormalizer.line(decomposed).unicodeScalars.count == 1)
    }

    @Test func lengthLimits() throws {
        #expect(throws: ValidationError.tooLong(field: Bilingual("姓名", "Name"), limit: 3)) {
            try TextNormalizer.field("王小明明", name: Bilingual("姓名", "Name"), limit: 3)
        }
        #expect(throws: ValidationError.empty(field: Bilingual("姓名", "Name"))) {
            try TextNormalizer.field("  \u{1B} ", name: Bilingual("姓名", "Name"), limit: 3, required: true)
        }
        #expect(try TextNormalizer.field(" 王小明 ", name: Bilingual("姓名", "Name"), limit: 3) == "王小明")
    }

    @Test func everyValidationMessageExistsInBothLanguages() {
        let errors: [ValidationError] = [.phoneFormat, .phoneMobilePrefix, .residentIDLength, .residentIDCharacters,
                                         .residentIDCheckDigit, .residentIDBirthDate, .residentIDRegion,
                                         .empty(field: Bilingual("姓名", "Name")), .date(field: Bilingual("日期", "Date"))]
        for e in errors {
            #expect(!e.message.zh.isEmpty && !e.message.en.isEmpty && e.message.zh != e.message.en)
        }
    }
}
