/// `liaison check`: SQLite's own integrity check plus Liaison's invariants.
public struct CheckReport: Sendable {
    public var problems: [Bilingual] = []
    public var checkedCases = 0
    public var ok: Bool { problems.isEmpty }
}

extension StationDatabase {
    public func check() throws -> CheckReport {
        var report = CheckReport()
        try db.read {
            let integrity = try db.query("PRAGMA integrity_check") { $0.string(0) }
            if integrity != ["ok"] {
                report.problems += integrity.prefix(20).map { Bilingual("SQLite 完整性检查：\($0)", "SQLite integrity check: \($0)") }
            }
            let fk = try db.query("PRAGMA foreign_key_check") { "\($0.string(0)) → \($0.string(2))" }
            report.problems += fk.prefix(20).map { Bilingual("外键不一致：\($0)", "Foreign key broken: \($0)") }
            // Every append-only table still refuses updates and deletes.
            let triggers = Set(try db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'") { $0.string(0) })
            for table in Schema.appendOnlyTables where !triggers.contains("\(table)_no_update") {
                report.problems.append(Bilingual("\(table) 的只增保护缺失", "\(table) lost its append-only guard"))
            }
            // Each case's stored projection equals the fold of its events.
            var events: [String: [CaseEvent]] = [:]
            try db.forEach("SELECT \(Self.eventColumns) FROM case_event ORDER BY case_id, seq") { row in
                let e = Self.eventRow(row)
                events[e.caseID, default: []].append(e)
                return true
            }
            try db.forEach("SELECT \(Self.caseColumns) FROM cases c") { row in
                let c = Self.caseRow(row)
                report.checkedCases += 1
                guard let list = events[c.id], !list.isEmpty else {
                    report.problems.append(Bilingual("案件 \(c.number) 没有任何记录", "Case \(c.number) has no events"))
                    return true
                }
                let seqs = list.map(\.sequence)
                if seqs != Array(1...list.count) {
                    report.problems.append(Bilingual("案件 \(c.number) 的记录序号不连续", "Case \(c.number) has gaps in its event sequence"))
                }
                if list.first?.to != .registered || list.first?.from != nil {
                    report.problems.append(Bilingual("案件 \(c.number) 不是以登记开始", "Case \(c.number) does not start with registration"))
                }
                // Replay through the state machine: every transition must have been legal.
                var state: CaseState = .registered
                for e in list.dropFirst() where e.kind == .transition {
                    if e.from != state || e.to == nil {
                        report.problems.append(Bilingual("案件 \(c.number) 第 \(e.sequence) 条记录的状态衔接不上",
                                                         "Case \(c.number) event \(e.sequence) does not follow from the previous state"))
                    }
                    state = e.to ?? state
                }
                let h = CaseHistory(events: list)
                if h.state != c.state || h.departmentID != c.departmentID || h.deadline != c.deadline || h.mergedInto != c.mergedInto {
                    report.problems.append(Bilingual("案件 \(c.number) 的状态与其记录不符", "Case \(c.number): stored state differs from its events"))
                }
                return true
            }
            report.problems += try reportFactsProblems(events: events)
            let orphans = try db.scalarInt("SELECT COUNT(*) FROM cases c WHERE c.state <> 'merged' AND NOT EXISTS (SELECT 1 FROM opinion o WHERE o.case_id = c.id)")
            if orphans > 0 {
                report.problems.append(Bilingual("\(orphans) 个案件没有对应的意见", "\(orphans) cases have no opinion"))
            }
            let noPersonal = try db.scalarInt("SELECT COUNT(*) FROM visitor v WHERE NOT EXISTS (SELECT 1 FROM visitor_personal p WHERE p.visitor_id = v.id)")
            if noPersonal > 0 {
                report.problems.append(Bilingual("\(noPersonal) 位来访者缺少个人信息记录", "\(noPersonal) visitors lack their personal-field row"))
            }
            // The home screen's counters (migration "tally") agree with the rows.
            report.problems += try tallyProblems()
        }
        return report
    }
}
