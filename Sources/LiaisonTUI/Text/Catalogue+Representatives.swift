import LiaisonCore

/// Words of the representatives screen (F3) and a representative's own view.
extension Catalogue {
    public static let representativesTitle = Bilingual("人大代表", "Representatives")
    public static let columnName = Bilingual("姓名", "Name")
    public static let columnLevel = Bilingual("层级", "Level")
    public static let columnStation = Bilingual("联络站", "Station")
    public static let columnGroup = Bilingual("代表小组", "Group")
    public static let columnOpen = Bilingual("在办", "Open")
    public static let findRepresentativeHint = Bilingual("姓名、拼音（如 wxm）", "name or pinyin (e.g. wxm)")
    public static let noRepresentatives = Bilingual("没有匹配的代表", "No representative matches")
    public static let cardHeading = Bilingual("代表亮码", "Representative's code")
    public static let codeLabel = Bilingual("代码", "Code")
    public static let districtLabel = Bilingual("选区", "District")
    public static let openCasesLabel = Bilingual("在办案件", "Open cases")
    public static let overdueLabel = Bilingual("逾期", "overdue")
    public static let myCasesHeading = Bilingual("我的案件（逾期在前）", "My cases (overdue first)")
    public static let fourListsHeading = Bilingual("四张清单", "Four lists")
    public static let workList = Bilingual("工作清单：参加接待", "Work: sessions attended")
    public static let problemList = Bilingual("问题清单：在办问题", "Problems: open cases")
    public static let suggestionList = Bilingual("建议清单：立法与监督意见", "Suggestions: legislation and supervision opinions")
    public static let resultList = Bilingual("成果清单：已办结", "Results: closed cases")
    public static func items(_ n: Int) -> Bilingual { Bilingual("\(n) 项", "\(n) items") }
    public static let representativeHint = Bilingual("l 切换清单  s 保存亮码卡片(SVG)  Esc 返回", "l next list  s save the code card (SVG)  Esc back")
    public static func cardSaved(_ path: String) -> Bilingual { Bilingual("已保存：\(path)", "Saved: \(path)") }
    public static let helpNextList = Bilingual("切换四张清单", "Next of the four lists")
    public static let helpSaveCard = Bilingual("保存亮码卡片（SVG）", "Save the code card (SVG)")
}
