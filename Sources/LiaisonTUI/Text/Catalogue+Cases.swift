import LiaisonCore

/// Words of the case screens (F4): the queue, a case's detail, the follow-up calls.
extension Catalogue {
    public static let queueTitle = Bilingual("案件队列", "Case queue")
    public static let followUpTitle = Bilingual("回访清单（已答复待反馈，最早的在前）", "Follow-up calls (replied, not yet told; oldest first)")
    public static let myQueueTitle = Bilingual("我的案件", "My queue")
    public static let columnNumber = Bilingual("案件号", "Number")
    public static let columnTitle = Bilingual("事项", "Matter")
    public static let columnCategory = Bilingual("分类", "Category")
    public static let columnState = Bilingual("状态", "State")
    public static let columnDepartment = Bilingual("承办单位", "Department")
    public static let columnDue = Bilingual("期限", "Due")
    public static let columnUrgency = Bilingual("缓急", "Urgency")
    public static let filterAll = Bilingual("全部未结", "all open")
    public static let filterOverdue = Bilingual("仅逾期", "overdue only")
    public static let filterLabel = Bilingual("筛选", "Filter")
    public static let searchLabel = Bilingual("查找", "Search")
    public static let noCases = Bilingual("没有符合条件的案件", "No cases match")
    public static func shownOf(_ shown: Int, _ total: Int) -> Bilingual {
        Bilingual("显示 \(shown) / 共 \(total) 件", "\(shown) of \(total) cases")
    }
    public static let legend = Bilingual("X 逾期  ! 临期（2 个工作日内）  o 按期  = 暂停", "X overdue  ! due within 2 working days  o on time  = paused")
    public static let opinionsHeading = Bilingual("群众意见", "Opinions")
    public static let timelineHeading = Bilingual("办理记录", "Timeline")
    public static let deadlineLabel = Bilingual("期限", "Deadline")
    public static let supervisorsLabel = Bilingual("督办代表", "Supervised by")
    public static let anonymous = Bilingual("匿名", "anonymous")
    public static let actionsHint = Bilingual(
        "t分类 d交办 o现场解决 y答复 b反馈 1满意 2基本满意 3不满意 4未表态 p暂停/恢复 g合并 n备注 v督事 a查阅记录 Esc返回",
        "t triage  d dispatch  o resolve  y reply  b feed back  1-4 rate  p pause/resume  g merge  n note  v supervise  a audit  Esc back")
    public static let followUpHint = Bilingual("Enter 显示电话（将记录）  b 已反馈  1-4 满意度  Esc 返回",
                                               "Enter show phone (recorded)  b fed back  1-4 rate  Esc back")
    public static func promptFor(_ action: Bilingual) -> Bilingual {
        Bilingual("\(action.zh)：输入后按 Enter 或 Ctrl-S 确认，Esc 取消", "\(action.en): type, then Enter or Ctrl-S; Esc cancels")
    }
    public static let pickDepartment = Bilingual("选择承办单位（↑↓，Enter 确认；期限按分类时限自动计算）", "Pick a department (↑↓, Enter; the deadline follows the category's SLA)")
    public static let pickCategory = Bilingual("选择分类（↑↓，Enter 确认）", "Pick a category (↑↓, Enter)")
    public static let pickRepresentative = Bilingual("选择督事代表（↑↓，Enter 确认）", "Pick the supervising representative (↑↓, Enter)")
    public static let mergeInto = Bilingual("并入案件号", "Merge into case number")
    public static let phoneShown = Bilingual("电话（已记录查看）", "Phone (the reveal is recorded)")
    public static let actionDone = Bilingual("已办理", "Done")
    public static func stateNow(_ state: CaseState) -> Bilingual {
        Bilingual("案件状态：\(state.label.zh)", "Case is now \(state.label.en)")
    }
    public static let noStore = Bilingual("没有打开的站点数据库", "No station database is open")
    public static let helpFilterState = Bilingual("按状态筛选（循环）", "Filter by state (cycles)")
    public static let helpFilterOverdue = Bilingual("只看逾期 / 全部", "Overdue only / all")
    public static let helpFollowUp = Bilingual("回访清单", "Follow-up calls")
    public static let helpCaseActions = Bilingual("办理：t d o y b 1-4 p g n v", "Actions: t d o y b 1-4 p g n v")
    public static let helpAudit = Bilingual("查看谁查阅过本案群众的电话和理由（管理员）", "Who looked at this case's visitors' numbers, and why (admin)")
    public static let auditHeading = Bilingual("个人信息查阅记录", "Who looked at personal numbers")
    public static let auditEmpty = Bilingual("无人查阅过", "Nobody has looked")
}
