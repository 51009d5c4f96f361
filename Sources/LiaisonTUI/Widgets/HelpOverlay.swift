import LiaisonCore

/// One line of help: the keys and what they do.
public struct KeyHelp: Sendable, Equatable {
    public let keys: String
    public let does: Bilingual
    public init(_ keys: String, _ does: Bilingual) {
        self.keys = keys
        self.does = does
    }
}

/// A box over the screen listing every key: the screen's own first, then
/// those every screen takes. Up/Down scroll when the list is taller than the box.
public struct HelpOverlay: Sendable, Equatable {
    public var screenTitle: Bilingual
    public var screenKeys: [KeyHelp]
    public var globalKeys: [KeyHelp]
    public private(set) var scroll = 0

    public init(screenTitle: Bilingual, screenKeys: [KeyHelp], globalKeys: [KeyHelp]) {
        self.screenTitle = screenTitle
        self.screenKeys = screenKeys
        self.globalKeys = globalKeys
    }

    enum Line { case heading(Bilingual), entry(KeyHelp), blank }

    var lines: [Line] {
        var out: [Line] = []
        if !screenKeys.isEmpty {
            out.append(.heading(Bilingual("\(Catalogue.helpThisScreen.zh)：\(screenTitle.zh)",
                                          "\(Catalogue.helpThisScreen.en): \(screenTitle.en)")))
            out += screenKeys.map(Line.entry)
            out.append(.blank)
        }
        out.append(.heading(Catalogue.helpGlobal))
        out += globalKeys.map(Line.entry)
        return out
    }

    /// Returns true when the overlay should close.
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.escape), .key(.function(1)), .key(.enter): return true
        case .key(.down): scroll = min(scroll + 1, max(0, lines.count - 1))
        case .key(.up): scroll = max(0, scroll - 1)
        case .key(.pageDown): scroll = min(scroll + 10, max(0, lines.count - 1))
        case .key(.pageUp): scroll = max(0, scroll - 10)
        default:
            if event.character == "?" || event.character == "q" { return true }
            if event.character == "j" { scroll = min(scroll + 1, max(0, lines.count - 1)) }
            if event.character == "k" { scroll = max(0, scroll - 1) }
        }
        return false
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let all = lines
        let keyWidth = min(18, (all.compactMap { if case .entry(let e) = $0 { return DisplayWidth.of(e.keys) } else { return nil } }.max() ?? 4))
        let box = area.centered(width: min(area.width, 72), height: min(area.height, all.count + 4))
        guard box.width >= 10, box.height >= 4 else { return }
        canvas.fill(box, element: .dialog)
        canvas.box(box, title: Catalogue.helpTitle(language))
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 3)
        let first = min(scroll, max(0, all.count - inner.height))
        for (row, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            switch line {
            case .heading(let t):
                canvas.putFitted(t(language), x: inner.x, y: y, width: inner.width, element: .heading)
            case .entry(let e):
                canvas.putFitted(e.keys, x: inner.x, y: y, width: keyWidth, element: .accent)
                canvas.putFitted(e.does(language), x: inner.x + keyWidth + 2, y: y,
                                 width: max(0, inner.width - keyWidth - 2), element: .dialog)
            case .blank:
                break
            }
        }
        canvas.putFitted(Catalogue.helpClose(language), x: inner.x, y: box.maxY - 2, width: inner.width, element: .hint)
    }
}
