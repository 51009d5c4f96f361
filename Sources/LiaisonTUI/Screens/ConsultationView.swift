import Foundation
import LiaisonCore

/// The consultations pushed down to the station (drafts of laws, supervision
/// topics) with their deadlines, the per-clause tally of the selected one,
/// and `e` to export all its opinions as CSV and Markdown beside the database.
struct ConsultationView: Sendable {
    private(set) var consultations: [Consultation] = []
    private(set) var tally: [ClauseTally] = []
    private(set) var opinionCount = 0
    private var list = SelectList([])
    private var today = ""

    var selected: Consultation? { consultations.isEmpty ? nil : consultations[min(list.selected, consultations.count - 1)] }

    mutating func reload(from store: StationDatabase) throws {
        consultations = try store.consultations()
        list.items = consultations.map(\.title)
        today = store.today.description
        if let c = selected {
            tally = try store.clauseTally(consultationID: c.id)
            opinionCount = tally.reduce(0) { $0 + $1.support + $1.oppose + $1.amend + $1.other }
        } else {
            tally = []
            opinionCount = 0
        }
    }

    /// Movement; the caller reloads so the tally follows the selection.
    mutating func handle(_ event: Event) -> Bool { list.handle(event) }

    func export(_ store: StationDatabase, folder: URL) throws -> Bilingual? {
        guard let c = selected else { return nil }
        var written: [String] = []
        for format in ConsultationExportFormat.allCases {
            let url = folder.appendingPathComponent("consultation-\(c.id.suffix(8)).\(format.rawValue)")
            let text = try store.exportConsultation(id: c.id, format: format)
            do { try Data(text.utf8).write(to: url, options: .atomic) } catch { throw ReceiptWriteError(path: url.path) }
            written.append(url.path)
        }
        return Catalogue.consultationExported(written.joined(separator: "  "))
    }

    func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let leftW = min(60, area.width * 3 / 5)
        let left = Rect(x: area.x, y: area.y, width: leftW, height: area.height - 1)
        let right = Rect(x: area.x + leftW + 1, y: area.y, width: area.width - leftW - 1, height: area.height - 1)
        canvas.box(left, title: Catalogue.consultationsHeading(language))
        if consultations.isEmpty {
            canvas.putFitted(Catalogue.consultationNone(language), x: left.x + 2, y: left.y + 1, width: left.width - 3, element: .hint)
        }
        var l = SelectList(consultations.map { c in
            let due = c.deadline.description
            return due + (due < today ? " x " : "   ") + c.kind.label(language) + " " + c.title
        }, selected: list.selected)
        l.pageSize = left.height - 2
        l.render(into: &canvas, rect: left.inset(1), focused: true)
        canvas.box(right, title: Catalogue.tallyHeading(language))
        let inner = right.inset(1).insetLeft(1)
        var y = inner.y
        if let c = selected {
            canvas.putFitted(c.issuer + "  " + Catalogue.consultationDeadline(language) + " " + c.deadline.description,
                             x: inner.x, y: y, width: inner.width, element: .label)
            y += 1
            canvas.putFitted(Catalogue.opinionCount(opinionCount)(language), x: inner.x, y: y, width: inner.width, element: .accent)
            y += 2
            canvas.putFitted(Catalogue.tallyColumns(language), x: inner.x, y: y, width: inner.width, element: .heading)
            y += 1
            for t in tally where y < inner.maxY {
                let clause = DisplayWidth.fit(t.clause.isEmpty ? "—" : t.clause, to: 6)
                let row = clause + [t.support, t.oppose, t.amend, t.other].map { String($0).leftPadded(6) }.joined()
                canvas.putFitted(row, x: inner.x, y: y, width: inner.width)
                y += 1
            }
        }
        canvas.putFitted(Catalogue.consultationKeys(language), x: area.x, y: area.maxY - 1, width: area.width, element: .hint)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : String(repeating: " ", count: width - w) + self
    }
}
