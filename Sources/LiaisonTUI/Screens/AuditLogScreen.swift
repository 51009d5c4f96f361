import LiaisonCore

/// The admin's audit log (审计日志), opened with `a` on the home screen: who,
/// when, what, why, newest first, a page at a time; narrowed by person (`p`),
/// visitor (`v`, their phone number) or case (`c`, its number). The store
/// checks the role; anyone else sees why they are refused and nothing more.
public struct AuditLogScreen: Screen {
    public enum FilterKind: Sendable, Equatable { case person, visitor, caseNumber }

    public var destination: Destination { .home }
    public private(set) var entries: [AuditEntry] = []
    /// What each entry's subject names, readable (a visitor's name and masked phone).
    var subjects: [String: String] = [:]
    public private(set) var total = 0
    public private(set) var page = 0
    public private(set) var refused: Bilingual?
    /// The filters in force, as typed.
    public private(set) var person: String?
    public private(set) var visitorPhone: String?
    public private(set) var caseNumber: String?
    var problem: Bilingual?
    /// The filter being typed, if any.
    var editing: FilterKind?
    var field = TextField(maxLength: 40)
    var selected = 0
    public static let pageSize = 50

    public init() {}

    public var capturesText: Bool { editing != nil }

    public var keyHelp: [KeyHelp] {
        [KeyHelp("↑ ↓  PgUp PgDn", Catalogue.helpMove), KeyHelp("[ ]", Bilingual("上一页 / 下一页", "previous / next page")),
         KeyHelp("p v c", Bilingual("按人员 / 来访者电话 / 案件号筛选", "filter by person / visitor's phone / case number")),
         KeyHelp("x", Bilingual("清除筛选", "clear filters")), KeyHelp("Esc", Catalogue.helpBack)]
    }

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        problem = nil
        // Whoever is at the desk: the signed-in person, or on an open station (the demo) the desk's user.
        guard let user = try store.actingUser() ?? store.user(named: store.actor),
              AccessPolicy.allows(user.role, .readAuditLog) else {
            let role = try store.actingUser()?.role ?? store.user(named: store.actor)?.role ?? .receptionist
            refused = AccessError.notPermitted(.readAuditLog, role).message
            entries = []
            total = 0
            return
        }
        refused = nil
        var filter = AuditFilter(actor: person, limit: Self.pageSize, offset: page * Self.pageSize)
        if let phone = visitorPhone {
            guard let v = try store.visitor(phone: phone) else { return notFound(phone) }
            filter.visitorID = v.id
        }
        if let number = caseNumber {
            var text = number
            if case .caseNumber(let n)? = try? CodeParser.parse(number) { text = n }
            guard let c = try store.caseRecord(number: text.uppercased()) else { return notFound(number) }
            filter.caseID = c.id
        }
        let result = try store.auditPage(filter, by: user)
        if result.entries.isEmpty && page > 0 && result.total > 0 {
            page = (result.total - 1) / Self.pageSize
            return try reload(from: data)
        }
        entries = result.entries
        total = result.total
        selected = max(0, min(selected, entries.count - 1))
        subjects = [:]
        for e in entries where e.subject.hasPrefix("visitor:") && subjects[e.subject] == nil {
            let id = String(e.subject.dropFirst("visitor:".count))
            let name = try store.visitor(id: id)?.displayName.zh ?? id
            subjects[e.subject] = name + " " + (try store.maskedPersonalData(visitorID: id).phone)
        }
    }

    private mutating func notFound(_ text: String) {
        problem = Bilingual("没有找到“\(text)”", "Nothing found for “\(text)”")
        entries = []
        total = 0
    }

    public mutating func handle(_ event: Event) -> Action {
        if let kind = editing {
            switch event {
            case .key(.escape): editing = nil; return .handled
            case .key(.enter):
                editing = nil
                let text = field.text.trimmingSpaces
                let value = text.isEmpty ? nil : text
                switch kind {
                case .person: person = value
                case .visitor: visitorPhone = value
                case .caseNumber: caseNumber = value
                }
                page = 0
                selected = 0
                return .reload
            default:
                _ = field.handle(event)
                return .handled
            }
        }
        switch event {
        case .key(.escape): return .back
        case .key(.up): selected = max(0, selected - 1); return .handled
        case .key(.down): selected = min(max(0, entries.count - 1), selected + 1); return .handled
        case .key(.pageDown): return turn(1)
        case .key(.pageUp): return turn(-1)
        default: break
        }
        switch event.character {
        case "]", "n": return turn(1)
        case "[": return turn(-1)
        case "p": return startEditing(.person, person)
        case "v": return startEditing(.visitor, visitorPhone)
        case "c": return startEditing(.caseNumber, caseNumber)
        case "x":
            person = nil; visitorPhone = nil; caseNumber = nil; page = 0; selected = 0
            return .reload
        default: return .ignored
        }
    }

    private mutating func startEditing(_ kind: FilterKind, _ current: String?) -> Action {
        guard refused == nil else { return .handled }
        editing = kind
        field = TextField(current ?? "", maxLength: 40)
        return .handled
    }

    private mutating func turn(_ by: Int) -> Action {
        let last = max(0, (total - 1) / Self.pageSize)
        let next = max(0, min(last, page + by))
        guard next != page else { return .handled }
        page = next
        selected = 0
        return .reload
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        canvas.box(area, title: Self.title(language))
        let inner = area.inset(1)
        guard inner.height >= 4, inner.width >= 20 else { return }
        if let refused {
            canvas.putFitted(refused(language), x: inner.x, y: inner.y, width: inner.width, element: .error)
            canvas.putFitted(Self.adminOnly(language), x: inner.x, y: inner.y + 1, width: inner.width, element: .hint)
            return
        }
        let zh = language == .zh
        let sep = zh ? "：" : ": "
        // Filters and the page.
        var parts: [String] = []
        if let person { parts.append((zh ? "人员" : "person") + sep + person) }
        if let visitorPhone { parts.append((zh ? "来访者" : "visitor") + sep + Masking.phone(visitorPhone)) }
        if let caseNumber { parts.append((zh ? "案件" : "case") + sep + caseNumber) }
        let filterText = parts.isEmpty ? (zh ? "全部" : "all") : parts.joined(separator: " · ")
        canvas.putFitted(Catalogue.filterLabel(language) + sep + filterText, x: inner.x, y: inner.y, width: inner.width, element: .accent)
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        let counter = zh ? "第 \(page + 1)/\(pages) 页 · 共 \(total) 条" : "page \(page + 1)/\(pages) · \(total) entries"
        let cw = DisplayWidth.of(counter)
        if cw < inner.width / 2 { canvas.putFitted(counter, x: inner.maxX - cw, y: inner.y, width: cw, element: .hint) }
        let widths = [16, 10, 14]
        let heads = zh ? ["时间", "人员", "操作", "对象 · 理由"] : ["When", "Who", "What", "Subject · why"]
        var x = inner.x
        for (i, h) in heads.enumerated() {
            let w = i < widths.count ? widths[i] : max(1, inner.maxX - x)
            canvas.putFitted(h, x: x, y: inner.y + 1, width: w, element: .heading)
            x += w + 1
        }
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3 - (editing == nil ? 0 : 1))
        if let problem {
            canvas.putFitted(problem(language), x: body.x, y: body.y, width: body.width, element: .error)
        } else if entries.isEmpty {
            canvas.putFitted(Catalogue.auditEmpty(language), x: body.x, y: body.y, width: body.width, element: .hint)
        }
        let first = max(0, min(selected - body.height / 2, entries.count - body.height))
        for row in 0..<max(0, body.height) {
            let i = first + row
            guard entries.indices.contains(i) else { break }
            let e = entries[i]
            let what = (subjects[e.subject] ?? e.subject) + (e.reason.isEmpty ? "" : " · " + e.reason)
            let cells = [e.at.prefix(16).replacingOccurrences(of: "T", with: " "), e.actor, Self.actionLabel(e.action)(language), what]
            let element: ThemeElement = i == selected ? .selected : .normal
            var cx = body.x
            for (n, cell) in cells.enumerated() {
                let w = n < widths.count ? widths[n] : max(1, body.maxX - cx)
                canvas.putFitted(DisplaySanitizer.sanitize(cell), x: cx, y: body.y + row, width: w, element: element)
                cx += w + 1
            }
        }
        if let kind = editing {
            let label: Bilingual
            switch kind {
            case .person: label = Bilingual("人员名称", "Person's name")
            case .visitor: label = Bilingual("来访者电话", "Visitor's phone")
            case .caseNumber: label = Bilingual("案件号", "Case number")
            }
            let y = inner.maxY - 2
            let w = canvas.put(label(language) + sep, x: inner.x, y: y, element: .label, clip: inner)
            field.render(into: &canvas, x: inner.x + w, y: y, width: max(1, inner.width - w), focused: true)
        }
        canvas.putFitted(Self.hint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }

    static let title = Bilingual("审计日志", "Audit log")
    static let adminOnly = Bilingual("审计日志只有站点管理员可以查看；请由管理员登录。",
                                     "Only the station admin reads the audit log; ask the admin to sign in.")
    static let hint = Bilingual("p 人员 · v 来访者电话 · c 案件号 · x 清除 · [ ] 翻页 · Esc 返回",
                                "p person · v visitor's phone · c case · x clear · [ ] page · Esc back")
    static let openKey = Bilingual("首页：审计日志（管理员）", "home: the audit log (admin)")

    static func actionLabel(_ action: String) -> Bilingual {
        switch action {
        case "reveal": return Bilingual("查看号码", "reveal")
        case "export-personal": return Bilingual("导出个人信息", "personal export")
        case "user-add": return Bilingual("添加用户", "user added")
        case "user-secret": return Bilingual("设置密码", "PIN set")
        case "login-locked": return Bilingual("登录锁定", "sign-in locked")
        case "setting": return Bilingual("修改设置", "setting")
        case "retention": return Bilingual("到期匿名化", "retention")
        default: return Bilingual(action, action)
        }
    }
}
