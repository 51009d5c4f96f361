import Foundation
import LiaisonCore

/// The intake form as JSON, kept as the receptionist types so a killed
/// terminal loses nothing: every value, which opinion and field had focus and
/// where the caret was.
public struct IntakeDraft: Codable, Sendable, Equatable {
    public struct OpinionState: Codable, Sendable, Equatable {
        var text: String
        var textCaret: Int
        var chosenCategory: String?
        var suggestedCategory: String?
        var level: String?
        var urgency: String
        var representative: String
        var representativeID: String?
        var representativeName: String?
        var consultationID: String?
        var clause: String
        var position: String
        var linkToCaseID: String?
        var linkToCaseNumber: String?
    }

    public static let formName = "intake"
    var version = 1
    /// When it was kept (ISO 8601), to show in the resume offer.
    public var savedAt: String
    var visitor: [String: String]
    var visitorCarets: [String: Int]
    var opinions: [OpinionState]
    var current: Int
    var focus: String
    var existingVisitorID: String?
    var returningName: String?
    var returningCases: [String]

    public init(_ form: IntakeForm, savedAt: Date = Date()) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current   // shown to the receptionist in the resume offer
        self.savedAt = formatter.string(from: savedAt)
        visitor = Dictionary(uniqueKeysWithValues: form.visitor.map { ($0.key.rawValue, $0.value.text) })
        visitorCarets = Dictionary(uniqueKeysWithValues: form.visitor.map { ($0.key.rawValue, $0.value.caret) })
        opinions = form.opinions.map { o in
            OpinionState(text: o.text.text, textCaret: o.text.caret, chosenCategory: o.chosenCategory,
                         suggestedCategory: o.suggestedCategory, level: o.level?.rawValue, urgency: o.urgency.rawValue,
                         representative: o.representative.text, representativeID: o.representativeID,
                         representativeName: o.representativeName, consultationID: o.consultationID,
                         clause: o.clause.text, position: o.position.rawValue, linkToCaseID: o.linkToCaseID,
                         linkToCaseNumber: o.linkToCaseNumber)
        }
        current = form.current
        focus = form.focus.rawValue
        existingVisitorID = form.existingVisitorID
        returningName = form.returningName
        returningCases = form.returningCases
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    public static func decode(_ text: String) -> IntakeDraft? {
        try? JSONDecoder().decode(IntakeDraft.self, from: Data(text.utf8))
    }

    /// The form this draft describes, with `choices` for its pickers.
    public func form(choices: IntakeForm.Choices) -> IntakeForm {
        var form = IntakeForm(choices: choices)
        for (key, value) in visitor {
            guard let field = IntakeField(rawValue: key), var f = form.visitor[field] else { continue }
            f.text = value
            for _ in 0..<max(0, f.characters.count - (visitorCarets[key] ?? f.characters.count)) { f.handle(.key(.left)) }
            form.visitor[field] = f
        }
        form.opinions = opinions.map { s in
            var o = IntakeOpinion()
            o.text.text = s.text
            for _ in 0..<max(0, o.text.characters.count - s.textCaret) { o.text.handle(.key(.left)) }
            o.chosenCategory = s.chosenCategory
            o.suggestedCategory = s.suggestedCategory
            o.level = s.level.flatMap(HandlingLevel.init(rawValue:))
            o.urgency = Urgency(rawValue: s.urgency) ?? .normal
            o.representative.text = s.representative
            o.representativeID = s.representativeID
            o.representativeName = s.representativeName
            o.consultationID = s.consultationID
            o.clause.text = s.clause
            o.position = Opinion.Position(rawValue: s.position) ?? .none
            o.linkToCaseID = s.linkToCaseID
            o.linkToCaseNumber = s.linkToCaseNumber
            return o
        }
        if form.opinions.isEmpty { form.opinions = [IntakeOpinion()] }
        form.current = max(0, min(current, form.opinions.count - 1))
        form.focus = IntakeField(rawValue: focus) ?? .name
        form.existingVisitorID = existingVisitorID
        form.returningName = returningName
        form.returningCases = returningCases
        return form
    }
}
