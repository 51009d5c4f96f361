import Foundation

/// A representative's printable card (亮码): the QR code on the left, name,
/// level, station and the code in plain text on the right. Bank-card
/// proportions (85.6 × 54 mm), drawn in tenths of a millimetre.
public struct RepresentativeCardSVG: Sendable {
    public let name: String
    public let level: String
    public let station: String
    /// The payload of the QR code, also printed so it can be typed by hand.
    public let code: String
    public let errorCorrection: QRErrorCorrection

    public init(name: String, level: String, station: String, code: String, errorCorrection: QRErrorCorrection = .medium) {
        self.name = name
        self.level = level
        self.station = station
        self.code = code
        self.errorCorrection = errorCorrection
    }

    private static let cardWidth = 856
    private static let cardHeight = 540
    private static let margin = 30
    private static let textLeft = 530
    private static let textWidth = cardWidth - textLeft - margin

    /// The whole SVG document. Throws when the code does not fit a QR code.
    public func render() throws -> String {
        let qr = try QRCode.encode(text: code, ecc: errorCorrection)
        let modules = qr.size + 2 * QRRenderer.quietZone
        // The QR code fills the left square between the margins, in module units.
        let qrSide = Self.cardHeight - 2 * Self.margin
        let scale = Double(qrSide) / Double(modules)

        var text: [String] = []
        var baseline = 90
        for line in Self.wrap(name, fontSize: 56, maxLines: 2) {
            text.append(Self.textElement(line, y: baseline, size: 56, weight: "bold"))
            baseline += 66
        }
        baseline += 10
        for line in Self.wrap(level, fontSize: 32, maxLines: 2) {
            text.append(Self.textElement(line, y: baseline, size: 32, weight: "normal"))
            baseline += 42
        }
        for line in Self.wrap(station, fontSize: 28, maxLines: 3) {
            text.append(Self.textElement(line, y: baseline, size: 28, weight: "normal"))
            baseline += 36
        }
        // The code goes at the bottom, in a monospace face, wrapped by characters.
        let codeLines = Self.wrap(code, fontSize: 22, maxLines: 4, monospace: true)
        var codeBaseline = Self.cardHeight - Self.margin - 10 - 28 * (codeLines.count - 1)
        for line in codeLines {
            text.append(Self.textElement(line, y: codeBaseline, size: 22, weight: "normal", family: "monospace"))
            codeBaseline += 28
        }

        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="85.6mm" height="54mm" \
        viewBox="0 0 \(Self.cardWidth) \(Self.cardHeight)">
        <rect x="0" y="0" width="\(Self.cardWidth)" height="\(Self.cardHeight)" fill="#FFFFFF" stroke="#B22222" stroke-width="4"/>
        <g transform="translate(\(Self.margin) \(Self.margin)) scale(\(String(format: "%.4f", scale)))" shape-rendering="crispEdges">
        \(QRRenderer.svgBody(qr, x: 0, y: 0))
        </g>
        \(text.joined(separator: "\n"))
        </svg>

        """
    }

    private static func textElement(_ content: String, y: Int, size: Int, weight: String, family: String = "sans-serif") -> String {
        "<text x=\"\(textLeft)\" y=\"\(y)\" font-family=\"\(family)\" font-size=\"\(size)\" font-weight=\"\(weight)\" fill=\"#000000\">\(SVGText.escaped(content))</text>"
    }

    /// SVG has no line wrapping: break by estimated width (CJK one em, other
    /// characters about 0.6 em), and end the last allowed line with "..." when
    /// text is left over.
    static func wrap(_ text: String, fontSize: Int, maxLines: Int, monospace: Bool = false) -> [String] {
        let available = Double(textWidth)
        var lines: [String] = []
        var current = ""
        var width = 0.0
        for character in text {
            let isWide = character.unicodeScalars.contains { $0.value >= 0x1100 }
            let advance = Double(fontSize) * (isWide && !monospace ? 1.0 : (isWide ? 1.2 : 0.6))
            if width + advance > available, !current.isEmpty {
                lines.append(current)
                current = ""
                width = 0
            }
            current.append(character)
            width += advance
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(current)
        }
        if lines.count > maxLines {
            var kept = Array(lines.prefix(maxLines))
            var last = kept[maxLines - 1]
            while !last.isEmpty, estimatedWidth(last + "...", fontSize: fontSize) > available {
                last.removeLast()
            }
            kept[maxLines - 1] = last + "..."
            lines = kept
        }
        return lines
    }

    private static func estimatedWidth(_ text: String, fontSize: Int) -> Double {
        text.reduce(0) { $0 + Double(fontSize) * ($1.unicodeScalars.contains { $0.value >= 0x1100 } ? 1.0 : 0.6) }
    }
}
