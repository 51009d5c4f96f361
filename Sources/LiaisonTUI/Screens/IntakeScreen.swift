import Foundation
import LiaisonCore

/// F2 接待登记: one visitor and their opinions, saved with Ctrl-S in one
/// transaction, then the receipt. The form is kept as a draft on every change
/// (through `perform`), and a kept draft is offered back when the screen opens.
public struct IntakeScreen: Screen {
    public enum Mode: Sendable, Equatable { case offer, form, receipt }

    public var destination: Destination { .intake }
    public private(set) var mode: Mode = .form
    public private(set) var form = IntakeForm()
    public private(set) var similar: [SimilarCase] = []
    public private(set) var receipt: ReceiptView?
    public private(set) var offered: IntakeDraft?
    public static let draftKey = IntakeDraft.formName

    private var finder: SimilarCaseFinder?
    /// The store's change token when the candidates were read: another desk's write drops them.
    private var finderToken: Int64 = 0
    private var loaded = false
    private var representativesLoaded = false
    private var lastDraft = ""
    // Work prepared by `handle` for `perform`.
    private var wantsDraft = false
    private var wantsDiscard = false
    private var wantsSave = false
    private var wantsWriteReceipt = false
    private var lookUpPhone: String?
    private var resolveScan: String?

    public init() {}

    public var capturesText: Bool { mode == .form && !form.focus.isChoice }

    public var keyHelp: [KeyHelp] {
        [
            KeyHelp("Tab  Shift-Tab  Enter", Catalogue.helpNextField),
            KeyHelp("← →  Space", Catalogue.helpIntakeChoose),
            KeyHelp("↑ ↓", Catalogue.helpIntakeRepresentative),
            KeyHelp("Ctrl-N", Catalogue.helpIntakeAddOpinion),
            KeyHelp("PgUp  PgDn", Catalogue.helpIntakeSwitchOpinion),
            KeyHelp("Ctrl-L", Catalogue.helpIntakeLink),
            KeyHelp("Ctrl-S", Catalogue.helpIntakeSave),
            KeyHelp("w", Catalogue.helpIntakeWrite),
        ]
    }

    // MARK: Data

    public mutating func reload(from data: FrontDeskDataSource) throws {
        guard let store = data.station else { return }
        if !loaded {
            loaded = true
            var choices = IntakeForm.Choices()
            choices.categories = store.categories
            choices.consultations = try store.consultations(openOnly: true).map { ($0.id, $0.title) }
            form.setChoices(choices)
            if form.isPristine, let text = data.draft(Self.draftKey), let draft = IntakeDraft.decode(text) {
                offered = draft
                mode = .offer
            }
        }
        try loadWhatTheFormNeeds(store)
    }

    /// Opening the form reads no representatives and no candidates (at province scale that
    /// was a third of a second): the picker's list comes when its field is first used, the
    /// similar-case candidates when the opinion text is (focus there, or text to match).
    /// Typing then ranks in memory, never against the table. The candidates stay for the
    /// next form (this desk's new cases are added to them) unless another desk wrote.
    private mutating func loadWhatTheFormNeeds(_ store: StationDatabase) throws {
        guard mode == .form else { return }
        if !representativesLoaded, form.focus == .representative || form.opinions.contains(where: {
            $0.representativeID == nil && !$0.representative.text.trimmingSpaces.isEmpty }) {
            representativesLoaded = true
            form.setRepresentativeChoices(try store.representativeChoices())
        }
        if finder != nil, finderToken != store.changeToken() { finder = nil }
        if finder == nil, form.focus == .text || form.opinion.text.text.count >= 4 {
            finderToken = store.changeToken()
            finder = SimilarCaseFinder(candidates: try store.similarCaseCandidates())
            refreshSimilar()
        }
    }

    private mutating func refreshSimilar() {
        let text = form.opinion.text.text
        guard let finder, text.count >= 4 else { similar = []; return }
        similar = finder.similar(to: text, category: form.opinion.category)
    }

    // MARK: Events

    public mutating func handle(_ event: Event) -> Action {
        switch mode {
        case .offer: return handleOffer(event)
        case .receipt: return handleReceipt(event)
        case .form: break
        }
        let textBefore = form.opinion.text.text
        let opinionBefore = form.current
        switch form.handle(event) {
        case .ignored:
            return .ignored
        case .moved:
            if form.current != opinionBefore { refreshSimilar() }
            wantsDraft = true
            return .perform
        case .edited:
            if form.opinion.text.text != textBefore || form.current != opinionBefore { refreshSimilar() }
            wantsDraft = true
            return .perform
        case .lookUpPhone(let phone):
            lookUpPhone = phone
            wantsDraft = true
            return .perform
        case .resolveScan(let code):
            resolveScan = code
            wantsDraft = true
            return .perform
        case .invalid:
            return .error(Catalogue.formHasErrors)
        case .save:
            wantsSave = true
            return .perform
        case .link:
            cycleLink()
            wantsDraft = true
            return .perform
        }
    }

    /// Ctrl-L: the first similar case, then the next, then none.
    private mutating func cycleLink() {
        let ids = similar.map { $0.caseRecord.id }
        let next: Int
        if let linked = form.opinion.linkToCaseID, let i = ids.firstIndex(of: linked) { next = i + 1 } else {
            next = form.opinion.linkToCaseID == nil ? 0 : ids.count
        }
        if next < similar.count {
            form.opinion.linkToCaseID = similar[next].caseRecord.id
            form.opinion.linkToCaseNumber = similar[next].caseRecord.number
        } else {
            form.opinion.linkToCaseID = nil
            form.opinion.linkToCaseNumber = nil
        }
    }

