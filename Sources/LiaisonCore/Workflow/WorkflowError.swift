/// Why an action was refused. Messages never include visitors' personal data.
public enum WorkflowError: LiaisonError, Equatable {
    case illegalTransition(action: String, label: Bilingual, from: CaseState)
    case alreadyPaused
    case notPaused
    case clockNotRunning(CaseState)
    case missingReason
    case emptyText
    case unknownCase(String)
    case unknownDepartment(String)
    case unknownCategory(String)
    case unknownRepresentative(String)
    case mergeIntoSelf
    case mergeTargetNotOpen(String)
    case alreadySupervising
    case notSupervising

    public var message: Bilingual {
        switch self {
        case let .illegalTransition(_, label, from):
            return Bilingual("案件处于“\(from.label.zh)”状态，不能“\(label.zh)”",
                             "A case that is \(from.label.en) cannot take “\(label.en)”")
        case .alreadyPaused: return Bilingual("计时已暂停（等待群众）", "The clock is already paused (awaiting visitor)")
        case .notPaused: return Bilingual("计时未暂停", "The clock is not paused")
        case .clockNotRunning(let state):
            return Bilingual("“\(state.label.zh)”状态下无需计时", "No clock runs for a case that is \(state.label.en)")
        case .missingReason: return Bilingual("改动期限需写明理由", "Overriding the deadline needs a reason")
        case .emptyText: return Bilingual("内容不能为空", "The text cannot be empty")
        case .unknownCase(let n): return Bilingual("找不到案件 \(n)", "No case \(n)")
        case .unknownDepartment(let d): return Bilingual("找不到承办单位 \(d)", "No department \(d)")
        case .unknownCategory(let c): return Bilingual("找不到分类 \(c)", "No category \(c)")
        case .unknownRepresentative(let r): return Bilingual("找不到代表 \(r)", "No representative \(r)")
        case .mergeIntoSelf: return Bilingual("不能合并到自身", "A case cannot be merged into itself")
        case .mergeTargetNotOpen(let n):
            return Bilingual("目标案件 \(n) 已办结或已合并", "Target case \(n) is closed or merged")
        case .alreadySupervising: return Bilingual("该代表已在督办此案", "This representative already supervises the case")
        case .notSupervising: return Bilingual("该代表未督办此案", "This representative does not supervise the case")
        }
    }
}
