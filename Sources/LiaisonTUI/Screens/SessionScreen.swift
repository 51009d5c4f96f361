import Foundation
import LiaisonCore

/// F5 接待活动: the sessions, newest first; open one (kind, title, place),
/// mark representatives present (a scan anywhere does it, or `p` picks from
/// the list), officials for agency visits, close → minutes on screen and
/// exported as Markdown. `r` shows the consultations.
public struct SessionScreen: Screen {
    public enum Mode: Sendable, Equatable { case list, open, pick, official, confirmClose, minutes, consultations }

    public var destination: Destination { .sessions }
    public private(set) var mode: Mode = .list
    public private(set) var sessions: [ReceptionSession] = []
    public private(set) var attendance: [Attendance] = []
    public private(set) var list = SelectList([])
    // Open form.
    public private(set) var kind: ReceptionSession.Kind = .nightChat
    public private(set) var title = TextField(maxLength: FieldLimits.title)
    public private(set) var place = TextField(maxLength: FieldLimits.shortText)
    private var formFocus = 0   // 0 kind, 1 title, 2 place
    // Pick.
    private var representatives: [(id: String, name: String)] = []
    private var pick = SelectList([])
    // Official.
    private var officialName = TextField(maxLength: FieldLimits.name)
    private var officialTitle = TextField(maxLength: FieldLimits.shortText)
    private var officialFocus = 0
    private var confirm = ConfirmDialog(title: Catalogue.closeConfirmTitle, message: Catalogue.closeConfirm)
    // Minutes.
    public private(set) var minutesText = ""
    private var minutesScroll = 0
    public private(set) var minutesPath = TextField()
    private var minutesSessionID: String?
    private var consultations = ConsultationView()
    private var defaultFolder = URL(fileURLWithPath: ".")
    private var stationName = ""
    /// The station and its outposts, for ↑ ↓ in the place field (an outdoor point is typed).
    private var places: [(id: String, name: String)] = []

    private enum Pending { case open, mark(String), official, close(String), minutes(String), writeMinutes, consultation }
    private var pending: Pending?

    public init() {}

    public var capturesText: Bool { [.open, .official, .minutes].contains(mode) }

    public var keyHelp: [KeyHelp] {
        [KeyHelp("n p o c m r", Catalogue.sessionKeys), KeyHelp("Ctrl-S", Catalogue.sessionFormKeys),
         KeyHelp("e", Catalogue.consultationKeys)]
    }

