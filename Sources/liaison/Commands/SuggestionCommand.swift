import Foundation
import LiaisonCore

/// `liaison suggestion list|show|draft|edit|submit|answer|rate` — a representative's
/// suggestion from its cluster to the rated answer, with the same rules as F6.
enum SuggestionCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        switch (args.first, args.count) {
        case ("list", 1): return try list(c)
        case ("show", 2): return try show(c, args[1])
        case ("draft", 2): return try draft(c, cluster: args[1])
        case ("edit", 2): return try edit(c, args[1])
        case ("submit", 2), ("answer", 2), ("rate", 2): return try act(c, args[0], args[1])
        default: throw usage
        }
    }

    static let usage = Arguments.UsageError(message: Bilingual(
        "用法：liaison suggestion list [--state drafted|submitted|answered|closed] [--json]\n      liaison suggestion show 建议\n" +
        "      liaison suggestion draft 聚类 [--title 标题] [--body 内容] [--representative 代码或姓名]\n" +
        "      liaison suggestion edit 建议 [--title 标题] [--body 内容] [--representative 代码或姓名]（仅起草中）\n" +
        "      liaison suggestion submit 建议 --department 单位\n      liaison suggestion answer 建议 --text 答复内容\n" +
        "      liaison suggestion rate 建议 --satisfaction 满意|基本满意|不满意|未表态 [--note 备注]\n" +
        "  “建议”可写编号、编号末尾几位（≥4）或标题；“聚类”见 liaison cluster list。",
        "usage: liaison suggestion list [--state drafted|submitted|answered|closed] [--json]\n       liaison suggestion show SUGGESTION\n" +
        "       liaison suggestion draft CLUSTER [--title TITLE] [--body TEXT] [--representative CODE-OR-NAME]\n" +
        "       liaison suggestion edit SUGGESTION [--title TITLE] [--body TEXT] [--representative CODE-OR-NAME] (drafts only)\n" +
        "       liaison suggestion submit SUGGESTION --department D\n       liaison suggestion answer SUGGESTION --text ANSWER\n" +
        "       liaison suggestion rate SUGGESTION --satisfaction satisfied|basicallySatisfied|dissatisfied|noAnswer [--note NOTE]\n" +
        "  SUGGESTION is an id, its last 4+ characters, or its title; CLUSTER as in liaison cluster list."))

    static func resolve(_ store: StationDatabase, _ text: String) throws -> Suggestion {
        if let exact = try store.suggestion(id: text) { return exact }
        let all = try store.suggestions()
        if let titled = all.first(where: { $0.title == text }) { return titled }
        let ending = all.filter { text.count >= 4 && $0.id.hasSuffix(text) }
        if ending.count == 1 { return ending[0] }
        throw ClusterError.unknownSuggestion(text)
    }

    static func line(_ store: StationDatabase, _ s: Suggestion, _ c: Context) throws -> String {
        let department = try s.departmentID.flatMap(store.department(id:))?.name ?? "-"
        return [s.id, s.state.label(c.language), s.title, department, s.rating?.label(c.language) ?? "-"].joined(separator: "\t")
    }

    static func list(_ c: Context) throws -> Int32 {
        let store = try c.openSignedIn(for: .readReports).store
        let state = try c.arguments["state"].map { text -> Suggestion.State in
            guard let s = Suggestion.State.allCases.first(where: { $0.rawValue == text || $0.label.zh == text }) else {
                throw Arguments.UsageError(message: Bilingual("未知状态“\(text)”", "unknown state “\(text)”"))
            }
            return s
        }
        let rows = try store.suggestions(state: state)
        if c.arguments.has("json") {
            let objects = try rows.map { s -> [String: Any] in
                ["id": s.id, "title": s.title, "state": s.state.rawValue, "cluster": s.clusterID,
                 "department": try s.departmentID.flatMap(store.department(id:))?.name ?? "", "rating": s.rating?.rawValue ?? "",
                 "followUps": try store.suggestionFollowUps(pendingOnly: false, suggestionID: s.id).count]
            }
            try c.write(JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]), to: nil)
            c.say("")
        } else {
            for s in rows { c.say(try line(store, s, c)) }
        }
        return ExitCode.success
    }

    static func show(_ c: Context, _ text: String) throws -> Int32 {
        let store = try c.openSignedIn(for: .readReports).store
        let s = try resolve(store, text)
        let zh = c.language == .zh
        c.say("\(s.id)  \(s.title)")
        c.say((zh ? "状态：" : "State: ") + s.state.label(c.language))
        if let k = try store.cluster(id: s.clusterID) { c.say((zh ? "来自聚类：" : "From cluster: ") + "\(k.name)（\(k.memberCount)）") }
        if let r = try s.representativeID.flatMap(store.representative(id:)) { c.say((zh ? "代表：" : "Representative: ") + r.name) }
        if let d = try s.departmentID.flatMap(store.department(id:)) { c.say((zh ? "承办单位：" : "Department: ") + d.name) }
        c.say("")
        c.say(s.body)
        if !s.answer.isEmpty { c.say((zh ? "\n答复：" : "\nAnswer: ") + s.answer) }
        if let r = s.rating { c.say((zh ? "代表评价：" : "Rating: ") + r.label(c.language)) }
        let calls = try store.suggestionFollowUps(pendingOnly: false, suggestionID: s.id)
        if !calls.isEmpty {
            c.say(followUpHeading(calls))
            for f in calls {
                let mark = f.calledAt == nil ? (zh ? "待回访" : "to call") : (zh ? "已回访" : "called")
                c.say("  \(mark)\t\(f.caseNumber)\t\(f.visitorName(c.language))\t\(f.maskedPhone)")
            }
        }
        return ExitCode.success
    }

    private static func followUpHeading(_ calls: [SuggestionFollowUp]) -> Bilingual {
        let pending = calls.filter { $0.calledAt == nil }.count
        return Bilingual("\n回访清单：\(calls.count) 位群众，待回访 \(pending)", "\nFollow-up calls: \(calls.count) visitors, \(pending) to call")
    }

    static func draft(_ c: Context, cluster text: String) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        let k = try ClusterCommand.resolve(store, text)
        let prefill = try store.suggestionDraft(clusterID: k.id)
        let rep = try c.arguments["representative"].map { try CaseCommand.representativeID(store, $0) }
        let s = try store.createSuggestion(clusterID: k.id, title: c.arguments["title"] ?? prefill.title,
                                           body: c.arguments["body"] ?? prefill.body, representativeID: rep)
        c.say(try line(store, s, c))
        return ExitCode.success
    }

    static func edit(_ c: Context, _ text: String) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        let s = try resolve(store, text)
        let a = c.arguments
        guard a["title"] != nil || a["body"] != nil || a["representative"] != nil else {
            throw Arguments.UsageError(message: Bilingual("edit 需要 --title、--body 或 --representative", "edit needs --title, --body or --representative"))
        }
        let rep = try a["representative"].map { try CaseCommand.representativeID(store, $0) }
        c.say(try line(store, try store.updateSuggestion(id: s.id, title: a["title"], body: a["body"], representativeID: rep), c))
        return ExitCode.success
    }

    static func act(_ c: Context, _ verb: String, _ text: String) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        let s = try resolve(store, text)
        let a = c.arguments
        let action: SuggestionAction
        switch verb {
        case "submit":
            guard let d = a["department"] else { throw Arguments.UsageError(message: Bilingual("submit 需要 --department 单位", "submit needs --department D")) }
            guard let dept = try store.department(named: d) ?? store.department(id: d) else { throw WorkflowError.unknownDepartment(d) }
            action = .submit(departmentID: dept.id)
        case "answer":
            guard let answer = a["text"] ?? a["note"] else { throw Arguments.UsageError(message: Bilingual("answer 需要 --text 答复内容", "answer needs --text ANSWER")) }
            action = .answer(answer)
        default:
            guard let rating = a["satisfaction"].flatMap(Satisfaction.parse) else {
                throw Arguments.UsageError(message: Bilingual("rate 需要 --satisfaction 满意|基本满意|不满意|未表态",
                                                              "rate needs --satisfaction satisfied|basicallySatisfied|dissatisfied|noAnswer"))
            }
            action = .rate(rating, note: a["note"] ?? "")
        }
        let after = try store.apply(action, toSuggestion: s.id)
        c.say(try line(store, after, c))
        if case .answer = action {
            let calls = try store.suggestionFollowUps(suggestionID: s.id).count
            c.err(Bilingual("\(calls) 位群众进入回访清单", "\(calls) visitors put on the follow-up list"))
        }
        return ExitCode.success
    }
}
