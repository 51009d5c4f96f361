/// Something a person at the desk may or may not do. The screens and the CLI
/// ask `AccessPolicy.allows(role, permission)` before offering an action.
public enum Permission: String, Sendable, CaseIterable {
    /// Register a visitor and what they raise (intake form).
    case registerIntake
    /// Triage, dispatch, record replies and feedback, close and merge cases.
    case actOnCases
    /// See every case of the station (a representative sees only their own).
    case viewAllCases
    /// Supervise a case and add notes to it (代表督事).
    case superviseCases
    /// Open and close reception sessions, mark who is present.
    case manageSessions
    /// Show a visitor's full phone or resident ID number, with a stated reason (audited).
    case revealPersonalData
    /// Call a visitor back from the follow-up list, seeing their phone there only (audited).
    case callVisitorsBack
    /// Read the station's reports and statistics (no personal data).
    case readReports
    /// Copy the whole station file, personal numbers included.
    case backupStation
    /// Export with personal numbers masked (the default export).
    case exportMasked
    /// Export with full personal numbers (audited).
    case exportPersonalData
    /// Import representatives or opinions from CSV files.
    case importData
    /// Read the audit log: who looked at what personal data, and why.
    case readAuditLog
    /// Add users, reset their PINs.
    case manageUsers
    /// Anonymise visitors' personal fields past the retention period.
    case runRetention
    /// Change station settings (idle lock, retention period).
    case changeSettings

    public var label: Bilingual {
        switch self {
        case .registerIntake: return Bilingual("登记来访", "register visitors")
        case .actOnCases: return Bilingual("办理案件", "act on cases")
        case .viewAllCases: return Bilingual("查看全部案件", "see all cases")
        case .superviseCases: return Bilingual("督办案件", "supervise cases")
        case .manageSessions: return Bilingual("管理接待活动", "manage reception sessions")
        case .revealPersonalData: return Bilingual("查看完整个人信息", "reveal personal numbers")
        case .callVisitorsBack: return Bilingual("回访时查看来访者电话", "see a visitor's phone for a follow-up call")
        case .readReports: return Bilingual("查看报表", "read reports")
        case .backupStation: return Bilingual("备份站点数据", "back up the station")
        case .exportMasked: return Bilingual("导出（个人信息已遮蔽）", "export (personal numbers masked)")
        case .exportPersonalData: return Bilingual("导出完整个人信息", "export personal numbers")
        case .importData: return Bilingual("导入数据", "import data")
        case .readAuditLog: return Bilingual("查看审计日志", "read the audit log")
        case .manageUsers: return Bilingual("管理用户", "manage users")
        case .runRetention: return Bilingual("执行到期匿名化", "run retention")
        case .changeSettings: return Bilingual("修改站点设置", "change settings")
        }
    }
}
