import Foundation
import LiaisonCore

/// The intake form as a value: the visitor's fields, their opinions, which
/// field has focus, the messages per field. No store access — the screen
/// feeds it choices (categories, representatives, consultations) and carries
/// out what `handle` reports (look a phone up, resolve a scan, save).
public struct IntakeForm: Sendable {
    /// What the screen must do after an event.
    public enum Outcome: Equatable, Sendable {
        case ignored
        /// Focus or caret moved; nothing typed.
        case moved
        /// The form's content changed (keep the draft).
        case edited
        /// Focus left a valid phone: look the visitor up.
        case lookUpPhone(String)
        /// The representative field holds a scanned code: resolve it.
        case resolveScan(String)
        /// Ctrl-S with every field valid.
        case save
        /// Ctrl-S, some field has a message now.
        case invalid
        /// Ctrl-L: link the current opinion to the next similar case.
        case link
    }

    public struct Choices: Sendable {
        public var categories: [Category] = []
        public var representatives: [(id: String, name: String)] = []
        public var consultations: [(id: String, title: String)] = []
        public init() {}
    }

    public var choices = Choices()
    public var visitor: [IntakeField: TextField]
    public var opinions: [IntakeOpinion] = [IntakeOpinion()]
    public var current = 0
    public var focus: IntakeField = .name
    /// Messages by field; opinion fields are for the current opinion.
    public var errors: [IntakeField: Bilingual] = [:]
    /// A returning visitor recognised by phone, with their earlier case numbers.
    public var existingVisitorID: String?
    public var returningName: String?
    public var returningCases: [String] = []
    private var suggester: CategorySuggester?

    public init(choices: Choices = Choices()) {
        visitor = [
            .name: TextField(maxLength: FieldLimits.name),
            .phone: TextField(maxLength: 20),
            .residentID: TextField(maxLength: 18),
            .community: TextField(maxLength: FieldLimits.shortText),
            .grid: TextField(maxLength: FieldLimits.shortText),
            .groupSize: TextField("1", maxLength: 5),
        ]
        setChoices(choices)
    }

    public mutating func setChoices(_ c: Choices) {
        choices = c
        suggester = CategorySuggester(categories: c.categories)
    }

    public var opinion: IntakeOpinion {
        get { opinions[current] }
        set { opinions[current] = newValue }
    }

    public func text(_ field: IntakeField) -> String {
        switch field {
        case .text: return opinion.text.text
        case .representative: return opinion.representative.text
        case .clause: return opinion.clause.text
        default: return visitor[field]?.text ?? ""
        }
    }

    /// True when nothing has been typed (a fresh form is not worth a draft).
    public var isPristine: Bool {
        visitor.allSatisfy { $0.key == .groupSize ? $0.value.text == "1" : $0.value.text.isEmpty }
            && opinions.allSatisfy(\.isEmpty) && existingVisitorID == nil
    }

    // MARK: Events

    public mutating func handle(_ event: Event) -> Outcome {
        let order = IntakeField.allCases
        let index = order.firstIndex(of: focus)!
        switch event {
        case .key(.tab):
            return leave(to: order[(index + 1) % order.count])
        case .key(.backTab):
            return leave(to: order[(index + order.count - 1) % order.count])
        case .key(.ctrl("s")):
            return validateAll() ? .save : .invalid
        case .key(.ctrl("n")):
            opinions.append(IntakeOpinion())
            current = opinions.count - 1
            focus = .text
            errors = errors.filter { $0.key.isVisitorField }
            return .edited
        case .key(.pageDown), .key(.pageUp):
            let next = current + (event == .key(.pageDown) ? 1 : -1)
            guard opinions.indices.contains(next) else { return .moved }
            current = next
            if focus.isVisitorField { focus = .text }
            errors = errors.filter { $0.key.isVisitorField }
            return .moved
        case .key(.ctrl("l")):
            return .link
        case .key(.enter) where focus == .representative:
            let t = opinion.representative.text.trimmingSpaces
            if CodeParser.isScan(t) { return .resolveScan(t) }
            return leave(to: .consultation)
        case .key(.enter) where focus != .text:
            return leave(to: order[(index + 1) % order.count])
        default:
            break
        }
        if focus.isChoice { return handleChoice(event) }
        if focus == .representative, event == .key(.up) || event == .key(.down) {
            cycleRepresentative(event == .key(.down) ? 1 : -1)
            return .edited
        }
        let before = text(focus)
        var used = false
        switch focus {
        case .text:
            var a = opinion.text
            used = a.handle(event)
            opinion.text = a
        case .representative:
            var f = opinion.representative
            used = f.handle(event)
            opinion.representative = f
        case .clause:
            var f = opinion.clause
            used = f.handle(event)
            opinion.clause = f
        default:
            if var f = visitor[focus] {
                used = f.handle(event)
                visitor[focus] = f
            }
        }
        guard used else { return .ignored }
        let after = text(focus)
        guard after != before else { return .moved }
        errors[focus] = nil
        if focus == .text { opinion.suggestedCategory = suggester?.suggest(for: after)?.code }
        if focus == .representative { pickRepresentative(matching: after) }
        if focus == .phone, existingVisitorID != nil { existingVisitorID = nil; returningName = nil; returningCases = [] }
        return .edited
    }

