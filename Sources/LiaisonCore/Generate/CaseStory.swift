/// One synthetic case's history, written the way the desk would write it:
/// every transition taken from the state the case is in (the same rules as
/// `CaseStateMachine`), sequence numbers 1…n, times only moving forward, and
/// nothing after the end of the synthetic period.
struct CaseStory {
    struct Entry {
        var at: LocalInstant
        var event: CaseEvent
    }

    /// What the story needs from the world around it.
    struct Setting {
        let calendar: WorkCalendar
        let end: LocalInstant
        let departments: [String]
        let handling: [String: [String]]
        let slaDays: Int
    }

    private(set) var entries: [Entry] = []
    private(set) var state: CaseState = .registered
    private(set) var paused = false
    private(set) var finished = false
    /// The fold of `entries` so far (links, inserted later, change nothing in it).
    private(set) var projection = StoryProjection()
    var now: LocalInstant
    let caseID: String
    let actor: String
    let setting: Setting

    init(caseID: String, actor: String, registeredAt: LocalInstant, category: String, level: HandlingLevel, setting: Setting) {
        self.caseID = caseID
        self.actor = actor
        self.setting = setting
        now = registeredAt
        let deadline = setting.calendar.adding(workingDays: setting.slaDays, to: registeredAt.day)
        let registration = CaseEvent(id: "", caseID: caseID, sequence: 1, kind: .transition, from: nil, to: .registered, actor: actor,
                                     at: registeredAt.text, deadline: deadline, category: category, handlingLevel: level)
        entries.append(Entry(at: registeredAt, event: registration))
        projection.apply(registration, day: registeredAt.day)
    }

    /// Moves the clock `workingDays` on (0: later the same day) into office hours.
    mutating func wait<G: RandomNumberGenerator>(_ workingDays: Int, _ rng: inout G) {
        if workingDays == 0 {
            now = LocalInstant(millis: now.millis + Int64(Int.random(in: 5...150, using: &rng)) * 60_000)
        } else {
            let day = setting.calendar.adding(workingDays: workingDays, to: now.day)
            now = LocalInstant(day: day, minuteOfDay: Int.random(in: 510...1050, using: &rng),
                               millisecond: Int.random(in: 0..<60_000, using: &rng))
        }
        if now > setting.end { finished = true }
    }

    /// Appends an event at the current time unless the period has ended.
    /// A transition's `from` is the current state; returns false when too late.
    @discardableResult
    mutating func record(_ kind: CaseEvent.Kind, to target: CaseState? = nil, note: String = "",
                         change: (inout CaseEvent) -> Void = { _ in }) -> Bool {
        guard !finished else { return false }
        var e = CaseEvent(id: "", caseID: caseID, sequence: entries.count + 1, kind: kind,
                          from: kind == .transition ? state : nil, to: target, actor: actor, at: now.text, note: note)
        change(&e)
        entries.append(Entry(at: now, event: e))
        projection.apply(e, day: now.day)
        if let target { state = target }
        if kind == .pause { paused = true }
        if kind == .resume || (target.map { !$0.awaitsAnswer } ?? false) { paused = false }
        return true
    }

    func text<G: RandomNumberGenerator>(_ kind: String, _ rng: inout G) -> String {
        let list = setting.handling[kind] ?? [""]
        let text = list[Int.random(in: 0..<list.count, using: &rng)]
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        return text.replacingOccurrences(of: "{k}", with: String(Int.random(in: 2...7, using: &rng)))
    }

    /// True when the case is still open (not closed or merged) at `moment`.
    func isOpen(at moment: LocalInstant) -> Bool {
        var s = CaseState.registered
        for entry in entries where entry.at <= moment { if let to = entry.event.to { s = to } }
        return s.isOpen
    }

    /// Inserts an event that happened at `moment` (a link from a merged case)
    /// in time order, renumbering the sequence.
    mutating func insert(_ event: CaseEvent, at moment: LocalInstant) {
        let index = entries.firstIndex { $0.at > moment } ?? entries.count
        entries.insert(Entry(at: moment, event: event), at: index)
        projection.apply(event, day: moment.day)
        for i in entries.indices { entries[i].event.sequence = i + 1 }
    }
}
