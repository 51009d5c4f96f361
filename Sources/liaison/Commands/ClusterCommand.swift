import Foundation
import LiaisonCore

/// `liaison cluster list|show|propose|accept|rename|split|merge` — the F6
/// workbench for scripts, with the same rules.
enum ClusterCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        switch (args.first, args.count) {
        case ("list", 1): return try list(c)
        case ("show", 2): return try show(c, args[1])
        case ("propose", 1): return try propose(c)
        case ("accept", 1), ("accept", 2): return try accept(c, args.count == 2 ? args[1] : nil)
        case ("rename", 2), ("rename", 3): return try rename(c, args[1], args.count == 3 ? args[2] : nil)
        case ("split", 2): return try split(c, args[1])
        case ("merge", 3...): return try merge(c, target: args[1], sources: Array(args.dropFirst(2)))
        default: throw usage
        }
    }

    static let usage = Arguments.UsageError(message: Bilingual(
        "用法：liaison cluster list [--all] [--json]\n      liaison cluster show 聚类\n" +
        "      liaison cluster propose [--since 日期] [--json]\n" +
        "      liaison cluster accept 序号 [--name 名称] | accept --opinions 意见或案件号,… --name 名称\n" +
        "      liaison cluster rename 聚类 新名称\n      liaison cluster split 聚类 --opinions 意见或案件号,… --name 新名称\n" +
        "      liaison cluster merge 目标聚类 聚类…\n  “聚类”可写编号、编号末尾几位（≥4）或名称；序号见 propose 的输出。",
        "usage: liaison cluster list [--all] [--json]\n       liaison cluster show CLUSTER\n" +
        "       liaison cluster propose [--since DATE] [--json]\n" +
        "       liaison cluster accept N [--name NAME] | accept --opinions OPINION-OR-CASE,… --name NAME\n" +
        "       liaison cluster rename CLUSTER NEW-NAME\n       liaison cluster split CLUSTER --opinions OPINION-OR-CASE,… --name NEW-NAME\n" +
        "       liaison cluster merge TARGET CLUSTER…\n  CLUSTER is an id, its last 4+ characters, or its name; N is a number from propose."))

    /// An id, a unique id ending (4+ characters), or a name; open clusters first.
    static func resolve(_ store: StationDatabase, _ text: String) throws -> Cluster {
        if let exact = try store.cluster(id: text) { return exact }
        let all = try store.clusters(includeClosed: true)
        for pool in [all.filter { $0.status == .open }, all] {
            if let named = pool.first(where: { $0.name == text }) { return named }
            let ending = pool.filter { text.count >= 4 && $0.id.hasSuffix(text) }
            if ending.count == 1 { return ending[0] }
        }
        throw ClusterError.unknownCluster(text)
    }

    /// Opinion ids from `--opinions`: each an opinion id or a case number (all its opinions, or those in `within`).
    static func opinionIDs(_ c: Context, _ store: StationDatabase, within members: [ClusterCandidate]? = nil) throws -> [String] {
        guard let list = c.arguments["opinions"], !list.isEmpty else {
            throw Arguments.UsageError(message: Bilingual("需要 --opinions 意见或案件号,…", "needs --opinions OPINION-OR-CASE,…"))
        }
        var ids: [String] = []
        for token in list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map(String.init) {
            if let members {
                let hits = members.filter { $0.opinionID == token || $0.caseNumber == token }
                guard !hits.isEmpty else { throw ClusterError.notMembers }
                ids += hits.map(\.opinionID)
            } else if let record = try store.caseRecord(number: token) {
                ids += try store.opinions(caseID: record.id).map(\.id)
            } else {
                ids.append(token)
            }
        }
        return ids
    }

    static func line(_ store: StationDatabase, _ k: Cluster, _ c: Context) throws -> String {
        let category = store.category(k.category)?.name(c.language) ?? k.category
        var suggestion = "-"
        if let s = try k.suggestionID.flatMap(store.suggestion(id:)) { suggestion = s.state.label(c.language) }
        var fields = [k.id, k.name, String(k.memberCount), category, k.community.isEmpty ? "-" : k.community, suggestion]
        if k.status != .open { fields.append(k.status.rawValue) }
        return fields.joined(separator: "\t")
    }

    static func list(_ c: Context) throws -> Int32 {
        let store = try c.openSignedIn(for: .readReports).store
        let rows = try store.clusters(includeClosed: c.arguments.has("all"))
        if c.arguments.has("json") {
            let objects = rows.map { k -> [String: Any] in
                ["id": k.id, "name": k.name, "size": k.memberCount, "category": k.category, "place": k.community,
                 "status": k.status.rawValue, "suggestion": k.suggestionID ?? ""]
            }
            try c.write(JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]), to: nil)
            c.say("")
        } else {
            for k in rows { c.say(try line(store, k, c)) }
        }
        return ExitCode.success
    }

    static func show(_ c: Context, _ text: String) throws -> Int32 {
        let store = try c.openSignedIn(for: .readReports).store
        let k = try resolve(store, text)
        c.say(try line(store, k, c))
        if let into = k.mergedInto, let target = try store.cluster(id: into) {
            c.say(Bilingual("已并入：\(target.name)", "merged into: \(target.name)"))
        }
        for m in try store.clusterMembers(id: k.id) {
            c.say([m.opinionID, m.caseNumber, m.community.isEmpty ? "-" : m.community, m.text.replacingOccurrences(of: "\n", with: " ")]
                .joined(separator: "\t"))
        }
        return ExitCode.success
    }

    static func proposals(_ c: Context, _ store: StationDatabase) throws -> [ClusterProposal] {
        let since = try c.arguments["since"].map { text -> CivilDate in
            guard let d = CivilDate(text) else { throw Arguments.UsageError(message: Bilingual("--since 需要日期", "--since needs a date")) }
            return d
        }
        return try store.proposeClusters(since: since)
    }

    static func propose(_ c: Context) throws -> Int32 {
        let store = try c.openSignedIn(for: .readReports).store
        let list = try proposals(c, store)
        if c.arguments.has("json") {
            let objects = list.enumerated().map { i, p -> [String: Any] in
                ["number": i + 1, "name": p.suggestedName, "category": p.category, "place": p.community, "cohesion": p.cohesion,
                 "opinions": p.members.map { ["id": $0.opinionID, "case": $0.caseNumber, "text": $0.text] }]
            }
            try c.write(JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]), to: nil)
            c.say("")
            return ExitCode.success
        }
        for (i, p) in list.enumerated() {
            let category = store.category(p.category)?.name(c.language) ?? p.category
            c.say(["\(i + 1)", p.suggestedName, String(p.members.count), category, p.community.isEmpty ? "-" : p.community].joined(separator: "\t"))
            for m in p.members { c.say("    \(m.opinionID)\t\(m.caseNumber)\t\(m.text.replacingOccurrences(of: "\n", with: " "))") }
        }
        if list.isEmpty { c.err(Bilingual("暂无可聚类的在办意见", "No open opinions group together yet")) }
        return ExitCode.success
    }

    static func accept(_ c: Context, _ number: String?) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        let cluster: Cluster
        if let number {
            let list = try proposals(c, store)
            guard let n = Int(number), n >= 1, n <= list.count else {
                throw Arguments.UsageError(message: Bilingual("没有第 \(number) 个建议聚类（共 \(list.count) 个，见 liaison cluster propose）",
                                                              "no proposal \(number) (there are \(list.count); see liaison cluster propose)"))
            }
            cluster = try store.acceptCluster(opinionIDs: list[n - 1].opinionIDs, name: c.arguments["name"] ?? list[n - 1].suggestedName)
        } else {
            guard let name = c.arguments["name"] else {
                throw Arguments.UsageError(message: Bilingual("需要 --name 名称", "needs --name NAME"))
            }
            cluster = try store.acceptCluster(opinionIDs: try opinionIDs(c, store), name: name)
        }
        c.say(try line(store, cluster, c))
        return ExitCode.success
    }

    static func rename(_ c: Context, _ text: String, _ newName: String?) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        guard let name = newName ?? c.arguments["name"] else { throw usage }
        let k = try resolve(store, text)
        try store.renameCluster(id: k.id, name: name)
        c.say(try line(store, try store.cluster(id: k.id)!, c))
        return ExitCode.success
    }

    static func split(_ c: Context, _ text: String) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        let k = try resolve(store, text)
        guard let name = c.arguments["name"] else { throw Arguments.UsageError(message: Bilingual("需要 --name 新名称", "needs --name NEW-NAME")) }
        let ids = try opinionIDs(c, store, within: try store.clusterMembers(id: k.id))
        let created = try store.splitCluster(id: k.id, opinionIDs: ids, newName: name)
        c.say(try line(store, try store.cluster(id: k.id)!, c))
        c.say(try line(store, created, c))
        return ExitCode.success
    }

    static func merge(_ c: Context, target: String, sources: [String]) throws -> Int32 {
        let store = try c.openSignedIn(for: .actOnCases).store
        let into = try resolve(store, target)
        let ids = try sources.map { try resolve(store, $0).id }
        try store.mergeClusters(ids, into: into.id)
        c.say(try line(store, try store.cluster(id: into.id)!, c))
        return ExitCode.success
    }
}