    /// Move focus, checking the field being left.
    private mutating func leave(to next: IntakeField) -> Outcome {
        let left = focus
        errors[left] = validate(left)
        focus = next
        if left == .phone, errors[.phone] == nil, !text(.phone).trimmingSpaces.isEmpty, existingVisitorID == nil {
            return .lookUpPhone(text(.phone))
        }
        if left == .representative {
            let t = opinion.representative.text.trimmingSpaces
            if CodeParser.isScan(t) { return .resolveScan(t) }
        }
        return .moved
    }

    private mutating func handleChoice(_ event: Event) -> Outcome {
        let step: Int
        switch event {
        case .key(.right), .key(.down): step = 1
        case .key(.left), .key(.up): step = -1
        default:
            if event.character == " " { step = 1 } else { return .ignored }
        }
        errors[focus] = nil
        switch focus {
        case .category:
            let codes = choices.categories.map(\.code)
            guard !codes.isEmpty else { return .ignored }
            let now = opinion.category.flatMap { codes.firstIndex(of: $0) } ?? (step > 0 ? -1 : 0)
            opinion.chosenCategory = codes[(now + step + codes.count) % codes.count]
        case .level:
            let all: [HandlingLevel?] = [nil] + HandlingLevel.allCases.map { $0 }
            let now = all.firstIndex(of: opinion.level) ?? 0
            opinion.level = all[(now + step + all.count) % all.count]
        case .urgency:
            let all = Urgency.allCases
            let now = all.firstIndex(of: opinion.urgency) ?? 0
            opinion.urgency = all[(now + step + all.count) % all.count]
        case .consultation:
            let all: [String?] = [nil] + choices.consultations.map { $0.id }
            let now = all.firstIndex(of: opinion.consultationID) ?? 0
            opinion.consultationID = all[(now + step + all.count) % all.count]
        case .position:
            let all = Opinion.Position.allCases
            let now = all.firstIndex(of: opinion.position) ?? 0
            opinion.position = all[(now + step + all.count) % all.count]
        default:
            return .ignored
        }
        return .edited
    }

    // MARK: Representatives

    /// Representatives whose name contains the typed text.
    public func representativeMatches(_ typed: String) -> [(id: String, name: String)] {
        let t = typed.trimmingSpaces
        guard !t.isEmpty, !CodeParser.isScan(t) else { return [] }
        return choices.representatives.filter { $0.name.contains(t) }
    }

    /// The representatives arrive when the picker is first used (87,000 in a province
    /// are not worth reading for every form); a name typed before they came is picked now.
    public mutating func setRepresentativeChoices(_ list: [(id: String, name: String)]) {
        choices.representatives = list
        for i in opinions.indices where opinions[i].representativeID == nil {
            let typed = opinions[i].representative.text
            guard let m = representativeMatches(typed).first else { continue }
            opinions[i].representativeID = m.id
            opinions[i].representativeName = m.name
        }
    }

    private mutating func pickRepresentative(matching typed: String) {
        let m = representativeMatches(typed).first
        opinion.representativeID = m?.id
        opinion.representativeName = m?.name
    }

