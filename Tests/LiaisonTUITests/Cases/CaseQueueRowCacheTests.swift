import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

/// The queue draws rows kept from earlier frames and moves without a list of
/// every case: what it shows must still follow every change.
@Suite("Screens: case queue rows kept between frames")
struct CaseQueueRowCacheTests {
    func render(_ screen: CaseQueueScreen, _ language: Language = .zh, width: Int = 120) -> String {
        var canvas = Canvas(width: width, height: 30)
        screen.render(into: &canvas, area: canvas.bounds, language: language)
        return canvas.text
    }

    /// Every row drawn cell by cell, as before rows were kept, over the same frame.
    func drawnCellByCell(_ screen: CaseQueueScreen, language: Language, width: Int) -> Canvas {
        var canvas = Canvas(width: width, height: 30)
        screen.render(into: &canvas, area: canvas.bounds, language: language)
        let inner = canvas.bounds.inset(1)
        let widths = Table(columns: screen.columns(language, width: inner.width), rows: []).columnWidths(total: inner.width)
        for (r, s) in screen.rows.enumerated() {
            let c = s.caseRecord
            let cells = [s.status.symbol, c.number, c.title, c.state.label(language), screen.categoryLabel(c.category, language),
                         s.departmentName ?? "-", s.dueDate?.description ?? "-", c.urgency == .normal ? "" : c.urgency.label(language)]
            let element: ThemeElement = r == screen.selected ? .selected : CaseQueueScreen.element(for: s.status)
            screen.drawRow(cells, widths: widths, canvas: &canvas, x: inner.x, y: inner.y + 2 + r, element: element, width: inner.width)
        }
        return canvas
    }

    @Test func rowsAreDrawnAsCellByCellAndFollowChangesLanguageAndWidth() throws {
        let data = try StationFixture(cases: 3)
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        for (language, width) in [(Language.zh, 120), (.en, 120), (.zh, 90), (.en, 70), (.zh, 120)] {
            var kept = Canvas(width: width, height: 30)
            screen.render(into: &kept, area: kept.bounds, language: language)
            let plain = drawnCellByCell(screen, language: language, width: width)
            let differing = (0..<30).flatMap { y in (0..<width).filter { x in kept[x, y] != plain[x, y] }.map { (x: $0, y: y) } }
            #expect(differing.isEmpty, "\(language) \(width): \(differing.prefix(5))")
            #expect(kept.text.contains(screen.rows[0].caseRecord.number))
        }
        #expect(render(screen).contains("已登记"))
        #expect(render(screen, .en).contains("regis..."))   // "registered" cut to its 8-cell column
        // Another desk triages every case: after the reload the rows say so, not what was kept.
        for row in screen.rows { try data.store.apply(.triage(category: "livelihood", level: .township), toCase: row.caseRecord.id) }
        try screen.reload(from: data)
        let text = render(screen)
        #expect(text.contains("已分类") && !text.contains("已登记"))
    }

    @Test func movementKeysMatchTheListWidget() throws {
        let data = try StationFixture(cases: 45)
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        var list = SelectList(Array(repeating: "", count: screen.total), selected: 0)
        list.pageSize = 20
        let keys: [Event] = [.key(.down), .key(.pageDown), .key(.pageDown), .key(.pageDown), .text("k"), .key(.end), .key(.down),
                             .text("j"), .key(.pageUp), .key(.home), .key(.up), .text("j"), .key(.pageDown)]
        for key in keys {
            _ = screen.handle(key)
            list.handle(key)
            #expect(screen.selected == list.selected, "\(key)")
        }
        #expect(screen.handle(.text("q")) == .ignored)
    }

    @Test func representativesAreReadWhenSupervisionIsAskedFor() throws {
        let data = try StationFixture(cases: 1)
        let rep = try data.store.addRepresentative(name: "林晓燕", level: .provincial).representative
        var screen = CaseQueueScreen()
        try screen.reload(from: data)
        #expect(screen.choices[.supervise] == nil)
        #expect(screen.handle(.key(.enter)) == .reload)
        try screen.reload(from: data)
        #expect(screen.handle(.text("v")) == .reload)
        try screen.reload(from: data)
        #expect(screen.choices[.supervise]?.map(\.id) == [rep.id])
        #expect(screen.prompt?.list != nil)
    }
}
