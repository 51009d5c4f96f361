import Foundation

/// Moves demo cases through the loop at plausible times so every state, a few
/// pauses, merges, reopenings and overdue cases appear.
struct DemoCaseProgression {
    let store: StationDatabase
    let departments: [Department]
    let representatives: [Representative]
    let start: Date
    let end: Date

    func advance(caseIDs: [String], using rng: inout SplitMix64, clock setClock: (Date) -> Void) throws {
        let replies = ["已安排人员现场查看并处理完毕。", "已列入本月维修计划，预计两周内完成。", "经协调，相关单位已整改到位。",
                       "意见已转法工委汇总，将在修改稿中研究吸收。", "已纳入明年民生实事项目候选清单。"]
        var mergeTargets: [String] = []
        for id in caseIDs {
            guard let c = try store.caseRecord(id: id), c.state == .registered else { continue }
            var t = StationTime.parse(c.createdAt) ?? start
            func step(_ action: CaseAction, hours: ClosedRange<Int>) throws -> Bool {
                t = t.addingTimeInterval(Double(Int.random(in: hours, using: &rng)) * 3600)
                guard t < end else { return false }
                setClock(t)
                try store.apply(action, toCase: id)
                return true
            }
            var roll = Int.random(in: 0..<100, using: &rng)
            // Older cases have mostly moved on; a few stay stuck (and so overdue).
            let ageDays = end.timeIntervalSince(t) / 86_400
            if ageDays > 20, (0..<45).contains(roll), !(8..<24).contains(roll), Int.random(in: 0..<100, using: &rng) < 85 {
                roll = Int.random(in: 45..<100, using: &rng)
            }
            if roll < 8 { continue } // stays registered
            if roll < 14 {
                let open = try mergeTargets.filter { try store.caseRecord(id: $0)?.state.isOpen == true }
                if let target = open.randomElement(using: &rng), try step(.merge(into: target), hours: 1...48) {}
                continue
            }
            if roll < 24 {
                // Answered at the desk, there and then.
                guard try step(.resolveOnSite(answer: "代表现场答复并说明政策。"), hours: 0...1) else { continue }
                if roll < 20, try step(.feedback(note: "现场确认"), hours: 1...24) {
                    _ = try step(.rate(.satisfied, note: ""), hours: 0...1)
                }
                continue
            }
            guard try step(.triage(category: c.category, level: c.handlingLevel), hours: 1...30) else { continue }
            if roll < 30 { continue } // triaged
            mergeTargets.append(id)
            let dept = departments.randomElement(using: &rng)!
            guard try step(.dispatch(departmentID: dept.id, deadline: nil, reason: ""), hours: 2...48) else { continue }
            if roll % 7 == 0 {
                _ = try step(.supervise(representativeID: representatives.randomElement(using: &rng)!.id), hours: 1...24)
            }
            if roll % 11 == 0 {
                guard try step(.pause(reason: "等待群众补充材料"), hours: 24...72) else { continue }
                if roll % 2 == 0 { _ = try step(.resume(note: "材料已补齐"), hours: 24...96) }
                continue
            }
            if roll < 45 { continue } // dispatched (older ones will be overdue)
            guard try step(.reply(text: replies.randomElement(using: &rng)!), hours: 48...400) else { continue }
            if roll < 55 { continue } // replied: on the follow-up worklist
            guard try step(.feedback(note: "电话回访，已告知办理结果"), hours: 12...96) else { continue }
            if roll < 60 { continue } // fed back, awaiting rating
            if roll < 66 {
                guard try step(.rate(.dissatisfied, note: "群众认为问题未根本解决"), hours: 0...2) else { continue }
                if roll < 63, try step(.dispatch(departmentID: dept.id, deadline: nil, reason: ""), hours: 4...48) {}
                continue
            }
            _ = try step(.rate(roll % 3 == 0 ? .basicallySatisfied : .satisfied, note: ""), hours: 0...2)
        }
    }
}
