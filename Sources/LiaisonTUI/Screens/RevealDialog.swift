import LiaisonCore

/// The small dialog before a visitor's full numbers are shown: whose (a
/// visitor behind the case, ↑ ↓) and why (typed). The store checks the role
/// (`AccessPolicy.revealRule`) and writes who, when and why to the audit log;
/// the numbers then show in this dialog only, until Esc.
struct RevealDialog: Sendable, Equatable {
    struct Choice: Sendable, Equatable {
        let visitorID: String
        let label: String
    }

    let choices: [Choice]
    var list: SelectList
    var reason = TextField(maxLength: FieldLimits.reason)
    var error: Bilingual?
    /// Set once the store answered: what to show, and whose.
    var shown: (name: String, numbers: PersonalData)?

    init(choices: [Choice]) {
        self.choices = choices
        list = SelectList(choices.map(\.label))
    }

    static func == (a: RevealDialog, b: RevealDialog) -> Bool {
        a.choices == b.choices && a.list == b.list && a.reason == b.reason && a.error == b.error
            && a.shown?.name == b.shown?.name && a.shown?.numbers == b.shown?.numbers
    }

    /// True while the reason is being typed (keys are text, not commands).
    var isTyping: Bool { shown == nil }

    var chosen: Choice? { choices.isEmpty ? nil : choices[list.selected] }

    enum Outcome: Equatable { case editing, closed, submitted }

    mutating func handle(_ event: Event) -> Outcome {
        if shown != nil {
            // Any key closes the numbers again.
            return .closed
        }
        switch event {
        case .key(.escape): return .closed
        case .key(.enter), .key(.ctrl("s")):
            guard !reason.text.trimmingSpaces.isEmpty else {
                error = AccessError.reasonRequired.message
                return .editing
            }
            error = nil
            return .submitted
        case .key(.up), .key(.down):
            _ = list.handle(event)
            return .editing
        default:
            _ = reason.handle(event)
            return .editing
        }
    }

    func render(into canvas: inout Canvas, area: Rect, language: Language) {
        let height = min(area.height, 8 + min(choices.count, 4))
        let box = area.centered(width: min(area.width, 60), height: height)
        canvas.fill(box)
        canvas.box(box, element: .dialog, title: RevealDialog.title(language))
        let inner = box.inset(1).insetBy(x: 1)
        guard inner.height >= 3, inner.width >= 10 else { return }
        var y = inner.y
        let sep = language == .zh ? "：" : ": "
        if let shown {
            canvas.putFitted(shown.name, x: inner.x, y: y, width: inner.width, element: .heading); y += 1
            canvas.putFitted(RevealDialog.phoneLabel(language) + sep + (shown.numbers.phone.isEmpty ? "-" : shown.numbers.phone),
                             x: inner.x, y: y, width: inner.width, element: .accent); y += 1
            canvas.putFitted(RevealDialog.idLabel(language) + sep + (shown.numbers.residentID.isEmpty ? "-" : shown.numbers.residentID),
                             x: inner.x, y: y, width: inner.width, element: .accent); y += 1
            canvas.putFitted(RevealDialog.recorded(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
            return
        }
        let rows = min(choices.count, max(1, inner.height - 4))
        list.render(into: &canvas, rect: Rect(x: inner.x, y: y, width: inner.width, height: rows))
        y += rows
        let label = RevealDialog.reasonLabel(language) + sep
        let w = canvas.put(label, x: inner.x, y: y, element: .label, clip: inner)
        reason.render(into: &canvas, x: inner.x + w, y: y, width: max(1, inner.width - w), focused: true)
        y += 1
        if let error { canvas.putFitted(error(language), x: inner.x, y: y, width: inner.width, element: .error) }
        canvas.putFitted(RevealDialog.hint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }

    static let title = Bilingual("查看完整号码（留痕）", "Show full numbers (recorded)")
    static let reasonLabel = Bilingual("理由", "Reason")
    static let phoneLabel = Bilingual("电话", "Phone")
    static let idLabel = Bilingual("身份证号", "Resident ID")
    static let hint = Bilingual("↑ ↓ 选择来访者 · 写明理由后回车 · Esc 取消", "↑ ↓ visitor · type the reason, Enter · Esc cancels")
    static let recorded = Bilingual("已记入审计日志 · 任意键关闭", "Recorded in the audit log · any key closes")
    static let keyLabel = Bilingual("查看完整号码（须写理由，留痕）", "show full numbers (with a reason, recorded)")
}

extension Rect {
    /// Narrower by `x` on both sides.
    func insetBy(x d: Int) -> Rect { Rect(x: x + d, y: y, width: width - 2 * d, height: height) }
}
