import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LiaisonCore

@Suite("QR renderers")
struct QRRendererTests {
    static let payloads = ["REP:7K2M9Q4D8RX", "代表联络站 夜聊", String(repeating: "case 42 ", count: 30)]

    private func codes() throws -> [QRCode] {
        try Self.payloads.enumerated().map { i, text in
            try QRCode.encode(text: text, ecc: QRErrorCorrection.allCases[i % 4], mask: i == 0 ? 5 : nil)
        }
    }

    @Test func plainTextParsesBackToTheSameMatrix() throws {
        for code in try codes() {
            let text = QRRenderer.text(code, colour: false)
            #expect(!text.contains("\u{1B}"))
            let lines = text.split(separator: "\n")
            #expect(lines.count == (code.size + 8 + 1) / 2)
            #expect(lines.allSatisfy { $0.count == code.size + 8 })
            let parsed = try #require(QRTextParsing.matrix(fromHalfBlocks: text))
            #expect(QRTextParsing.interior(parsed) == code.rows)
        }
    }

    @Test func colouredTextSetsDarkOnLightOnEveryLine() throws {
        for code in try codes() {
            let text = QRRenderer.text(code)
            let lines = text.split(separator: "\n")
            #expect(lines.count == (code.size + 8 + 1) / 2)
            #expect(lines.allSatisfy { $0.hasPrefix(QRRenderer.darkOnLight) && $0.hasSuffix(QRRenderer.reset) })
            #expect(QRTextParsing.stripSGR(text) == QRRenderer.text(code, colour: false))
            let parsed = try #require(QRTextParsing.matrix(fromHalfBlocks: text))
            #expect(QRTextParsing.interior(parsed) == code.rows)
        }
    }

    @Test func ansiBackgroundsParseBackToTheSameMatrix() throws {
        for code in try codes() {
            let ansi = QRRenderer.ansi(code)
            #expect(!ansi.contains("▀") && !ansi.contains("█"))
            let parsed = try #require(QRTextParsing.matrix(fromBackgrounds: ansi))
            #expect(parsed.count == code.size + 8)
            #expect(QRTextParsing.interior(parsed) == code.rows)
        }
    }

    @Test func terminalLinesInBothForms() throws {
        for code in try codes() {
            let side = code.size + 8
            let half = QRRenderer.terminalLines(code, ascii: false)
            #expect(!half.ascii)
            #expect(half.width == side)
            #expect(half.height == (side + 1) / 2)
            #expect(half.plainLines.map { $0 + "\n" }.joined() == QRRenderer.text(code, colour: false))
            for (row, cells) in half.rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    #expect(cell.width == 1)
                    #expect(cell.upperDark == code[column - 4, 2 * row - 4])
                    #expect(cell.lowerDark == code[column - 4, 2 * row - 3])
                }
            }

