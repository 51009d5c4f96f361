import Foundation
import LiaisonCore
import LiaisonTUI

/// A small in-memory station for screen tests: fixed numbers, remembered preferences.
final class DemoDataSource: FrontDeskDataSource {
    var summary: HomeSummary
    var preferences: [String: String] = [:]
    var token: Int64 = 1
    var failing = false

    init(session: String? = "代表夜聊：老旧小区加装电梯") {
        summary = HomeSummary(
            stationName: "北山街道人大代表联络站",
            stationKind: Bilingual("联络站", "station"),
            openSessionTitle: session,
            caseCounts: [
                CaseCount(label: Bilingual("已登记", "Registered"), count: 12),
                CaseCount(label: Bilingual("已分类", "Triaged"), count: 7),
                CaseCount(label: Bilingual("当场答复", "Resolved on site"), count: 5),
                CaseCount(label: Bilingual("已交办", "Dispatched"), count: 21),
                CaseCount(label: Bilingual("已答复", "Replied"), count: 9),
                CaseCount(label: Bilingual("已反馈", "Fed back"), count: 4),
                CaseCount(label: Bilingual("已办结", "Closed"), count: 63),
                CaseCount(label: Bilingual("重新办理", "Reopened"), count: 2),
                CaseCount(label: Bilingual("已合并", "Merged"), count: 3),
            ],
            overdueCount: 6,
            userName: "值班员 王小明",
            opinionsPerDay: [3, 5, 2, 0, 8, 13, 4, 6, 9, 1, 0, 7, 11, 5])
    }

    struct Failure: LiaisonError {
        var message: Bilingual { Bilingual("数据库已锁定", "database is locked") }
    }

    func homeSummary() throws -> HomeSummary {
        if failing { throw Failure() }
        return summary
    }
    func preference(_ key: String) -> String? { preferences[key] }
    func setPreference(_ key: String, _ value: String) { preferences[key] = value }
    func changeToken() -> Int64 { token }
}

/// The repository's Themes/ folder, found from this file's location.
let repositoryThemes: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

func makeConfiguration(_ language: Language = .zh, theme: String? = nil, ascii: Bool = false,
                       themes: URL = repositoryThemes) -> FrontDeskConfiguration {
    FrontDeskConfiguration(language: language, themeName: theme, ascii: ascii, themesDirectory: themes,
                           mouse: false, environment: [:])
}

/// Feed `keys` to a widget-like value one event at a time.
func type(_ s: String) -> Event { .text(s) }
func key(_ k: Key) -> Event { .key(k) }