    var openSession: ReceptionSession? { sessions.first { $0.isOpen } }
    var selectedSession: ReceptionSession? { sessions.isEmpty ? nil : sessions[min(list.selected, sessions.count - 1)] }

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        sessions = try store.sessions(limit: 200)
        list.items = sessions.map { s in s.title }
        attendance = try selectedSession.map { try store.attendance(sessionID: $0.id) } ?? []
        representatives = try store.representatives().map { ($0.id, $0.name) }
        defaultFolder = URL(fileURLWithPath: store.path).deletingLastPathComponent()
        stationName = store.station.name
        places = try store.stations().map { ($0.id, $0.name) }
        if place.text.isEmpty { place.text = stationName }
        if mode == .consultations { try consultations.reload(from: store) }
    }

    public mutating func handle(_ event: Event) -> Action {
        switch mode {
        case .list: return handleList(event)
        case .open: return handleOpen(event)
        case .pick:
            if event == .key(.escape) { mode = .list; return .handled }
            if event == .key(.enter), let s = openSession, !pick.items.isEmpty {
                let present = Set(attendance.compactMap(\.representativeID))
                let id = representatives.filter { !present.contains($0.id) }[pick.selected].id
                _ = s
                pending = .mark(id)
                return .perform
            }
            return pick.handle(event) ? .handled : .ignored
        case .official: return handleOfficial(event)
        case .confirmClose:
            switch confirm.handle(event) {
            case .pending: return .handled
            case .cancelled: mode = .list; return .handled
            case .confirmed:
                guard let s = openSession else { mode = .list; return .error(Catalogue.sessionNoneOpen) }
                pending = .close(s.id)
                return .perform
            }
        case .minutes:
            switch event {
            case .key(.escape): mode = .list; return .handled
            case .key(.up): minutesScroll = max(0, minutesScroll - 1); return .handled
            case .key(.down): minutesScroll += 1; return .handled
            case .key(.ctrl("s")): pending = .writeMinutes; return .perform
            default: return minutesPath.handle(event) ? .handled : .ignored
            }
        case .consultations:
            if event == .key(.escape) { mode = .list; return .handled }
            if event.character == "e" { pending = .consultation; return .perform }
            return consultations.handle(event) ? .reload : .ignored
        }
    }

    private mutating func handleList(_ event: Event) -> Action {
        if list.handle(event) { return .reload }
        switch event.character {
        case "n":
            guard openSession == nil else { return .error(Catalogue.sessionAlreadyOpen) }
            mode = .open; formFocus = 1
            return .handled
        case "p":
            guard openSession != nil else { return .error(Catalogue.sessionNoneOpen) }
            let present = Set(attendance.compactMap(\.representativeID))
            pick = SelectList(representatives.filter { !present.contains($0.id) }.map(\.name))
            mode = .pick
            return .handled
        case "o":
            guard openSession != nil else { return .error(Catalogue.sessionNoneOpen) }
            mode = .official; officialFocus = 0
            return .handled
        case "c":
            guard openSession != nil else { return .error(Catalogue.sessionNoneOpen) }
            confirm = ConfirmDialog(title: Catalogue.closeConfirmTitle, message: Catalogue.closeConfirm)
            mode = .confirmClose
            return .handled
        case "m":
            guard let s = selectedSession else { return .handled }
            pending = .minutes(s.id)
            return .perform
        case "r":
            mode = .consultations
            return .reload
        default:
            return .ignored
        }
    }

    private mutating func handleOpen(_ event: Event) -> Action {
        switch event {
        case .key(.escape): mode = .list; return .handled
        case .key(.tab):
            formFocus = (formFocus + 1) % 3; return .handled
        case .key(.enter) where formFocus < 2:
            formFocus += 1; return .handled
        case .key(.backTab): formFocus = (formFocus + 2) % 3; return .handled
        case .key(.ctrl("s")), .key(.enter):
            pending = .open
            return .perform
        default: break
        }
        if formFocus == 0 {
            let all = ReceptionSession.Kind.allCases
            let i = all.firstIndex(of: kind) ?? 0
            switch event {
            case .key(.right), .key(.down): kind = all[(i + 1) % all.count]
            case .key(.left), .key(.up): kind = all[(i + all.count - 1) % all.count]
            default:
                guard event.character == " " else { return .ignored }
                kind = all[(i + 1) % all.count]
            }
            return .handled
        }
        if formFocus == 1 { return title.handle(event) ? .handled : .ignored }
        if (event == .key(.up) || event == .key(.down)), !places.isEmpty {
            let i = places.firstIndex { $0.name == place.text } ?? -1
            let step = event == .key(.down) ? 1 : -1
            place.text = places[((i + step) % places.count + places.count) % places.count].name
            return .handled
        }
        return place.handle(event) ? .handled : .ignored
    }

    private mutating func handleOfficial(_ event: Event) -> Action {
        switch event {
        case .key(.escape): mode = .list; return .handled
        case .key(.tab), .key(.backTab): officialFocus = 1 - officialFocus; return .handled
        case .key(.enter) where officialFocus == 0: officialFocus = 1; return .handled
        case .key(.enter), .key(.ctrl("s")): pending = .official; return .perform
        default:
            if officialFocus == 0 { return officialName.handle(event) ? .handled : .ignored }
            return officialTitle.handle(event) ? .handled : .ignored
        }
    }

    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? {
        guard let store = data.station, let p = pending else { return nil }
        pending = nil
        switch p {
        case .open:
            // At an outpost the session is filed under it; an outdoor point stays under this station.
            let at = places.first { $0.name == place.text.trimmingSpaces }?.id
            let s = try store.openSession(kind: kind, title: title.text, place: place.text, stationID: at)
            title.text = ""
            mode = .list
            list.select(0)
            return Catalogue.sessionOpened(s.title)
        case .mark(let id):
            guard let s = openSession else { return nil }
            let name = representatives.first { $0.id == id }?.name ?? id
            mode = .list
            return try store.markPresent(sessionID: s.id, representativeID: id) ? Catalogue.markedPresent(name) : Catalogue.alreadyPresent(name)
        case .official:
            guard let s = openSession else { return nil }
            try store.addOfficial(sessionID: s.id, name: officialName.text, title: officialTitle.text)
            let name = officialName.text
            officialName.text = ""; officialTitle.text = ""
            mode = .list
            return Catalogue.markedPresent(name)
        case .close(let id):
            try store.closeSession(id: id)
            try showMinutes(store, id)
            return nil
        case .minutes(let id):
            try showMinutes(store, id)
            return nil
        case .writeMinutes:
            let path = (minutesPath.text as NSString).expandingTildeInPath
            do {
                try Data(minutesText.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw ReceiptWriteError(path: path)
            }
            return Catalogue.minutesWritten(path)
        case .consultation:
            return try consultations.export(store, folder: defaultFolder)
        }
    }

    private mutating func showMinutes(_ store: StationDatabase, _ id: String) throws {
        minutesText = try store.minutes(sessionID: id).markdown(.zh)
        minutesSessionID = id
        minutesScroll = 0
        let day = String((try store.session(id: id))?.startsAt.prefix(10) ?? "")
        minutesPath.text = defaultFolder.appendingPathComponent("minutes-\(day)-\(id.suffix(6)).md").path
        mode = .minutes
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        switch mode {
        case .minutes: renderMinutes(into: &canvas, area: area, language: language); return
        case .consultations: consultations.render(into: &canvas, area: area, language: language); return
        default: break
        }
        renderList(into: &canvas, area: area, language: language)
        switch mode {
        case .open: renderOpenForm(into: &canvas, area: area, language: language)
        case .pick:
            let box = area.centered(width: min(area.width, 50), height: min(area.height, 16))
            canvas.fill(box, element: .dialog)
            canvas.box(box, title: Catalogue.pickHeading(language))
            var l = pick
            l.pageSize = box.height - 2
            l.render(into: &canvas, rect: box.inset(1), focused: true)
        case .official:
            let box = area.centered(width: min(area.width, 60), height: 6)
            canvas.fill(box, element: .dialog)
            canvas.box(box, title: Catalogue.officialHeading(language))
            canvas.putFitted(Catalogue.officialName(language), x: box.x + 2, y: box.y + 2, width: 8, element: .label)
            officialName.render(into: &canvas, x: box.x + 10, y: box.y + 2, width: box.width - 12, focused: officialFocus == 0)
            canvas.putFitted(Catalogue.officialTitle(language), x: box.x + 2, y: box.y + 3, width: 8, element: .label)
            officialTitle.render(into: &canvas, x: box.x + 10, y: box.y + 3, width: box.width - 12, focused: officialFocus == 1)
        case .confirmClose: confirm.render(into: &canvas, area: area, language: language)
        default: break
        }
    }

    private func renderList(into canvas: inout Canvas, area: Rect, language: Language) {
        let leftW = min(44, area.width / 2)
        let left = Rect(x: area.x, y: area.y, width: leftW, height: area.height - 1)
        let right = Rect(x: area.x + leftW + 1, y: area.y, width: area.width - leftW - 1, height: area.height - 1)
        canvas.box(left, title: Catalogue.sessionListHeading(language))
        if sessions.isEmpty {
            canvas.putFitted(Catalogue.sessionNone(language), x: left.x + 2, y: left.y + 1, width: left.width - 3, element: .hint)
        } else {
            var l = SelectList(sessions.map { s in
                (s.isOpen ? "* " : "  ") + String(s.startsAt.prefix(10)) + " " + s.kind.label(language)
                    + (s.title == s.kind.label.zh ? "" : " " + s.title)
            }, selected: list.selected)
            l.pageSize = left.height - 2
            l.render(into: &canvas, rect: left.inset(1), focused: mode == .list)
        }
        canvas.box(right, title: selectedSession?.title ?? "")
        if let s = selectedSession {
            let inner = right.inset(1).insetLeft(1)
            var y = inner.y
            let colon = language == .zh ? "：" : ": "
            for (label, value) in [(Catalogue.sessionKind, s.kind.label(language)), (Catalogue.sessionPlace, s.place),
                                   (Catalogue.sessionStarted, String(s.startsAt.prefix(16)).replacingOccurrences(of: "T", with: " "))] {
                canvas.putFitted(label(language) + colon + value, x: inner.x, y: y, width: inner.width, element: .label)
                y += 1
            }
            y += 1
            canvas.putFitted(Catalogue.sessionAttendance(language) + " (\(attendance.count))", x: inner.x, y: y, width: inner.width,
                             element: .heading)
            y += 1
            if attendance.isEmpty {
                canvas.putFitted(Catalogue.sessionNobody(language), x: inner.x, y: y, width: inner.width, element: .hint)
            }
            for a in attendance where y < inner.maxY - 1 {
                canvas.putFitted(a.name + "  " + a.title, x: inner.x, y: y, width: inner.width)
                y += 1
            }
        }
        canvas.putFitted(Catalogue.sessionKeys(language), x: area.x, y: area.maxY - 1, width: area.width, element: .hint)
    }

    private func renderOpenForm(into canvas: inout Canvas, area: Rect, language: Language) {
        let box = area.centered(width: min(area.width, 64), height: 8)
        canvas.fill(box, element: .dialog)
        canvas.box(box, title: Catalogue.sessionOpenHeading(language))
        let x = box.x + 2, ix = box.x + 12, iw = box.width - 14
        canvas.putFitted(Catalogue.sessionKind(language), x: x, y: box.y + 2, width: 9, element: .label)
        canvas.putFitted("< " + kind.label(language) + " >", x: ix, y: box.y + 2, width: iw,
                         element: formFocus == 0 ? .fieldFocused : .field)
        canvas.putFitted(Catalogue.sessionTitle(language), x: x, y: box.y + 3, width: 9, element: .label)
        var t = title
        t.placeholder = kind.label(language)
        t.render(into: &canvas, x: ix, y: box.y + 3, width: iw, focused: formFocus == 1)
        canvas.putFitted(Catalogue.sessionPlace(language), x: x, y: box.y + 4, width: 9, element: .label)
        var p = place
        p.placeholder = Catalogue.sessionPlaceHint(language)
        p.render(into: &canvas, x: ix, y: box.y + 4, width: iw, focused: formFocus == 2)
        canvas.putFitted(Catalogue.sessionFormKeys(language), x: x, y: box.y + 6, width: box.width - 4, element: .hint)
    }

    private func renderMinutes(into canvas: inout Canvas, area: Rect, language: Language) {
        canvas.box(Rect(x: area.x, y: area.y, width: area.width, height: area.height - 2), title: Catalogue.minutesHeading(language))
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 4)
        let lines = minutesText.components(separatedBy: "\n")
        for (n, l) in lines.dropFirst(min(minutesScroll, max(0, lines.count - 1))).prefix(inner.height).enumerated() {
            canvas.putFitted(l, x: inner.x, y: inner.y + n, width: inner.width, clip: inner)
        }
        let y = area.maxY - 2
        let w = canvas.put(Catalogue.minutesPath(language) + " ", x: area.x, y: y, element: .label)
        minutesPath.render(into: &canvas, x: area.x + w, y: y, width: area.width - w, focused: true)
        let cursor = canvas.cursor
        canvas.putFitted(Catalogue.minutesKeys(language), x: area.x, y: area.maxY - 1, width: area.width, element: .hint)
        canvas.cursor = cursor
    }
}