            let ascii = QRRenderer.terminalLines(code, ascii: true)
            #expect(ascii.ascii)
            #expect(ascii.width == 2 * side)
            #expect(ascii.height == side)
            #expect(ascii.plainLines.allSatisfy { $0 == String(repeating: " ", count: 2 * side) })
            let darkCells = ascii.rows.enumerated().flatMap { y, cells in
                cells.enumerated().filter { $0.element.isDark }.map { [$0.offset - 4, y - 4] }
            }
            let darkModules = (0..<code.size).flatMap { y in (0..<code.size).filter { code[$0, y] }.map { [$0, y] } }
            #expect(darkCells == darkModules)
        }
    }

    @Test(arguments: [1, 2, 4, 7])
    func pbmIsWellFormedAndScaled(scale: Int) throws {
        for code in try codes() {
            let pbm = QRRenderer.pbm(code, scale: scale)
            let lines = pbm.split(separator: "\n")
            #expect(lines[0] == "P1")
            let side = (code.size + 8) * scale
            #expect(lines[1] == "\(side) \(side)")
            #expect(lines.dropFirst(2).allSatisfy { $0.count <= 70 && $0.allSatisfy { $0 == "0" || $0 == "1" } })
            let pixels = lines.dropFirst(2).joined().map { $0 == "1" }
            try #require(pixels.count == side * side)
            for y in 0..<side {
                for x in 0..<side {
                    let expected = code[x / scale - 4, y / scale - 4]
                    if pixels[y * side + x] != expected {
                        Issue.record("pixel \(x),\(y) differs at scale \(scale)")
                        return
                    }
                }
            }
        }
    }

    @Test func pbmDefaultScaleIsFour() throws {
        let code = try QRCode.encode(text: "REP:7K2M9Q4D8RX")
        #expect(QRRenderer.pbm(code).split(separator: "\n")[1] == "\((code.size + 8) * 4) \((code.size + 8) * 4)")
    }

    @Test func svgIsWellFormedAndHoldsTheModules() throws {
        for code in try codes() {
            let svg = QRRenderer.svg(code, scale: 3)
            let document = try #require(SVGDocument.parse(svg))
            #expect(document.root == "svg")
            let side = code.size + 8
            #expect(document.rootAttributes["width"] == "\(side * 3)")
            #expect(document.rootAttributes["viewBox"] == "0 0 \(side) \(side)")
            let path = try #require(document.paths.first)
            #expect(SVGDocument.modules(inPath: path, offset: 4, size: code.size) == code.rows)
        }
    }

    @Test func cardEscapesTextAndCarriesTheCode() throws {
        let hostile = RepresentativeCardSVG(name: "<b>&\"'\u{01}", level: "县级人大代表", station: "A&B 站", code: "REP:7K2M9Q4D8RX")
        let svg = try hostile.render()
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;b&gt;&amp;&quot;&apos;\u{FFFD}"))
        let hostileDocument = try #require(SVGDocument.parse(svg))
        #expect(hostileDocument.texts.contains("<b>&\"'\u{FFFD}"))
        #expect(hostileDocument.texts.contains("A&B 站"))

        let card = RepresentativeCardSVG(name: "王小明", level: "县级人大代表", station: "城南街道代表联络站", code: "REP:7K2M9Q4D8RX")
        let document = try #require(SVGDocument.parse(try card.render()))
        #expect(document.root == "svg")
        #expect(document.texts == ["王小明", "县级人大代表", "城南街道代表联络站", "REP:7K2M9Q4D8RX"])
        let code = try QRCode.encode(text: "REP:7K2M9Q4D8RX")
        let path = try #require(document.paths.first)
        #expect(SVGDocument.modules(inPath: path, offset: 4, size: code.size) == code.rows)
    }

    @Test func cardWrapsLongTextWithinItsLines() {
        let lines = RepresentativeCardSVG.wrap(String(repeating: "很长的联络站名称", count: 6), fontSize: 28, maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines.last?.hasSuffix("...") == true)
        #expect(RepresentativeCardSVG.wrap("", fontSize: 28, maxLines: 2) == [""])
    }

    @Test func svgTextEscaping() {
        #expect(SVGText.escaped("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;")
        #expect(SVGText.escaped("x\u{1B}[2Jy\u{0}") == "x\u{FFFD}[2Jy\u{FFFD}")
        #expect(SVGText.escaped("代表\t\n") == "代表\t\n")
    }
}

/// A minimal reading of our SVG output with Foundation's XML parser.
final class SVGDocument: NSObject, XMLParserDelegate {
    var root: String?
    var rootAttributes: [String: String] = [:]
    var paths: [String] = []
    var texts: [String] = []
    private var currentText: String?

    static func parse(_ svg: String) -> SVGDocument? {
        let document = SVGDocument()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = document
        return parser.parse() ? document : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if root == nil {
            root = name
            rootAttributes = attributes
        }
        if name == "path", let d = attributes["d"] { paths.append(d) }
        if name == "text" { currentText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentText? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = currentText {
            texts.append(text)
            currentText = nil
        }
    }

    /// Rebuilds modules from "Mx,yhNv1h-Nz" runs.
    static func modules(inPath d: String, offset: Int, size: Int) -> [[Bool]]? {
        var rows = [[Bool]](repeating: [Bool](repeating: false, count: size), count: size)
        for part in d.split(separator: "z") {
            let numbers = part.split(whereSeparator: { !"0123456789-".contains($0) }).compactMap { Int($0) }
            guard part.hasPrefix("M"), numbers.count == 5, numbers[3] == 1, numbers[4] == -numbers[2] else { return nil }
            let (x, y, length) = (numbers[0] - offset, numbers[1] - offset, numbers[2])
            guard y >= 0, y < size, x >= 0, x + length <= size else { return nil }
            for i in x..<(x + length) { rows[y][i] = true }
        }
        return rows
    }
}
