import LiaisonCore

/// Words of the front desk: intake (F2), receipts, sessions (F5), consultations.
extension Catalogue {
    // MARK: Intake fields
    public static let fieldName = Bilingual("姓名", "Name")
    public static let fieldPhone = Bilingual("电话", "Phone")
    public static let fieldResidentID = Bilingual("身份证", "Resident ID")
    public static let fieldCommunity = Bilingual("社区/村", "Community")
    public static let fieldGrid = Bilingual("网格", "Grid")
    public static let fieldGroupSize = Bilingual("人数", "Group size")
    public static let fieldText = Bilingual("意见内容", "Opinion")
    public static let fieldCategory = Bilingual("分类", "Category")
    public static let fieldLevel = Bilingual("分级", "Level")
    public static let fieldUrgency = Bilingual("缓急", "Urgency")
    public static let fieldRepresentative = Bilingual("接待代表", "Representative")
    public static let fieldConsultation = Bilingual("征求意见", "Consultation")
    public static let fieldClause = Bilingual("条款", "Clause")
    public static let fieldPosition = Bilingual("立场", "Position")

    // MARK: Intake screen
    public static let visitorHeading = Bilingual("来访群众", "Visitor")
    public static func opinionHeading(_ n: Int, _ of: Int) -> Bilingual {
        Bilingual("意见 \(n)/\(of)", "Opinion \(n)/\(of)")
    }
    public static let anonymousHint = Bilingual("留空即匿名", "empty = anonymous")
    public static let suggested = Bilingual("建议", "suggested")
    public static let noChoice = Bilingual("无", "none")
    public static let levelByCategory = Bilingual("按分类", "by category")
    public static let similarHeading = Bilingual("相似的在办案件（Ctrl-L 并入）", "Similar open cases (Ctrl-L links)")
    public static let noSimilar = Bilingual("暂无相似案件", "no similar open case")
    public static func linkedTo(_ number: String) -> Bilingual {
        Bilingual("并入已有案件 \(number)", "linked to existing case \(number)")
    }
    public static let unlinked = Bilingual("不并入，新立案件", "not linked: a new case will be opened")
    public static func returningVisitor(_ name: String, _ cases: String) -> Bilingual {
        Bilingual("回访群众：\(name)　此前案件：\(cases)", "Returning visitor: \(name)  earlier cases: \(cases)")
    }
    public static let noEarlierCases = Bilingual("无", "none")
    public static let newVisitor = Bilingual("新来访群众", "New visitor")
    public static func representativePicked(_ name: String) -> Bilingual {
        Bilingual("→ \(name)", "→ \(name)")
    }
    public static let representativeUnknown = Bilingual("未找到该代表", "no such representative")
    public static let intakeKeys = Bilingual(
        "Tab下一项 ←→选择 Ctrl-N加一条意见 PgUp/PgDn切换意见 Ctrl-L并入 Ctrl-S保存",
        "Tab next  ←→ choose  Ctrl-N add opinion  PgUp/PgDn switch  Ctrl-L link  Ctrl-S save")
    public static let groupSizeMessage = Bilingual("人数须为 1–10000 的整数", "Group size must be a whole number 1–10000")
    public static let categoryMissing = Bilingual("请选择分类（←→）", "Choose a category (← →)")
    public static let textMissing = Bilingual("意见内容不能为空", "The opinion text is required")
    public static let noSessionOpen = Bilingual("未开接待活动（F5 开始）", "no session open (F5 opens one)")
    public static func sessionHeader(_ title: String) -> Bilingual {
        Bilingual("接待中：\(title)", "In session: \(title)")
    }

    // MARK: Intake help
    public static let helpIntakeChoose = Bilingual("选择分类、分级、缓急、征求意见、立场", "Choose category, level, urgency, consultation, position")
    public static let helpIntakeRepresentative = Bilingual("在接待代表栏切换匹配的代表", "In the representative field: next matching name")
    public static let helpIntakeAddOpinion = Bilingual("再加一条意见", "Add another opinion")
    public static let helpIntakeSwitchOpinion = Bilingual("切换意见", "Previous / next opinion")
    public static let helpIntakeLink = Bilingual("并入相似的在办案件（再按换下一件）", "Link to a similar open case (again: next one)")
    public static let helpIntakeSave = Bilingual("保存并出回执", "Save and show the receipt")
    public static let helpIntakeWrite = Bilingual("回执页：写出文本和 SVG 文件", "Receipt: write text and SVG files")
    public static let expectedReply = Bilingual("预计答复", "Expected reply")
    public static let stationPhone = Bilingual("咨询电话", "Station phone")

    // MARK: Drafts
    public static let resumeTitle = Bilingual("恢复草稿", "Resume draft")
    public static func resumeQuestion(_ when: String, _ who: String) -> Bilingual {
        Bilingual("有一份未保存的登记（\(when)，\(who)）。Enter 继续填写，n 放弃。",
                  "An unsaved intake (\(when), \(who)) was kept. Enter resumes it, n discards it.")
    }
    public static let draftWaiting = Bilingual("有未保存的登记草稿：按 F2 继续", "An unsaved intake draft is waiting: F2 resumes it")
    public static let draftDiscarded = Bilingual("草稿已放弃", "Draft discarded")

