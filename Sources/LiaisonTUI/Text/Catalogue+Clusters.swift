import LiaisonCore

/// Words of the cluster workbench and the suggestions page (F6, third and fourth pages).
extension Catalogue {
    public static let reportSuggestions = Bilingual("代表建议", "Suggestions")
    public static func clusterRow(_ name: String, _ count: Int, _ category: String, _ place: String) -> Bilingual {
        // A proposal's name already starts with its place ("清溪社区：…"); say it once.
        let at = place.isEmpty || name.hasPrefix(place) ? "" : " · " + place
        return Bilingual("\(name) · \(count) 条 · \(category)\(at)", "\(name) · \(count) opinions · \(category)\(at)")
    }
    public static let clusterMembersHeading = Bilingual("本聚类的意见", "Opinions in this cluster")
    public static let proposalMembersHeading = Bilingual("建议聚类的意见（尚未确认）", "Opinions of the proposal (not accepted yet)")
    public static func markedCount(_ n: Int) -> Bilingual { Bilingual("已标记 \(n)", "\(n) marked") }
    public static let clusterNewName = Bilingual("聚类名称：", "Cluster name: ")
    public static let splitNewName = Bilingual("拆出的新聚类名称：", "Name of the new cluster: ")
    public static let splitSuffix = Bilingual("（拆分）", " (split)")
    public static let suggestionTitleLabel = Bilingual("建议标题", "Title")
    public static let suggestionBodyLabel = Bilingual("建议内容", "Text")
    public static let draftHeading = Bilingual("起草代表建议（可修改）", "Draft the representative's suggestion (editable)")

    public static let workbenchListHint = Bilingual(
        "↑↓ Enter 打开  a 确认  空格 标记  m 合并  r 改名  s 起草建议  Tab 翻页",
        "↑↓ Enter open  a accept  Space mark  m merge  r rename  s suggest  Tab page")
    public static let workbenchDetailHint = Bilingual(
        "↑↓ 选择  空格 标记  p 拆出标记的  x 移出  r 改名  s 起草建议  Esc 返回列表",
        "Space mark  p split off marked  x remove  r rename  s suggest  Esc list")
    public static let proposalDetailHint = Bilingual(
        "↑↓ 选择  空格 标记  a 确认（有标记时只确认标记的）  Esc 返回列表",
        "↑↓ select  Space mark  a accept (only the marked, if any)  Esc back to list")
    public static let promptHint = Bilingual("Enter 确定  Esc 取消", "Enter confirm  Esc cancel")
    public static let editorHint = Bilingual("Tab 标题/内容  Ctrl-S 保存  Esc 取消", "Tab title/text  Ctrl-S save  Esc cancel")

    public static func clusterRenamed(_ name: String) -> Bilingual { Bilingual("已改名为“\(name)”", "Renamed to “\(name)”") }
    public static func clusterSplit(_ name: String, _ count: Int) -> Bilingual {
        Bilingual("已拆出新聚类“\(name)”（\(count) 条意见）", "Split out “\(name)” (\(count) opinions)")
    }
    public static func clustersMerged(_ count: Int, _ name: String) -> Bilingual {
        Bilingual("已将 \(count) 个聚类并入“\(name)”", "Merged \(count) clusters into “\(name)”")
    }
    public static func opinionsRemoved(_ count: Int) -> Bilingual {
        Bilingual("已移出 \(count) 条意见（重新成为待聚类意见）", "Removed \(count) opinions (they can be clustered again)")
    }
    public static let markToSplit = Bilingual("先用空格标记要拆出的意见", "Mark the opinions to split out with Space first")
    public static let markToMerge = Bilingual("先用空格标记要并入的聚类，再在目标聚类上按 m",
                                              "Mark the clusters to merge with Space, then press m on the target")
    public static let onlyClusters = Bilingual("请先确认这个建议聚类（a）", "Accept this proposal first (a)")
    public static let cannotSplitAll = Bilingual("不能拆出全部意见：至少留下一条", "Cannot split out every opinion: leave at least one")
    public static func suggestionDrafted(_ title: String) -> Bilingual {
        Bilingual("已起草代表建议“\(title)”，在“代表建议”页提交交办", "Drafted suggestion “\(title)”; submit it on the Suggestions page")
    }

