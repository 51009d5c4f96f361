/// The random course of a case through the closed loop. Most cases are
/// dispatched to a department; some are answered on the spot; a few visitors
/// are dissatisfied and the case is reopened; some wait on the visitor
/// (pause/resume), get a representative's supervision or a note.
extension CaseStory {
    mutating func play<G: RandomNumberGenerator>(_ rng: inout G, category: String, level: HandlingLevel,
                                                 representatives: [String]) {
        let registeredDay = entries[0].at.day
        if Double.random(in: 0..<1, using: &rng) < 0.22 {
            if Bool.random(using: &rng) {
                wait(0, &rng)
                triage(category: category, level: level, from: registeredDay)
            }
            wait(0, &rng)
            record(.transition, to: .resolvedOnSite, note: text("onsite", &rng))
        } else {
            // A few wait in the desk's backlog for days before anyone triages them.
            wait(Double.random(in: 0..<1, using: &rng) < 0.04 ? Int.random(in: 2...6, using: &rng) : Int.random(in: 0...1, using: &rng), &rng)
            triage(category: category, level: level, from: registeredDay)
            if !representatives.isEmpty, Double.random(in: 0..<1, using: &rng) < 0.06 {
                wait(Int.random(in: 0...2, using: &rng), &rng)
                let rep = representatives[Int.random(in: 0..<representatives.count, using: &rng)]
                record(.superviseStart) { $0.representativeID = rep }
            }
            dispatchAndReply(&rng)
        }
        feedbackAndRate(&rng, allowDissatisfied: true)
        if state == .reopened {
            dispatchAndReply(&rng)
            feedbackAndRate(&rng, allowDissatisfied: false)
        }
    }

    private mutating func triage(category: String, level: HandlingLevel, from registered: CivilDate) {
        let deadline = setting.calendar.adding(workingDays: setting.slaDays, to: registered)
        record(.transition, to: .triaged) {
            $0.category = category
            $0.handlingLevel = level
            $0.deadline = deadline
        }
    }

    private mutating func dispatchAndReply<G: RandomNumberGenerator>(_ rng: inout G) {
        wait(Int.random(in: 0...2, using: &rng), &rng)
        let department = setting.departments[Int.random(in: 0..<setting.departments.count, using: &rng)]
        let deadline = setting.calendar.adding(workingDays: setting.slaDays, to: now.day)
        record(.transition, to: .dispatched) {
            $0.departmentID = department
            $0.deadline = deadline
        }
        if Double.random(in: 0..<1, using: &rng) < 0.05, state.awaitsAnswer, !paused {
            wait(Int.random(in: 1...3, using: &rng), &rng)
            record(.pause, note: text("pause", &rng))
            wait(Int.random(in: 2...8, using: &rng), &rng)
            record(.resume, note: "群众已补充材料")
        }
        if Double.random(in: 0..<1, using: &rng) < 0.10 {
            wait(Int.random(in: 1...4, using: &rng), &rng)
            record(.note, note: text("note", &rng))
        }
        // Most replies come within the SLA; about one in eight runs late.
        let span = Double.random(in: 0..<1, using: &rng) < 0.12
            ? Int.random(in: setting.slaDays...(setting.slaDays * 2), using: &rng)
            : Int.random(in: 1...max(1, setting.slaDays - 1), using: &rng)
        wait(span, &rng)
        record(.transition, to: .replied, note: text("reply", &rng))
    }

    private mutating func feedbackAndRate<G: RandomNumberGenerator>(_ rng: inout G, allowDissatisfied: Bool) {
        wait(Int.random(in: 1...4, using: &rng), &rng)
        record(.transition, to: .fedBack, note: text("feedback", &rng))
        wait(Int.random(in: 0...3, using: &rng), &rng)
        let roll = Double.random(in: 0..<1, using: &rng)
        let satisfaction: Satisfaction = allowDissatisfied && roll < 0.07 ? .dissatisfied
            : roll < 0.75 ? .satisfied : roll < 0.94 ? .basicallySatisfied : .noAnswer
        record(.transition, to: satisfaction == .dissatisfied ? .reopened : .closed) { $0.satisfaction = satisfaction }
    }
}
