import Foundation
import LiaisonCore

/// The receipt (回执) after a save: case numbers, expected reply dates, the
/// station's phone, the visitor's details masked, and the `CASE:` QR code of
/// the selected case drawn on screen. `w` writes it as text and SVG.
public struct ReceiptView: Sendable {
    public let printer: ReceiptPrinter
    public let visitorName: String
    public let maskedPhone: String
    public let maskedResidentID: String
    /// Where receipt files go (beside the database).
    public let folder: URL
    public private(set) var selected = 0

    public mutating func move(_ step: Int) {
        selected = max(0, min(printer.receipt.entries.count - 1, selected + step))
    }

    /// Writes `receipts/回执-NUMBER.txt` and `.svg`; returns the message to show.
    public func write() throws -> Bilingual {
        let dir = folder.appendingPathComponent("receipts")
        let first = printer.receipt.entries.first?.caseRecord.number ?? "receipt"
        let base = dir.appendingPathComponent("receipt-" + first)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(printer.text(.zh).utf8).write(to: base.appendingPathExtension("txt"), options: .atomic)
            try Data(printer.svg(.zh).utf8).write(to: base.appendingPathExtension("svg"), options: .atomic)
        } catch {
            throw ReceiptWriteError(path: base.path)
        }
        return Catalogue.receiptWritten(base.path + ".txt / .svg")
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let entries = printer.receipt.entries
        var qrLines: [String] = []
        if entries.indices.contains(selected),
           let code = try? QRCode.encode(text: ReceiptPrinter.payload(entries[selected].caseRecord), ecc: .medium) {
            qrLines = QRRenderer.terminalLines(code, ascii: canvas.isASCII).plainLines
        }
        let qrWidth = qrLines.map { DisplayWidth.of($0) }.max() ?? 0
        let textWidth = max(20, area.width - qrWidth - 2)
        let left = Rect(x: area.x, y: area.y, width: min(textWidth, area.width), height: area.height)
        canvas.box(left, title: Catalogue.receiptTitle(language) + " · " + printer.stationName)
        let inner = left.inset(1).insetLeft(1)
        var y = inner.y
        func line(_ s: String, _ e: ThemeElement = .normal) {
            guard y < inner.maxY - 1 else { return }
            canvas.putFitted(s, x: inner.x, y: y, width: inner.width, element: e, clip: inner)
            y += 1
        }
        let colon = language == .zh ? "：" : ": "
        line(Catalogue.maskedVisitor(language) + colon + (visitorName.isEmpty ? Catalogue.anonymous(language) : visitorName)
             + (maskedPhone.isEmpty ? "" : "  " + maskedPhone) + (maskedResidentID.isEmpty ? "" : "  " + maskedResidentID), .label)
        y += 1
        for (i, e) in entries.enumerated() {
            let mark = i == selected ? ">" : " "
            line(mark + Catalogue.columnNumber(language) + colon + e.caseRecord.number
                 + (e.linkedToExisting ? "  " + Catalogue.linkedTo(e.caseRecord.number)(language) : ""),
                 i == selected ? .accent : .normal)
            line("  " + Catalogue.columnTitle(language) + colon + e.caseRecord.title)
            line("  " + Catalogue.expectedReply(language) + colon + e.expectedReply.description)
        }
        y += 1
        line(Catalogue.stationPhone(language) + colon + printer.stationPhone)
        canvas.putFitted(Catalogue.receiptKeys(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
        guard !qrLines.isEmpty, left.maxX + 1 + qrWidth <= area.maxX else { return }
        for (n, q) in qrLines.prefix(area.height).enumerated() {
            canvas.put(q, x: left.maxX + 1, y: area.y + n, element: .normal, clip: area)
        }
    }
}

/// Receipt files could not be written (full disk, no permission).
public struct ReceiptWriteError: LiaisonError {
    public let path: String
    public var message: Bilingual { Catalogue.writeFailed(path) }
}