    // Suggestions page.
    public static let suggestionsHeading = Bilingual("代表建议（闭会期间）", "Representatives' suggestions")
    public static let noSuggestions = Bilingual("还没有代表建议：在“聚类”页按 s 起草", "No suggestions yet: draft one with s on the Clusters page")
    public static let suggestionsHint = Bilingual(
        "Enter 详情 e 修改 d 交办 y 答复 1满意 2基本满意 3不满意 Tab 翻页",
        "Enter open  d submit  y answer  1 2 3 rate  e edit  v rep  Tab page")
    public static let suggestionDetailHint = Bilingual(
        "e 修改  v 代表  d 交办  y 答复  1满意 2基本满意 3不满意  c 记录回访  Esc 返回",
        "e edit  v rep  d submit  y answer  1 2 3 rate  ↑↓ c record call  Esc list")
    public static let chooseDepartment = Bilingual("交办给哪个单位（↑↓ 选择，Enter 确定）：", "Submit to which department (↑↓, Enter):")
    public static let answerLabel = Bilingual("答复内容：", "Answer: ")
    public static let callNoteLabel = Bilingual("回访记录：", "Call note: ")
    public static let noDepartments = Bilingual("站点还没有承办单位", "The station has no departments yet")
    public static let suggestionState = Bilingual("状态", "State")
    public static let suggestionDepartment = Bilingual("承办单位", "Department")
    public static let suggestionCluster = Bilingual("来自聚类", "From cluster")
    public static let suggestionAnswer = Bilingual("答复", "Answer")
    public static let suggestionRating = Bilingual("代表评价", "Rating")
    public static func followUpsHeading(_ pending: Int, _ total: Int) -> Bilingual {
        Bilingual("回访清单：\(total) 位群众，待回访 \(pending)", "Follow-up calls: \(total) visitors, \(pending) to call")
    }
    public static let noFollowUps = Bilingual("答复登记后，每位反映的群众都会进入回访清单",
                                              "Once the answer is recorded, every visitor behind it is put on the follow-up list")
    public static let calledMark = Bilingual("已回访", "called")
    public static let pendingMark = Bilingual("待回访", "to call")
    public static func suggestionMoved(_ title: String, _ state: Bilingual) -> Bilingual {
        Bilingual("“\(title)”：\(state.zh)", "“\(title)”: \(state.en)")
    }
    public static func followUpsCreated(_ n: Int) -> Bilingual {
        Bilingual("答复已登记，\(n) 位群众进入回访清单", "Answer recorded; \(n) visitors put on the follow-up list")
    }
    public static let callRecorded = Bilingual("回访已记录", "Call recorded")
    public static func suggestionSaved(_ title: String) -> Bilingual { Bilingual("已保存建议“\(title)”", "Saved “\(title)”") }
    public static func suggestionRepresentative(_ title: String, _ name: String) -> Bilingual {
        Bilingual("“\(title)”由 \(name) 代表提出", "“\(title)” is put forward by \(name)")
    }
    public static let chooseRepresentative = Bilingual("由哪位代表提出（↑↓ 选择，Enter 确定）：", "Put forward by which representative (↑↓, Enter):")
    /// "：" after a Chinese label, ": " after an English one.
    public static let labelColon = Bilingual("：", ": ")
    public static let suggestionRepresentativeLabel = Bilingual("提出代表", "Representative")
    public static let helpEditDraft = Bilingual("修改起草中的建议", "Edit a suggestion still drafted")
    public static let helpRepresentative = Bilingual("选择提出建议的代表", "Choose the representative who puts it forward")

    // Help overlay.
    public static let helpMark = Bilingual("标记 / 取消标记", "Mark / unmark")
    public static let helpAccept = Bilingual("确认建议聚类", "Accept the proposed cluster")
    public static let helpMerge = Bilingual("把标记的聚类并入所选", "Merge the marked clusters into this one")
    public static let helpRename = Bilingual("聚类改名", "Rename the cluster")
    public static let helpSplit = Bilingual("把标记的意见拆成新聚类", "Split the marked opinions into a new cluster")
    public static let helpRemove = Bilingual("把意见移出聚类", "Take the opinion out of the cluster")
    public static let helpDraft = Bilingual("由聚类起草代表建议", "Draft a suggestion from the cluster")
    public static let helpPages = Bilingual("图表 / 全文 / 聚类 / 代表建议", "Charts / text / clusters / suggestions")
    public static let helpSubmit = Bilingual("提交交办到单位", "Submit to a department")
    public static let helpAnswer = Bilingual("登记单位答复（回访清单随之生成）", "Record the answer (fills the follow-up list)")
    public static let helpRate = Bilingual("代表评价：满意 / 基本满意 / 不满意", "Rate: satisfied / basically / dissatisfied")
    public static let helpCall = Bilingual("记录对所选群众的回访", "Record the call to the selected visitor")
}
