import Foundation

/// Makes a NEW station database holding a province's worth of synthetic data:
/// stations, representatives with valid codes, visitors with their personal
/// row, opinions and their cases in every state with legal event histories.
/// The same seed and options give the same file.
public enum ProvinceGenerator {
    public static func generate(at path: String, options: GenerationOptions, reference: ReferenceData,
                                phrases: PhraseBank, progress: ((String) -> Void)? = nil) throws -> GenerationSummary {
        try options.validate()
        let clock = ContinuousClock()
        let started = clock.now
        let builder = ProvinceBuilder(options: options, reference: reference, phrases: phrases)
        let home = builder.slots[0]
        let store = try StationDatabase.createSeeded(path: path, home: home.station, siteTag: home.siteTag,
                                                     keySeed: options.seed ^ 0x5EED, reference: reference,
                                                     now: builder.startOfRecords.date)
        var phases: [(name: String, seconds: Double)] = []
        var mark = started
        func finished(_ name: String) {
            let now = clock.now
            let d = (now - mark).components
            phases.append((name, Double(d.seconds) + Double(d.attoseconds) / 1e18))
            mark = now
        }
        do {
            builder.progress = progress
            // The big search indexes are built beside the load (already one segment each);
            // this connection must not touch them after, so only the representatives' is merged here.
            try store.bulkLoad(searchInBulk: options.searchIndexInBulk, searchBeside: true, finished: finished) { loader in
                try builder.fill(loader)
            }
            if options.searchIndexInBulk {
                try store.optimizeSearchIndex(kinds: ["representative"])
                finished("search merge")
            }
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        var summary = builder.summary
        summary.phases = phases
        let elapsed = (clock.now - started).components
        summary.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        return summary
    }
}

/// The generator's working state: one slot per station, the random source,
/// and events waiting for their day (rows go in roughly in time order, so
/// time-ordered keys append to their indexes instead of landing at random).
final class ProvinceBuilder {
    struct Slot {
        var station: Station
        var siteTag: String
        var keys: EntityKeyGenerator
        var communities: [String]
        var staff: String
        var representatives: [String] = []
        var counters: [Int: Int] = [:]
        var recentVisitors: [String] = []
    }

    struct Pending {
        var at: LocalInstant
        var slot: Int
        var event: CaseEvent
    }

    let options: GenerationOptions
    let reference: ReferenceData
    let phrases: PhraseBank
    // Touched several times per generated row; the builder is one thread's,
    // so the runtime's exclusivity checks on these were pure cost.
    @exclusivity(unchecked) var rng: SplitMix64
    @exclusivity(unchecked) var slots: [Slot] = []
    var stationWeights: [Double] = []
    var departments: [String] = []
    var progress: ((String) -> Void)?
    @exclusivity(unchecked) var summary = GenerationSummary()
    let endInstant: LocalInstant
    let startDay: CivilDate
    var startOfRecords: LocalInstant { LocalInstant(day: startDay.adding(days: -90), minuteOfDay: 540) }
    @exclusivity(unchecked) private var pending: [Int: [Pending]] = [:]
    private let templates: [String: [OpinionTemplate]]
    private let tails: [OpinionTemplate]
    private let categoryCodes: [String]
    private let categoryWeights: [Double]
    private let slaDays: [String: Int]
    private let levels: [String: HandlingLevel]
    private let caseClock: CaseClock