    // MARK: Receipt
    public static let receiptTitle = Bilingual("来访回执", "Receipt")
    public static func intakeSaved(_ numbers: String) -> Bilingual {
        Bilingual("已登记：\(numbers)", "Saved: \(numbers)")
    }
    public static let receiptKeys = Bilingual(
        "w 写出回执文件（文本和 SVG）  ↑↓ 切换案件  Enter 登记下一位",
        "w write the receipt files (text and SVG)  ↑↓ switch case  Enter next visitor")
    public static func receiptWritten(_ path: String) -> Bilingual {
        Bilingual("回执已写出：\(path)", "Receipt written: \(path)")
    }
    public static let maskedVisitor = Bilingual("群众信息（已遮蔽）", "Visitor (masked)")

    // MARK: Sessions
    public static let sessionListHeading = Bilingual("接待活动", "Sessions")
    public static let sessionOpenHeading = Bilingual("开始接待活动", "Open a session")
    public static let sessionKind = Bilingual("类型", "Kind")
    public static let sessionTitle = Bilingual("主题", "Title")
    public static let sessionPlace = Bilingual("地点", "Place")
    public static let sessionPlaceHint = Bilingual("本站、联络点或户外点位", "the station, an outpost or an outdoor point")
    public static let sessionStarted = Bilingual("开始时间", "Started")
    public static let sessionAttendance = Bilingual("到场人员", "Present")
    public static let sessionNobody = Bilingual("尚无人签到（扫码或 p 从名单选择）", "nobody yet (scan, or p to pick from the list)")
    public static let sessionNone = Bilingual("没有接待活动。按 n 开始。", "No sessions. n opens one.")
    public static let sessionKeys = Bilingual(
        "n开始 扫码签到 p选代表 o登记官员 c结束并出纪要 m纪要 r征求意见 ↑↓选择",
        "n open  scan to mark present  p pick  o official  c close + minutes  m minutes  r consultations")
    public static let sessionFormKeys = Bilingual("←→选类型 ↑↓选站点 Tab下一项 Ctrl-S开始 Esc取消",
                                                  "←→ kind  ↑↓ station/outpost  Tab next  Ctrl-S open  Esc cancel")
    public static func sessionOpened(_ title: String) -> Bilingual { Bilingual("接待活动已开始：\(title)", "Session opened: \(title)") }
    public static let sessionAlreadyOpen = Bilingual("已有进行中的接待活动，请先结束它", "A session is already open; close it first")
    public static let sessionNoneOpen = Bilingual("没有进行中的接待活动", "No session is open")
    public static func markedPresent(_ name: String) -> Bilingual { Bilingual("\(name) 已签到", "\(name) is marked present") }
    public static func alreadyPresent(_ name: String) -> Bilingual { Bilingual("\(name) 已签到过", "\(name) was already present") }
    public static let pickHeading = Bilingual("选择到场代表（Enter 签到，Esc 返回）", "Pick a representative (Enter marks present, Esc back)")
    public static let officialHeading = Bilingual("登记到场官员（一府两院进站）", "Official present (agency visit)")
    public static let officialName = Bilingual("姓名", "Name")
    public static let officialTitle = Bilingual("职务", "Title")
    public static let closeConfirmTitle = Bilingual("结束接待活动", "Close the session")
    public static let closeConfirm = Bilingual("结束本次接待活动并生成纪要？", "Close this session and produce its minutes?")
    public static let minutesHeading = Bilingual("接待纪要", "Minutes")
    public static let minutesPath = Bilingual("导出到", "Export to")
    public static let minutesKeys = Bilingual("Ctrl-S 导出 Markdown  ↑↓ 翻阅  Esc 返回", "Ctrl-S export Markdown  ↑↓ scroll  Esc back")
    public static func minutesWritten(_ path: String) -> Bilingual { Bilingual("纪要已导出：\(path)", "Minutes exported: \(path)") }
    public static func writeFailed(_ path: String) -> Bilingual { Bilingual("无法写入：\(path)", "Could not write: \(path)") }
    public static let scanNotRecognised = Bilingual("扫码内容不是本站代表", "The scanned code is not a representative here")

    // MARK: Consultations
    public static let consultationsHeading = Bilingual("征求意见", "Consultations")
    public static let consultationDeadline = Bilingual("截止", "Deadline")
    public static let consultationNone = Bilingual("暂无征求意见事项", "No consultations")
    public static let tallyHeading = Bilingual("逐条统计", "Per-clause tally")
    public static let tallyColumns = Bilingual("条款  赞成  反对  修改  其他", "Clause  support  oppose  amend  other")
    public static let consultationKeys = Bilingual("↑↓选择 e导出 CSV 和 Markdown Esc返回", "↑↓ choose  e export CSV and Markdown  Esc back")
    public static func consultationExported(_ path: String) -> Bilingual { Bilingual("已导出：\(path)", "Exported: \(path)") }
    public static func opinionCount(_ n: Int) -> Bilingual { Bilingual("意见 \(n) 条", "\(n) opinions") }
}