    private mutating func handleOffer(_ event: Event) -> Action {
        if event == .key(.enter) || event.character == "y" {
            if let d = offered { form = d.form(choices: form.choices) }
            offered = nil
            mode = .form
            refreshSimilar()
            return .perform
        }
        if event.character == "n" {
            offered = nil
            mode = .form
            wantsDiscard = true
            return .perform
        }
        return .ignored
    }

    private mutating func handleReceipt(_ event: Event) -> Action {
        switch event {
        case .key(.up): receipt?.move(-1); return .handled
        case .key(.down): receipt?.move(1); return .handled
        case .key(.enter), .key(.ctrl("n")):
            startNewForm()
            return .reload
        default:
            if event.character == "w" { wantsWriteReceipt = true; return .perform }
            return .ignored
        }
    }

    private mutating func startNewForm() {
        form = IntakeForm(choices: form.choices)
        similar = []
        receipt = nil
        mode = .form
    }

    // MARK: Writes

    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? {
        defer { wantsDraft = false; wantsDiscard = false; wantsSave = false; wantsWriteReceipt = false; lookUpPhone = nil; resolveScan = nil }
        guard let store = data.station else { return nil }
        var said: Bilingual?
        if let phone = lookUpPhone, let v = try store.visitor(phone: phone) {
            form.existingVisitorID = v.id
            form.returningName = v.anonymous ? Catalogue.anonymous.zh : v.name
            form.returningCases = try store.cases(visitorID: v.id).map(\.number)
        }
        if let code = resolveScan {
            do {
                let card = try store.resolveRepresentative(scanned: code)
                form.setRepresentative(id: card.representative.id, name: card.representative.name)
            } catch let e as LiaisonError {
                form.errors[.representative] = e.message
            }
        }
        if wantsDiscard {
            data.saveDraft(Self.draftKey, nil)
            lastDraft = ""
            said = Catalogue.draftDiscarded
        }
        if wantsSave {
            let request = form.request(sessionID: try store.openSession()?.id)
            do {
                let saved = try store.recordIntake(request)
                if let f = finder {
                    // This desk's new cases join the candidates; linked ones are there already.
                    let known = Set(f.candidates.map { $0.caseRecord.id })
                    let added = try store.similarCaseCandidates(caseIDs: saved.entries.map { $0.caseRecord.id }.filter { !known.contains($0) })
                    finder = SimilarCaseFinder(candidates: added.reversed() + f.candidates)
                }
                let personal = (phone: form.text(.phone), id: form.text(.residentID))
                receipt = ReceiptView(printer: ReceiptPrinter(stationName: store.station.name, stationPhone: store.station.phone,
                                                              receipt: saved),
                                      visitorName: form.text(.name).trimmingSpaces,
                                      maskedPhone: personal.phone.trimmingSpaces.isEmpty ? "" : Masking.phone(personal.phone),
                                      maskedResidentID: personal.id.trimmingSpaces.isEmpty ? "" : Masking.residentID(personal.id),
                                      folder: URL(fileURLWithPath: store.path).deletingLastPathComponent())
                mode = .receipt
                data.saveDraft(Self.draftKey, nil)
                lastDraft = ""
                wantsDraft = false
                return Catalogue.intakeSaved(saved.entries.map { $0.caseRecord.number }.joined(separator: "、"))
            } catch let e as IntakeFieldError {
                form.apply(e)
                throw e
            }
        }
        if wantsWriteReceipt, let r = receipt {
            return try r.write()
        }
        if wantsDraft, mode == .form {
            let json = form.isPristine ? "" : IntakeDraft(form).json()
            if json != lastDraft {
                // Straight to the store's light autosave, in the slot the data source reads.
                try? store.autosaveDraft(slot: Self.slot(store), form: Self.draftKey, payload: json.isEmpty ? nil : json)
                lastDraft = json
            }
        }
        return said
    }

    /// The draft slot of the person at the desk (as `FrontDeskDataSource.saveDraft` names it in the executable).
    public static func slot(_ store: StationDatabase) -> String { store.actor + "/" + draftKey }

    public func draft() -> (key: String, text: String)? {
        guard mode == .form, !form.isPristine else { return nil }
        return (Self.draftKey, IntakeDraft(form).json())
    }

    // MARK: Drawing

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        guard !area.isEmpty else { return }
        switch mode {
        case .offer:
            let when = offered.map { String($0.savedAt.prefix(19)).replacingOccurrences(of: "T", with: " ") } ?? ""
            let who = offered.map { d in d.visitor["name"].flatMap { $0.isEmpty ? nil : $0 } ?? Catalogue.anonymous(language) } ?? ""
            var dialog = ConfirmDialog(title: Catalogue.resumeTitle, message: Catalogue.resumeQuestion(when, who))
            _ = dialog.handle(.key(.left))
            dialog.render(into: &canvas, area: area, language: language)
        case .receipt:
            receipt?.render(into: &canvas, area: area, language: language)
        case .form:
            IntakeFormView(form: form, similar: similar).render(into: &canvas, area: area, language: language)
        }
    }
}
