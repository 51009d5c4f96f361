import LiaisonCore

/// Words of the sign-in and lock screen.
extension Catalogue {
    public static let signInTitle = Bilingual("请登录：谁在值班？", "Sign in: who is at the desk?")
    public static let lockedTitle = Bilingual("已锁屏（长时间无操作）：请重新登录", "Locked after a quiet spell: sign in again")
    public static let firstAdminTitle = Bilingual("首次使用：建立站点管理员", "First run: create the station admin")
    public static let signInName = Bilingual("姓名", "Name")
    public static let signInSecret = Bilingual("PIN 或密码", "PIN or password")
    public static let signInRepeat = Bilingual("再输一次", "Repeat it")
    public static let signInHint = Bilingual("Tab 换行  Enter 登录  代表可扫自己的代码再输 PIN  F10 退出",
                                             "Tab next field  Enter sign in  a representative may scan their code, then the PIN  F10 quit")
    public static let secretsDiffer = Bilingual("两次输入不一致", "The two entries differ")
    public static func welcome(_ name: String) -> Bilingual { Bilingual("欢迎，\(name)", "Welcome, \(name)") }
}