    private mutating func cycleRepresentative(_ step: Int) {
        let matches = representativeMatches(opinion.representative.text)
        guard !matches.isEmpty else { return }
        let now = matches.firstIndex { $0.id == opinion.representativeID } ?? -1
        let m = matches[((now + step) % matches.count + matches.count) % matches.count]
        opinion.representativeID = m.id
        opinion.representativeName = m.name
    }

    /// A scan resolved by the store: the current opinion's representative.
    public mutating func setRepresentative(id: String, name: String) {
        opinion.representativeID = id
        opinion.representativeName = name
        errors[.representative] = nil
        if focus == .representative { focus = .consultation }
    }

    // MARK: Validation

    /// The message for one field of the visitor or the current opinion, or nil.
    public func validate(_ field: IntakeField) -> Bilingual? {
        let t = text(field)
        do {
            switch field {
            case .name: _ = try TextNormalizer.field(t, name: field.label, limit: FieldLimits.name)
            case .phone: if !t.trimmingSpaces.isEmpty { _ = try PhoneNumber.validate(t) }
            case .residentID: if !t.trimmingSpaces.isEmpty { _ = try ResidentID.validate(t) }
            case .community, .grid: _ = try TextNormalizer.field(t, name: field.label, limit: FieldLimits.shortText)
            case .groupSize:
                guard let n = Int(t.trimmingSpaces), (1...10_000).contains(n) else { return Catalogue.groupSizeMessage }
            case .text: if t.trimmingSpaces.replacingNewlines(with: "").isEmpty { return Catalogue.textMissing }
            case .category: if opinion.category == nil { return Catalogue.categoryMissing }
            case .representative:
                if !t.trimmingSpaces.isEmpty, opinion.representativeID == nil, !CodeParser.isScan(t) {
                    return Catalogue.representativeUnknown
                }
            default: break
            }
        } catch let e as LiaisonError {
            return e.message
        } catch {
            return Catalogue.dataError
        }
        return nil
    }

    /// Checks everything; on a problem focuses the first bad field (switching opinion if needed).
    public mutating func validateAll() -> Bool {
        errors = [:]
        for f in IntakeField.allCases where f.isVisitorField {
            if let m = validate(f) { errors[f] = m }
        }
        if let first = IntakeField.allCases.first(where: { errors[$0] != nil }) {
            focus = first
            return false
        }
        let keep = current
        // Blank extra opinions are dropped rather than refused.
        if opinions.count > 1 { opinions.removeAll { $0.isEmpty } }
        if opinions.isEmpty { opinions = [IntakeOpinion()] }
        current = min(keep, opinions.count - 1)
        for i in opinions.indices {
            current = i
            for f in IntakeField.allCases where !f.isVisitorField {
                if let m = validate(f) { errors[f] = m }
            }
            if let first = IntakeField.allCases.first(where: { errors[$0] != nil }) {
                focus = first
                return false
            }
        }
        current = min(keep, opinions.count - 1)
        return true
    }

    /// Puts a message from the store on its field.
    public mutating func apply(_ error: IntakeFieldError) {
        guard let field = IntakeField.from(storeField: error.field) else { return }
        if let i = error.opinionIndex, opinions.indices.contains(i) { current = i }
        errors[field] = error.message
        focus = field
    }

    /// What the store saves.
    public func request(sessionID: String?) -> IntakeRequest {
        let name = text(.name).trimmingSpaces
        let v = IntakeRequest.VisitorFields(
            name: name, anonymous: name.isEmpty, phone: text(.phone), residentID: text(.residentID),
            community: text(.community), grid: text(.grid), groupSize: Int(text(.groupSize).trimmingSpaces) ?? 1)
        let os = opinions.map { o in
            IntakeRequest.OpinionFields(text: o.text.text, category: o.category ?? "", handlingLevel: o.level,
                                        urgency: o.urgency, representativeID: o.representativeID,
                                        consultationID: o.consultationID, clause: o.clause.text, position: o.position,
                                        linkToCaseID: o.linkToCaseID)
        }
        return IntakeRequest(visitor: v, existingVisitorID: existingVisitorID, opinions: os, sessionID: sessionID)
    }
}