    init(options: GenerationOptions, reference: ReferenceData, phrases: PhraseBank) {
        self.options = options
        self.reference = reference
        self.phrases = phrases
        rng = SplitMix64(seed: options.seed)
        endInstant = LocalInstant(options.end)
        startDay = endInstant.day.adding(days: -options.days)
        var t: [String: [OpinionTemplate]] = [:]
        for (key, list) in phrases.templates where key != "tail" { t[key] = list.map(OpinionTemplate.init) }
        templates = t
        tails = (phrases.templates["tail"] ?? []).map(OpinionTemplate.init)
        let usual: [String: Double] = ["livelihood": 45, "supervision": 14, "publicProject": 14, "planning": 8,
                                       "legislation": 7, "other": 8]
        categoryCodes = reference.categories.map(\.code)
        categoryWeights = reference.categories.map { usual[$0.code] ?? 5 }
        slaDays = Dictionary(reference.categories.map { ($0.code, $0.slaDays) }, uniquingKeysWith: { a, _ in a })
        levels = Dictionary(reference.categories.map { ($0.code, $0.defaultLevel) }, uniquingKeysWith: { a, _ in a })
        caseClock = CaseClock(calendar: reference.calendar)
        makeStations()
    }

    // MARK: - Picking

    func pick<T>(_ list: [T]) -> T { list[Int.random(in: 0..<list.count, using: &rng)] }
    func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    /// Index into cumulative weights.
    func weighted(_ cumulative: [Double]) -> Int {
        let x = Double.random(in: 0..<cumulative[cumulative.count - 1], using: &rng)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    func personName() -> String {
        // Common surnames far more often than rare ones.
        let s = phrases.surnames
        let index = min(s.count - 1, Int(Double(s.count) * pow(Double.random(in: 0..<1, using: &rng), 2.2)))
        return s[index] + pick(phrases.givenNames)
    }

    func mobile() -> String {
        let prefixes = ["130", "133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180", "186", "187", "189", "199"]
        let tail = Int.random(in: 0..<100_000_000, using: &rng)
        let digits = String(tail)
        return pick(prefixes) + String(repeating: "0", count: 8 - digits.count) + digits
    }

    // MARK: - Stations and representatives

    private func makeStations() {
        var tags = Set<String>(), codes = Set<String>(), names = Set<String>()
        let created = startOfRecords
        for index in 0..<options.stations {
            var tag: String
            repeat { tag = Crockford.encode(UInt64.random(in: 0..<(1 << 20), using: &rng), digits: 4) } while !tags.insert(tag).inserted
            var code: String
            repeat { code = PersonalCode.generate(.station, using: &rng).identifier } while !codes.insert(code).inserted
            let county = pick(phrases.counties)
            var township = pick(phrases.townships)
            var name = county + township + "人大代表联络站"
            var attempt = 0
            while names.contains(name) {
                attempt += 1
                township = pick(phrases.townships)
                name = attempt < 8 ? county + township + "人大代表联络站"
                    : county + township + pick(phrases.communities) + "代表联络站"
                if attempt > 40 { name = county + township + "第\(index)代表联络站" }
            }
            names.insert(name)
            var keys = EntityKeyGenerator(siteTag: tag, seed: rng.next())
            let id = keys.next(at: created.date)
            let phone = "0571-8\(String(1_000_000 + index % 9_000_000).suffix(7))"
            let station = Station(id: id, code: code, kind: .station, name: name, district: county + township,
                                  address: township + "党群服务中心", phone: phone, casePrefix: "DS")
            var communities: [String] = []
            for _ in 0..<6 { communities.append(pick(phrases.communities)) }
            slots.append(Slot(station: station, siteTag: tag, keys: keys, communities: communities, staff: pick(phrases.staff)))
            // Stations differ in size: a few busy town centres, many quiet villages.
            stationWeights.append((stationWeights.last ?? 0) + 0.3 + pow(Double.random(in: 0..<1, using: &rng), 3) * 3)
        }
    }

    private func makeRepresentatives(_ loader: BulkLoader) throws {
        var codes = Set<String>()
        var taken = Set<String>()
        let stamp = startOfRecords.text
        let levelWeights: [(Representative.Level, Double)] = [(.national, 0.4), (.provincial, 1.6), (.municipal, 6), (.county, 27), (.township, 65)]
        var cumulative: [Double] = []
        for (_, w) in levelWeights { cumulative.append((cumulative.last ?? 0) + w) }
        for n in 0..<options.representatives {
            // Every station gets representatives before any gets a second round.
            let s = n < slots.count ? n : weighted(stationWeights)
            let level = levelWeights[weighted(cumulative)].0
            var name = personName()
            while !taken.insert(name + "|" + level.rawValue + "|" + String(s)).inserted { name = personName() }
            var code: String
            repeat { code = PersonalCode.generate(.representative, using: &rng).identifier } while !codes.insert(code).inserted
            let id = slots[s].keys.next(at: startOfRecords.date)
            let county = String(slots[s].station.district.prefix(while: { $0 != "区" && $0 != "县" && $0 != "市" }))
            let rep = Representative(id: id, code: code, name: name, level: level, stationID: slots[s].station.id,
                                     district: slots[s].station.district, group: county + "代表小组", phone: mobile())
            try loader.representative(rep, stamp: stamp)
            slots[s].representatives.append(id)
        }
        summary.representatives = options.representatives
    }

    // MARK: - The load

    func fill(_ loader: BulkLoader) throws {
        let stamp = startOfRecords.text
        for slot in slots.dropFirst() { try loader.station(slot.station, stamp: stamp) }
        summary.stations = slots.count
        var homeKeys = slots[0].keys
        for d in phrases.departments {
            try loader.department(id: homeKeys.next(at: startOfRecords.date), name: d.name, kind: d.kind, phone: d.phone, stamp: stamp)
        }
        slots[0].keys = homeKeys
        departments = try loader.departmentIDs()
        try makeRepresentatives(loader)
        try makeOpinions(loader)
        for (index, slot) in slots.enumerated() {
            for (year, last) in slot.counters.sorted(by: { $0.key < $1.key }) {
                try loader.caseCounter(stationID: slots[index].station.id, year: year, last: last)
            }
        }
    }

    /// Opinions per day: weekdays busier than weekends, slowly growing.
    /// The last day is today, open until the end moment (if the desk has opened yet).
    private func dailyCounts() -> [Int] {
        let days = options.days
        var weights: [Double] = []
        for d in 0...days {
            let day = startDay.adding(days: d)
            let base = day.weekday == 5 ? 0.35 : day.weekday == 6 ? 0.2 : 1.0
            let open = d < days ? 1.0 : Double(max(0, min(lastMinute, endInstant.minuteOfDay) - firstMinute)) / Double(lastMinute - firstMinute)
            weights.append(open * base * (1 + 0.3 * Double(d) / Double(days)))
        }
        let total = weights.reduce(0, +)
        var counts: [Int] = [], cumulative = 0.0, given = 0
        for w in weights {
            cumulative += w
            let upTo = Int((Double(options.opinions) * cumulative / total).rounded())
            counts.append(upTo - given)
            given = upTo
        }
        return counts
    }

    /// Desks take opinions from 08:00 to 20:30 (evening talks run late).
    private let firstMinute = 480, lastMinute = 1230

    private func makeOpinions(_ loader: BulkLoader) throws {
        let counts = dailyCounts()
        var nextReport = 100_000
        for d in 0...options.days {
            let day = startDay.adding(days: d)
            var due = pending.removeValue(forKey: day.dayNumber) ?? []
            due.sort { $0.at < $1.at }
            var times: [LocalInstant] = []
            let close = d < options.days ? lastMinute : min(lastMinute, endInstant.minuteOfDay - 1)
            for _ in 0..<counts[d] {
                times.append(LocalInstant(day: day, minuteOfDay: Int.random(in: firstMinute...max(firstMinute, close), using: &rng),
                                          millisecond: Int.random(in: 0..<60_000, using: &rng)))
            }
            times.sort()
            var e = 0, i = 0
            while e < due.count || i < times.count {
                if i >= times.count || (e < due.count && due[e].at <= times[i]) {
                    try insert(due[e], loader)
                    e += 1
                } else {
                    // A duplicate raised moments later counts toward the day's opinions.
                    let twin = i + 1 < times.count && chance(0.015)
                    try intake(at: times[i], twin: twin, loader)
                    i += twin ? 2 : 1
                }
            }
            if summary.opinions >= nextReport {
                progress?("\(summary.opinions)")
                nextReport += 100_000
            }
        }
        // Events past the end never happened; none should be left, but be sure.
        pending.removeAll()
    }

    private func insert(_ p: Pending, _ loader: BulkLoader) throws {
        var e = p.event
        e.id = slots[p.slot].keys.next(at: p.at.date)
        try loader.event(e)
        summary.events += 1
    }

    // MARK: - One intake

    private func newVisitor(slot s: Int, at t: LocalInstant, _ loader: BulkLoader) throws -> (id: String, community: String) {
        let community = pick(slots[s].communities)
        let id = slots[s].keys.next(at: t.date)
        let anonymous = chance(0.06)
        let visitor = Visitor(id: id, name: anonymous ? "" : personName(), anonymous: anonymous, community: community,
                              grid: pick(phrases.grids), groupSize: chance(0.05) ? Int.random(in: 2...30, using: &rng) : 1)
        try loader.visitor(visitor, stationID: slots[s].station.id, phone: chance(0.85) ? mobile() : "", stamp: t.text)
        summary.visitors += 1
        if slots[s].recentVisitors.count < 64 {
            slots[s].recentVisitors.append(id)
        } else {
            slots[s].recentVisitors[Int.random(in: 0..<64, using: &rng)] = id
        }
        return (id, community)
    }

    private func opinionText(category: String, community: String) -> String {
        let list = templates[category] ?? templates["other"] ?? []
        var text = ""
        func value(_ slot: Character) -> String {
            switch slot {
            case "c": return community
            case "p": return pick(phrases.places)
            case "n": return String(Int.random(in: 1...60, using: &rng))
            case "m": return String(Int.random(in: 1...6, using: &rng))
            default: return String(Int.random(in: 2...9, using: &rng))
            }
        }
        if !list.isEmpty { pick(list).fill(into: &text, value) }
        if !tails.isEmpty, chance(0.5) { pick(tails).fill(into: &text, value) }
        return text
    }

    private func nextNumber(slot s: Int, year: Int) -> String {
        let n = (slots[s].counters[year] ?? 0) + 1
        slots[s].counters[year] = n
        let digits = String(n)
        return "\(slots[s].station.casePrefix)-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    private struct Draft {
        var caseRecord: Case
        var story: CaseStory
        var opinion: Opinion
    }

    private func draft(slot s: Int, at t: LocalInstant, visitorID: String, community: String, category: String) -> Draft {
        let text = opinionText(category: category, community: community)
        let level = levels[category] ?? .station
        let urgency: Urgency = chance(0.9) ? .normal : chance(0.8) ? .urgent : .critical
        let reps = slots[s].representatives
        let rep: String? = !reps.isEmpty && chance(0.35) ? pick(reps) : nil
        let caseID = slots[s].keys.next(at: t.date)
        let stamp = t.text
        let c = Case(id: caseID, stationID: slots[s].station.id, number: nextNumber(slot: s, year: t.day.year),
                     title: PlainText.title(text), category: category, handlingLevel: level, urgency: urgency,
                     state: .registered, departmentID: nil, deadline: nil, pausedSince: nil, mergedInto: nil,
                     createdAt: stamp, updatedAt: stamp)
        let setting = CaseStory.Setting(calendar: reference.calendar, end: endInstant, departments: departments,
                                        handling: phrases.handling, slaDays: slaDays[category] ?? 15)
        let story = CaseStory(caseID: caseID, actor: slots[s].staff, registeredAt: t, category: category, level: level, setting: setting)
        let opinion = Opinion(id: "", visitorID: visitorID, sessionID: nil, representativeID: rep, caseID: caseID, text: text,
                              category: category, handlingLevel: level, urgency: urgency, createdAt: stamp)
        return Draft(caseRecord: c, story: story, opinion: opinion)
    }

    private func intake(at t: LocalInstant, twin: Bool, _ loader: BulkLoader) throws {
        let s = weighted(stationWeights)
        let visitor: (id: String, community: String)
        if !slots[s].recentVisitors.isEmpty, chance(0.18) {
            visitor = (pick(slots[s].recentVisitors), pick(slots[s].communities))
        } else {
            visitor = try newVisitor(slot: s, at: t, loader)
        }
        let category = categoryCodes[weighted(cumulativeCategoryWeights)]
        var a = draft(slot: s, at: t, visitorID: visitor.id, community: visitor.community, category: category)
        a.story.play(&rng, category: category, level: a.caseRecord.handlingLevel, representatives: slots[s].representatives)
        var b: Draft?
        if twin {
            // A neighbour raises the same problem; the desk merges it into the first case.
            let tb = LocalInstant(millis: t.millis + Int64(Int.random(in: 1...20, using: &rng)) * 60_000)
            let other = try newVisitor(slot: s, at: tb, loader)
            var d = draft(slot: s, at: tb, visitorID: other.id, community: other.community, category: category)
            d.story.wait(Int.random(in: 1...3, using: &rng), &rng)
            let mergeAt = d.story.now
            if !d.story.finished, a.story.isOpen(at: mergeAt) {
                let target = a.caseRecord
                d.story.record(.transition, to: .merged, note: target.number) { $0.relatedCaseID = target.id }
                a.story.insert(CaseEvent(id: "", caseID: target.id, sequence: 0, kind: .link, actor: slots[s].staff,
                                         at: mergeAt.text, note: d.caseRecord.number, relatedCaseID: d.caseRecord.id), at: mergeAt)
            } else {
                d.story.play(&rng, category: category, level: d.caseRecord.handlingLevel, representatives: slots[s].representatives)
            }
            b = d
        }
        try save(a, slot: s, now: t, loader)
        if let b { try save(b, slot: s, now: t, loader) }
    }

    private lazy var cumulativeCategoryWeights: [Double] = {
        var c: [Double] = []
        for w in categoryWeights { c.append((c.last ?? 0) + w) }
        return c
    }()

    /// Writes a case (its projection is the fold of its whole story), the
    /// opinion, today's events now and later events on their day.
    private func save(_ d: Draft, slot s: Int, now t: LocalInstant, _ loader: BulkLoader) throws {
        let h = d.story.projection
        let due = h.deadline.map {
            caseClock.effectiveDeadline(deadline: $0, pauses: h.pauses.filter { $0.end != nil }, today: endInstant.day).description
        }
        let entries = d.story.entries
        try loader.caseRow(d.caseRecord, history: h, dueDate: due, updatedAt: entries[entries.count - 1].at.text)
        // Folded here from the story's own events: refolding six million stored events after the load took minutes.
        try loader.caseReport(caseID: d.caseRecord.id, createdAt: d.caseRecord.createdAt,
                              ReportCaseFacts(events: entries.map(\.event), calendar: reference.calendar))
        for rep in h.supervisors {
            let since = entries.first { $0.event.kind == .superviseStart && $0.event.representativeID == rep }?.at.text ?? d.caseRecord.createdAt
            try loader.supervisor(caseID: d.caseRecord.id, representativeID: rep, since: since)
        }
        for entry in entries {
            let p = Pending(at: entry.at, slot: s, event: entry.event)
            if entry.at.dayNumber <= t.dayNumber {
                try insert(p, loader)
            } else {
                pending[entry.at.dayNumber, default: []].append(p)
            }
            if entry.event.sequence == 1 {
                // The opinion goes in right after its case's registration.
                var o = d.opinion
                o.id = slots[s].keys.next(at: entry.at.date)
                try loader.opinion(o, stationID: slots[s].station.id, createdBy: slots[s].staff)
                summary.opinions += 1
            }
        }
        summary.cases += 1
        summary.casesByState[h.state, default: 0] += 1
    }
}
