/// Why a sign-in or a guarded action was refused. A wrong name and a wrong PIN
/// get the same message, so the desk does not tell a stranger who has an account.
public enum AccessError: LiaisonError, Equatable {
    case wrongCredentials
    case lockedOut(seconds: Int)
    case notPermitted(Permission, User.Role)
    case notOwnVisitor
    case reasonRequired
    case secretTooShort(minimum: Int)
    case secretTooLong(maximum: Int)
    case secretHasControlCharacters
    case firstAdminExists
    case firstAdminMissing
    case nameTaken(String)
    case representativeCodeRequired
    case notARepresentativeCode
    case noUserForRepresentative
    case unknownUser(String)
    case settingOutOfRange(Bilingual, ClosedRange<Int>)
    case revealOnlyInFollowUp
    case notAwaitingFollowUp
    case caseOutOfScope
    case signInRequired

    public var message: Bilingual {
        switch self {
        case .wrongCredentials:
            return Bilingual("用户名或密码不正确", "Wrong name or PIN/password")
        case .lockedOut(let s):
            return Bilingual("失败次数过多，请 \(s) 秒后再试", "Too many failed attempts; try again in \(s) seconds")
        case let .notPermitted(p, role):
            return Bilingual("\(role.label.zh)无权\(p.label.zh)", "A \(role.label.en) may not \(p.label.en)")
        case .notOwnVisitor:
            return Bilingual("只能查看自己所接待或督办案件的来访者信息",
                             "You may reveal only visitors of cases you received or supervise")
        case .reasonRequired:
            return Bilingual("查看或导出完整个人信息须写明理由", "Revealing or exporting personal numbers needs a stated reason")
        case .secretTooShort(let n):
            return Bilingual("PIN 或密码至少 \(n) 位", "A PIN or password has at least \(n) characters")
        case .secretTooLong(let n):
            return Bilingual("PIN 或密码最多 \(n) 位", "A PIN or password has at most \(n) characters")
        case .secretHasControlCharacters:
            return Bilingual("PIN 或密码含有控制字符", "The PIN or password contains control characters")
        case .firstAdminExists:
            return Bilingual("站点管理员已存在，请由管理员添加用户", "A station admin exists already; an admin adds users")
        case .firstAdminMissing:
            return Bilingual("请先建立站点管理员（liaison user add 名称 --role admin）",
                             "Create the station admin first (liaison user add NAME --role admin)")
        case .nameTaken(let n):
            return Bilingual("用户名“\(n)”已被使用", "The user name “\(n)” is taken")
        case .representativeCodeRequired:
            return Bilingual("代表用户须关联代表代码（--representative 代码）",
                             "A representative user needs their code (--representative CODE)")
        case .notARepresentativeCode:
            return Bilingual("这不是代表代码", "This is not a representative's code")
        case .noUserForRepresentative:
            return Bilingual("该代表还没有登录账号，请联系站点管理员", "This representative has no account yet; ask the station admin")
        case .unknownUser(let n):
            return Bilingual("找不到用户“\(n)”", "No user named “\(n)”")
        case .revealOnlyInFollowUp:
            return Bilingual("接待员只能在回访清单中查看来访者电话（F4 按 f）",
                             "A receptionist sees a visitor's number only in the follow-up call list (F4, f)")
        case .notAwaitingFollowUp:
            return Bilingual("该来访者的案件不在回访清单中", "This visitor's case is not awaiting a follow-up call")
        case .caseOutOfScope:
            return Bilingual("这个案件不是您接待或督办的", "This case is not one you received or supervise")
        case .signInRequired:
            return Bilingual("请先登录（命令行：--user 名称，PIN 取自 LIAISON_PIN 或在终端输入）",
                             "Sign in first (at the command line: --user NAME, PIN from LIAISON_PIN or typed at the terminal)")
        case let .settingOutOfRange(name, range):
            return Bilingual("\(name.zh)应在 \(range.lowerBound)–\(range.upperBound) 之间",
                             "\(name.en) must be between \(range.lowerBound) and \(range.upperBound)")
        }
    }
}
