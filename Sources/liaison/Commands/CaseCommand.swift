import Foundation
import LiaisonCore

/// `liaison case list|show|transition` for scripting — the same rules as the screens:
/// signed in (`SignIn.swift`), a representative lists and acts on their own cases only.
enum CaseCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        switch args.first {
        case "list": return try list(c)
        case "show":
            guard args.count == 2 else { throw usage }
            return try show(c, args[1])
        case "transition":
            guard args.count == 3 else { throw usage }
            return try transition(c, number: args[1], action: args[2])
        case "followup", "follow-up":
            return try followUp(c)
        default: throw usage
        }
    }

    static let usage = Arguments.UsageError(message: Bilingual(
        "用法：liaison case list [--state 状态] [--overdue] [--open] [--category 分类] [--department 单位] [--representative 代码] [--json]\n" +
        "      liaison case show 案件号\n      liaison case transition 案件号 动作 [--note 文本] [--department 单位] [--deadline 日期 --reason 理由] [--satisfaction 满意度] [--into 案件号] [--representative 代码] [--category 分类] [--level 层级]\n" +
        "      liaison case followup\n  动作：triage resolve dispatch reply feedback rate merge pause resume note supervise unsupervise",
        "usage: liaison case list [--state S] [--overdue] [--open] [--category C] [--department D] [--representative CODE] [--json]\n" +
        "       liaison case show NUMBER\n       liaison case transition NUMBER ACTION [--note TEXT] [--department D] [--deadline DATE --reason WHY] [--satisfaction S] [--into NUMBER] [--representative CODE] [--category C] [--level L]\n" +
        "       liaison case followup\n  actions: triage resolve dispatch reply feedback rate merge pause resume note supervise unsupervise"))

    static func caseNumber(_ store: StationDatabase, _ text: String) throws -> Case {
        var number = text
        if case .caseNumber(let n)? = try? CodeParser.parse(text) { number = n }
        guard let found = try store.caseRecord(number: number) else { throw WorkflowError.unknownCase(text) }
        return found
    }

    static func representativeID(_ store: StationDatabase, _ text: String) throws -> String {
        if let rep = try? store.resolveRepresentative(scanned: text) { return rep.representative.id }
        if let rep = try store.representatives().first(where: { $0.name == text }) { return rep.id }
        throw WorkflowError.unknownRepresentative(text)
    }

    static func list(_ c: Context) throws -> Int32 {
        let store = try c.openSignedIn(for: nil).store
        var q = CaseQuery()
        q.limit = try c.arguments.int("limit") ?? 500
        if let s = c.arguments["state"] {
            q.states = try s.split(separator: ",").map {
                guard let state = CaseState.parse(String($0)) else {
                    throw Arguments.UsageError(message: Bilingual("未知状态“\($0)”", "unknown state “\($0)”"))
                }
                return state
            }
        }
        q.overdueOnly = c.arguments.has("overdue")
        q.openOnly = c.arguments.has("open")
        q.category = c.arguments["category"]
        if let d = c.arguments["department"] {
            guard let dept = try store.department(named: d) else { throw WorkflowError.unknownDepartment(d) }
            q.departmentID = dept.id
        }
        if let r = c.arguments["representative"] { q.representativeID = try representativeID(store, r) }
        q.text = c.arguments["text"]
        let rows = try store.cases(q)
        if c.arguments.has("json") {
            let objects = rows.map { s -> [String: String] in
                ["number": s.caseRecord.number, "title": s.caseRecord.title, "category": s.caseRecord.category,
                 "state": s.caseRecord.state.rawValue, "department": s.departmentName ?? "",
                 "due": s.dueDate?.description ?? "", "status": s.status.rawValue, "urgency": s.caseRecord.urgency.rawValue]
            }
            try c.write(JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]), to: nil)
            c.say("")
        } else {
            for s in rows {
                let category = store.category(s.caseRecord.category)?.name(c.language) ?? s.caseRecord.category
                c.say([s.status.symbol, s.caseRecord.number, s.caseRecord.state.label(c.language), category,
                       s.dueDate?.description ?? "-", s.departmentName ?? "-", s.caseRecord.title].joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }

    static func show(_ c: Context, _ number: String) throws -> Int32 {
        let store = try c.openSignedIn(for: nil).store
        let record = try caseNumber(store, number)
        try store.requireCaseInScope(record.id)
        let zh = c.language == .zh
        let status = try store.deadlineStatus(record)
        c.say("\(record.number)  \(record.title)")
        c.say((zh ? "状态：" : "State: ") + record.state.label(c.language) + "  " + status.symbol + " " + status.label(c.language))
        c.say((zh ? "分类：" : "Category: ") + (store.category(record.category)?.name(c.language) ?? record.category)
              + " · " + record.handlingLevel.label(c.language) + " · " + record.urgency.label(c.language))
        if let d = record.departmentID, let dept = try store.department(id: d) { c.say((zh ? "承办单位：" : "Department: ") + dept.name) }
        if let deadline = record.deadline { c.say((zh ? "期限：" : "Deadline: ") + deadline.description) }
        c.say(zh ? "\n意见：" : "\nOpinions:")
        for o in try store.opinions(caseID: record.id) {
            let visitor = try store.visitor(id: o.visitorID)
            let phone = try store.maskedPersonalData(visitorID: o.visitorID).phone
            c.say("  [\(o.createdAt.prefix(16))] \((visitor?.displayName ?? Bilingual("?", "?"))(c.language)) \(phone)")
            c.say("    " + o.text.replacingOccurrences(of: "\n", with: "\n    "))
        }
        c.say(zh ? "\n记录：" : "\nTimeline:")
        for e in try store.events(caseID: record.id) {
            c.say("  \(e.sequence). \(e.at.prefix(16)) \(e.actor) " + e.summary(c.language))
        }
        return ExitCode.success
    }

    static func transition(_ c: Context, number: String, action name: String) throws -> Int32 {
        let store = try c.openSignedIn(for: nil).store
        let record = try caseNumber(store, number)
        let a = c.arguments
        let note = a["note"] ?? a["text"] ?? ""
        let action: CaseAction
        switch name {
        case "triage":
            let category = a["category"] ?? record.category
            let level = try a["level"].map { text -> HandlingLevel in
                guard let l = HandlingLevel.parse(text) else { throw Arguments.UsageError(message: Bilingual("未知层级“\(text)”", "unknown handling level “\(text)”")) }
                return l
            } ?? record.handlingLevel
            action = .triage(category: category, level: level)
        case "resolve": action = .resolveOnSite(answer: note)
        case "dispatch":
            guard let d = a["department"] else { throw Arguments.UsageError(message: Bilingual("dispatch 需要 --department", "dispatch needs --department")) }
            guard let dept = try store.department(named: d) else { throw WorkflowError.unknownDepartment(d) }
            let deadline = try a["deadline"].map { text -> CivilDate in
                guard let date = CivilDate(text) else { throw Arguments.UsageError(message: Bilingual("--deadline 需要日期", "--deadline needs a date")) }
                return date
            }
            action = .dispatch(departmentID: dept.id, deadline: deadline, reason: a["reason"] ?? "")
        case "reply": action = .reply(text: note)
        case "feedback": action = .feedback(note: note)
        case "rate":
            guard let s = a["satisfaction"].flatMap(Satisfaction.parse) else {
                throw Arguments.UsageError(message: Bilingual("rate 需要 --satisfaction 满意|基本满意|不满意|未表态",
                                                              "rate needs --satisfaction satisfied|basicallySatisfied|dissatisfied|noAnswer"))
            }
            action = .rate(s, note: note)
        case "merge":
            guard let into = a["into"] else { throw Arguments.UsageError(message: Bilingual("merge 需要 --into 案件号", "merge needs --into NUMBER")) }
            action = .merge(into: try caseNumber(store, into).id)
        case "pause": action = .pause(reason: a["reason"] ?? note)
        case "resume": action = .resume(note: note)
        case "note": action = .note(note)
        case "supervise", "unsupervise":
            guard let r = a["representative"] else { throw Arguments.UsageError(message: Bilingual("需要 --representative", "needs --representative")) }
            let id = try representativeID(store, r)
            action = name == "supervise" ? .supervise(representativeID: id) : .unsupervise(representativeID: id)
        default: throw usage
        }
        // The role and the case scope are checked by the store for the signed-in person.
        let history = try store.applyAsSignedIn(action, toCase: record.id)
        c.say("\(record.number)\t\(history.state.label(c.language))")
        return ExitCode.success
    }

    static func followUp(_ c: Context) throws -> Int32 {
        let store = try c.openSignedIn(for: .callVisitorsBack).store
        for item in try store.followUpWorklist() {
            let visitors = item.visitors.map { "\($0.name(c.language)) \($0.maskedPhone)" }.joined(separator: ", ")
            c.say("\(item.caseRecord.number)\t\(item.answeredAt.prefix(10))\t\(item.caseRecord.title)\t\(visitors)")
        }
        return ExitCode.success
    }
}
