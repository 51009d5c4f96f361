import LiaisonCore

/// `liaison lookup SCANNED-TEXT`: the representative's card, or exit 1 saying why.
enum LookupCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        guard args.count == 1 else {
            throw Arguments.UsageError(message: Bilingual("用法：liaison lookup 扫描内容", "usage: liaison lookup SCANNED-TEXT"))
        }
        let card = try c.openStore().resolveRepresentative(scanned: args[0])
        let r = card.representative
        let zh = c.language == .zh
        c.say(r.name)
        c.say((zh ? "层级：" : "Level: ") + r.level.label(c.language))
        c.say((zh ? "联络站：" : "Station: ") + card.stationName)
        if !r.district.isEmpty { c.say((zh ? "选区：" : "District: ") + r.district) }
        if !r.group.isEmpty { c.say((zh ? "代表小组：" : "Group: ") + r.group) }
        c.say((zh ? "在办案件：" : "Open cases: ") + "\(card.openCases)" + (card.overdueCases > 0 ? (zh ? "（逾期 \(card.overdueCases)）" : " (\(card.overdueCases) overdue)") : ""))
        c.say((zh ? "代码：" : "Code: ") + card.code.description)
        return ExitCode.success
    }
}
