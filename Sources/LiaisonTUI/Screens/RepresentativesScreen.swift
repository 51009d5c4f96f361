import Foundation
import LiaisonCore

/// F3: the station's representatives, found by name or pinyin initials; Enter
/// (or a scan of their code) opens a representative's card with the QR code
/// drawn on screen, their cases overdue first and the four lists (四张清单).
public struct RepresentativesScreen: Screen {
    public var destination: Destination { .representatives }
    var openCounts: [String: Int] = [:]
    var finding = false
    var find = TextField()
    var selected = 0
    /// The representative whose card is open.
    public private(set) var openID: String?
    var queue: RepresentativeQueue?
    var card: RepresentativeCard?
    var list = 0
    var pending: String?
    var pinyin: Pinyin?
    var databasePath = ""

    public init(open representativeID: String? = nil) {
        openID = representativeID
    }

    public var capturesText: Bool { finding }

    public var keyHelp: [KeyHelp] {
        [KeyHelp("↑ ↓  j k", Catalogue.helpMove), KeyHelp("Enter", Catalogue.helpOpen), KeyHelp("/", Catalogue.helpSearch),
         KeyHelp("l", Catalogue.helpNextList), KeyHelp("s", Catalogue.helpSaveCard), KeyHelp("Esc", Catalogue.helpBack)]
    }

    /// The representatives the find text matches: name, pinyin, initials or code.
    /// Kept, not recomputed per frame: a province's file holds 87,000 of them.
    private(set) var matches: [Representative] = []

    private var filter = RepresentativeFilter()

    mutating func refilter() {
        matches = filter.matches(for: find.text, pinyin: pinyin)
    }

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        databasePath = store.path
        if pinyin == nil, let dir = DataDirectory.locate() {
            pinyin = try? Pinyin(contentsOf: dir.appendingPathComponent("pinyin.tsv"))
        }
        // A card alone (opened from the list, or by a scan) does not read the list again: a
        // province's file takes a fifth of a second to list. Leaving a scanned card reads it.
        if openID == nil {
            filter.reset(try store.representatives())
            refilter()
        }
        if let id = openID, let rep = try store.representative(id: id) {
            queue = try store.representativeQueue(representativeID: id)
            card = try store.card(for: rep)
        }
    }

    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? {
        guard let card, let store = data.station, pending == "card" else { return nil }
        pending = nil
        let r = card.representative
        let svg = try RepresentativeCardSVG(name: r.name, level: r.level.label.zh, station: card.stationName, code: card.payload).render()
        let url = URL(fileURLWithPath: store.path).deletingLastPathComponent()
            .appendingPathComponent("card-\(r.code).svg")
        try Data(svg.utf8).write(to: url, options: .atomic)
        return Catalogue.cardSaved(url.path)
    }

    public mutating func handle(_ event: Event) -> Action {
        if openID != nil {
            switch event {
            case .key(.escape): openID = nil; queue = nil; card = nil; return filter.all.isEmpty ? .reload : .handled
            default:
                switch event.character {
                case "l": list = (list + 1) % 4; return .handled
                case "s": pending = "card"; return .perform
                default: return .ignored
                }
            }
        }
        if finding {
            switch event {
            case .key(.escape): finding = false; find = TextField(); selected = 0; refilter(); return .handled
            case .key(.enter): finding = false; return .handled
            default:
                if find.handle(event) { selected = 0; refilter(); return .handled }
                return .ignored
            }
        }
        let shown = matches
        // Movement needs only the count; the names are not copied for it.
        var l = SelectList(Array(repeating: "", count: shown.count), selected: selected)
        if l.handle(event) { selected = l.selected; return .handled }
        switch event {
        case .key(.enter):
            guard shown.indices.contains(selected) else { return .handled }
            openID = shown[selected].id
            list = 0
            return .reload
        default:
            if event.character == "/" { finding = true; return .handled }
            return .ignored
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        if openID != nil, let card, let queue {
            RepresentativeCardView(card: card, queue: queue, list: list).render(into: &canvas, area: area, language: language)
            return
        }
        canvas.box(area, title: Catalogue.representativesTitle(language))
        let inner = area.inset(1)
        guard inner.height >= 3 else { return }
        var x = inner.x
        x += canvas.put((finding ? "" : "/ ") + Catalogue.findPrompt(language), x: x, y: inner.y, element: .label, clip: inner)
        var field = find
        field.placeholder = Catalogue.findRepresentativeHint(language)
        field.render(into: &canvas, x: x, y: inner.y, width: max(1, inner.maxX - x), focused: finding)
        // Only the rows that fit are made, around the selection as a list scrolls.
        let rows = max(0, inner.height - 2)
        let first = max(0, min(selected - rows / 2, matches.count - rows))
        let window = matches[first..<min(matches.count, first + rows)]
        var table = Table(columns: [Table.Column(Catalogue.columnName(language), width: 10),
                                    Table.Column(Catalogue.columnLevel(language), width: 16),
                                    Table.Column(Catalogue.columnGroup(language)),
                                    Table.Column(Catalogue.codeLabel(language), width: 15)],
                          rows: window.map { [$0.name, $0.level.label(language), $0.group, "REP:" + $0.code] })
        table.select(selected - first)
        table.render(into: &canvas, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1),
                     focused: !finding)
        if matches.isEmpty {
            canvas.putFitted(Catalogue.noRepresentatives(language), x: inner.x, y: inner.y + 2, width: inner.width, element: .hint)
        }
    }
}
