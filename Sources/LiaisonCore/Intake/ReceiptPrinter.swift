import Foundation

/// The receipt (回执) handed to a visitor: case numbers, the expected reply
/// date in working days, the station's phone and a `CASE:` QR code — as text
/// for a terminal or a receipt printer, and as SVG for a page.
public struct ReceiptPrinter: Sendable {
    public let stationName: String
    public let stationPhone: String
    public let receipt: IntakeReceipt

    public init(stationName: String, stationPhone: String, receipt: IntakeReceipt) {
        self.stationName = stationName
        self.stationPhone = stationPhone
        self.receipt = receipt
    }

    /// The QR payload for one case.
    public static func payload(_ c: Case) -> String { "CASE:" + c.number }

    public func text(_ language: Language, qr: Bool = true) -> String {
        let zh = language == .zh
        var lines = [stationName, zh ? "来访回执" : "Receipt", ""]
        for entry in receipt.entries {
            lines.append((zh ? "案件号：" : "Case: ") + entry.caseRecord.number + (entry.linkedToExisting ? (zh ? "（并入已有案件）" : " (joined an existing case)") : ""))
            lines.append((zh ? "事项：" : "Matter: ") + entry.caseRecord.title)
            lines.append((zh ? "预计答复：" : "Expected reply by: ") + entry.expectedReply.description)
            if qr, let code = try? QRCode.encode(text: Self.payload(entry.caseRecord), ecc: .medium) {
                lines.append(contentsOf: QRRenderer.terminalLines(code, ascii: false).plainLines)
            }
            lines.append("")
        }
        lines.append((zh ? "咨询电话：" : "Station phone: ") + stationPhone)
        lines.append((zh ? "登记时间：" : "Registered: ") + receipt.savedAt.prefix(16).replacingOccurrences(of: "T", with: " "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A printable A6-ish page, one block per case, each with its QR code.
    public func svg(_ language: Language) -> String {
        let zh = language == .zh
        let module = 4, blockHeight = 190, width = 600
        let height = 110 + blockHeight * receipt.entries.count + 60
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif">
        <rect width="100%" height="100%" fill="#fff"/>
        <text x="20" y="40" font-size="22">\(xml(stationName))</text>
        <text x="20" y="75" font-size="18">\(zh ? "来访回执" : "Receipt")</text>

        """
        for (i, entry) in receipt.entries.enumerated() {
            let top = 100 + i * blockHeight
            if let code = try? QRCode.encode(text: Self.payload(entry.caseRecord), ecc: .medium) {
                var path = ""
                for y in 0..<code.size { for x in 0..<code.size where code[x, y] {
                    path += "M\(20 + (x + 4) * module),\(top + (y + 4) * module)h\(module)v\(module)h-\(module)z"
                } }
                out += "<path d=\"\(path)\" fill=\"#000\"/>\n"
            }
            out += """
            <text x="190" y="\(top + 40)" font-size="18">\(zh ? "案件号" : "Case")：\(xml(entry.caseRecord.number))</text>
            <text x="190" y="\(top + 75)" font-size="14">\(xml(entry.caseRecord.title))</text>
            <text x="190" y="\(top + 105)" font-size="14">\(zh ? "预计答复" : "Expected reply by")：\(entry.expectedReply)</text>

            """
        }
        out += """
        <text x="20" y="\(height - 30)" font-size="14">\(zh ? "咨询电话" : "Station phone")：\(xml(stationPhone))</text>
        </svg>

        """
        return out
    }

    func xml(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters outright.
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
