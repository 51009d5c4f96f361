/// Everything that can happen to a case. Transitions change its state; the
/// rest (pause, resume, note, supervision) are recorded without changing it.
public enum CaseAction: Sendable, Hashable {
    case triage(category: String, level: HandlingLevel)
    case resolveOnSite(answer: String)
    /// A nil deadline takes the category's SLA; a chosen one needs a reason.
    case dispatch(departmentID: String, deadline: CivilDate?, reason: String)
    case reply(text: String)
    /// The answer told to the visitor (回访): satisfaction is asked next.
    case feedback(note: String)
    /// 满意 / 基本满意 / 未表态 close the case; 不满意 reopens it.
    case rate(Satisfaction, note: String)
    case merge(into: String)
    case pause(reason: String)
    case resume(note: String)
    case note(String)
    case supervise(representativeID: String)
    case unsupervise(representativeID: String)

    public var name: String {
        switch self {
        case .triage: return "triage"
        case .resolveOnSite: return "resolve"
        case .dispatch: return "dispatch"
        case .reply: return "reply"
        case .feedback: return "feedback"
        case .rate: return "rate"
        case .merge: return "merge"
        case .pause: return "pause"
        case .resume: return "resume"
        case .note: return "note"
        case .supervise: return "supervise"
        case .unsupervise: return "unsupervise"
        }
    }

    public var label: Bilingual {
        switch self {
        case .triage: return Bilingual("分类", "triage")
        case .resolveOnSite: return Bilingual("现场解决", "resolve on site")
        case .dispatch: return Bilingual("交办", "dispatch")
        case .reply: return Bilingual("登记答复", "record reply")
        case .feedback: return Bilingual("反馈群众", "feed back")
        case .rate: return Bilingual("满意度", "satisfaction")
        case .merge: return Bilingual("合并", "merge")
        case .pause: return Bilingual("等待群众", "await visitor")
        case .resume: return Bilingual("恢复计时", "resume")
        case .note: return Bilingual("备注", "note")
        case .supervise: return Bilingual("代表督事", "supervise")
        case .unsupervise: return Bilingual("结束督事", "leave supervision")
        }
    }
}
