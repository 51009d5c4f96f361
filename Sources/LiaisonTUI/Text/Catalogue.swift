import LiaisonCore

/// Every user-facing text of the front desk, in Chinese and English. Screens
/// and widgets take their words from here and nowhere else, so a translation
/// is checked in one place.
public enum Catalogue {
    // MARK: Shell
    public static let appName = Bilingual("联络站前台", "Liaison front desk")
    public static let noTerminal = Bilingual(
        "联络站前台需要在终端中运行：标准输入和标准输出都必须是终端。",
        "The front desk needs a terminal: standard input and output must both be a terminal.")
    public static let noTerminalHint = Bilingual(
        "请在终端窗口或 SSH 会话中运行 liaison。", "Run liaison in a terminal window or an SSH session.")
    public static let terminalFailed = Bilingual(
        "无法初始化终端（TERM 不被识别，也没有可用的备选）。",
        "Could not start the terminal (TERM unknown and no fallback worked).")
    public static func tooSmall(_ w: Int, _ h: Int) -> Bilingual {
        Bilingual("窗口太小：至少需要 \(w)×\(h)", "Window too small: need at least \(w)×\(h)")
    }
    public static let dataError = Bilingual("读取数据失败", "Could not read the data")
    public static let signedInAs = Bilingual("值班", "At the desk")
    public static let helpHint = Bilingual("F1 帮助", "F1 help")

    // MARK: Destinations
    public static let home = Bilingual("首页", "Home")
    public static let intake = Bilingual("接待登记", "Intake")
    public static let representatives = Bilingual("代表", "Representatives")
    public static let cases = Bilingual("案件", "Cases")
    public static let sessions = Bilingual("接待活动", "Sessions")
    public static let reports = Bilingual("报表", "Reports")
    public static let sync = Bilingual("同步", "Sync")

    // MARK: Key bar and help
    public static let keyHelp = Bilingual("帮助", "Help")
    public static let keyQuit = Bilingual("退出", "Quit")
    public static let helpTitle = Bilingual("帮助：本页按键", "Help: keys on this screen")
    public static let helpGlobal = Bilingual("所有页面", "Every screen")
    public static let helpThisScreen = Bilingual("本页", "This screen")
    public static let helpClose = Bilingual("按 Esc、F1 或 ? 关闭", "Esc, F1 or ? closes")
    public static let helpShowHelp = Bilingual("显示本帮助", "Show this help")
    public static let helpOpenIntake = Bilingual("接待登记", "Intake")
    public static let helpOpenRepresentatives = Bilingual("代表", "Representatives")
    public static let helpOpenCases = Bilingual("案件", "Cases")
    public static let helpOpenSessions = Bilingual("接待活动", "Sessions")
    public static let helpOpenReports = Bilingual("报表", "Reports")
    public static let helpOpenSync = Bilingual("同步", "Sync")
    public static let helpAltKeys = Bilingual("同 F1…F7（F 键被终端占用时）", "Same as F1…F7 (when the terminal eats F-keys)")
    public static let helpQuit = Bilingual("退出（草稿已自动保存）", "Quit (drafts are already saved)")
    public static let helpBack = Bilingual("返回 / 取消", "Back / cancel")
    public static let helpNextField = Bilingual("下一个 / 上一个字段", "Next / previous field")
    public static let helpSave = Bilingual("保存表单", "Save the form")
    public static let helpSearch = Bilingual("在列表中查找", "Search in a list")
    public static let helpMove = Bilingual("移动", "Move")
    public static let helpOpen = Bilingual("打开所选", "Open the selection")
    public static let helpTheme = Bilingual("切换配色主题（会记住）", "Next colour theme (remembered)")
    public static let helpScroll = Bilingual("翻页", "Page up / down")

    // MARK: Home
    public static let station = Bilingual("站点", "Station")
    public static let todaySession = Bilingual("今日接待", "Today")
    public static let noSessionToday = Bilingual("暂无接待活动", "no session open")
    public static let caseStates = Bilingual("案件状态", "Cases by state")
    public static let overdue = Bilingual("超期", "Overdue")
    public static let goTo = Bilingual("前往", "Go to")
    public static let recentOpinions = Bilingual("近期民情", "Recent opinions")
    public static let findPrompt = Bilingual("查找：", "Find: ")
    public static let findHint = Bilingual("输入页面名称", "type a screen name")
    public static let noMatch = Bilingual("没有匹配的页面", "No screen matches")
    public static let totalCases = Bilingual("合计", "Total")

    // MARK: Placeholder
    public static func notBuilt(_ screen: Bilingual) -> Bilingual {
        Bilingual("「\(screen.zh)」页面尚未建成。", "The \(screen.en) screen is not built yet.")
    }
    public static let notBuiltDetail = Bilingual(
        "这一页由另一项任务实现。按 Esc 返回，或用 F2–F7 前往其他页面。",
        "Another piece of work builds this screen. Esc goes back; F2–F7 open the others.")

    // MARK: Dialogs and forms
    public static let yes = Bilingual("是", "Yes")
    public static let no = Bilingual("否", "No")
    public static let required = Bilingual("必填", "Required")
    public static let saved = Bilingual("已保存", "Saved")
    public static let formHasErrors = Bilingual("请先更正标出的字段", "Please correct the marked fields")
    public static let truncated = Bilingual("（更多）", "(more)")

    // MARK: Themes
    public static func themeNow(_ name: String) -> Bilingual {
        Bilingual("配色主题：\(name)", "Theme: \(name)")
    }
    public static func themeNotFound(_ name: String) -> Bilingual {
        Bilingual("找不到主题「\(name)」，使用默认主题。", "Theme '\(name)' not found; using the default.")
    }
    public static func themeBadName(_ name: String) -> Bilingual {
        let shown = DisplayWidth.truncate(DisplaySanitizer.sanitize(name), to: 40)
        return Bilingual("主题名「\(shown)」无效（只允许字母、数字、- 和 _），使用默认主题。",
                         "Theme name '\(shown)' is not valid (letters, digits, - and _ only); using the default.")
    }
    public static func themeBroken(_ name: String, line: Int, _ problem: Bilingual) -> Bilingual {
        let at = line > 0 ? Bilingual("第 \(line) 行：", "line \(line): ") : Bilingual("", "")
        return Bilingual("主题「\(name)」有误，\(at.zh)\(problem.zh)；使用默认主题。",
                         "Theme '\(name)' is broken, \(at.en)\(problem.en); using the default.")
    }
    public static let themeTooLarge = Bilingual("文件过大", "file too large")
    public static let themeMissingEquals = Bilingual("缺少「=」（格式：元素 = 前景色 背景色 属性）",
                                                     "missing '=' (format: element = fg bg attributes)")
    public static let themeNeedsTwoColors = Bilingual("需要前景色和背景色", "needs a foreground and a background colour")
    public static func themeUnknownElement(_ s: String) -> Bilingual {
        let shown = DisplayWidth.truncate(DisplaySanitizer.sanitize(s), to: 30)
        return Bilingual("未知元素「\(shown)」", "unknown element '\(shown)'")
    }
    public static func themeUnknownColor(_ s: String) -> Bilingual {
        let shown = DisplayWidth.truncate(DisplaySanitizer.sanitize(s), to: 30)
        return Bilingual("未知颜色「\(shown)」", "unknown colour '\(shown)'")
    }
    public static func themeUnknownAttribute(_ s: String) -> Bilingual {
        let shown = DisplayWidth.truncate(DisplaySanitizer.sanitize(s), to: 30)
        return Bilingual("未知属性「\(shown)」", "unknown attribute '\(shown)'")
    }
}
