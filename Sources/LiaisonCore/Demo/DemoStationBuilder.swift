import Foundation

/// Builds the fictional demo station from `Data/demo`: representatives across
/// the five levels, two outposts, three consultations, evening sessions and
/// about 300 opinions whose cases stand in every state of the loop — some
/// overdue. Seeded, so every demo database tells the same story.
public struct DemoStationBuilder {
    public let dataDirectory: URL
    public let reference: ReferenceData
    public var seed: UInt64 = 20_231_207
    public var opinionCount = 300
    public var days = 90

    public init(dataDirectory: URL, reference: ReferenceData) {
        self.dataDirectory = dataDirectory
        self.reference = reference
    }

    struct Settings {
        var values: [String: [String]] = [:]
        func first(_ key: String) -> String { values[key]?.first ?? "" }
        func list(_ key: String) -> [String] {
            (values[key] ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        }
    }

    static func readSettings(_ url: URL) throws -> Settings {
        var s = Settings()
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { s.values[parts[0], default: []].append(parts[1]) }
        }
        return s
    }

    /// Creates the demo database at `path`, all or nothing: it is built in a
    /// temporary file beside it and moved into place only when complete.
    public func build(at path: String, now: Date = Date()) throws {
        let building = path + ".building"
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: building + suffix) }
        do {
            try autoreleasepool { try buildInPlace(at: building, now: now) }
            try fm.moveItem(atPath: building, toPath: path)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: building + suffix) }
            throw error
        }
    }

    func autoreleasepool(_ body: () throws -> Void) rethrows { try body() }

    /// Builds into `path`; the connection is closed (and the WAL checkpointed) on return.
    func buildInPlace(at path: String, now: Date) throws {
        let demo = dataDirectory.appendingPathComponent("demo")
        let settings = try Self.readSettings(demo.appendingPathComponent("station.txt"))
        let places = try Self.readSettings(demo.appendingPathComponent("places.txt"))
        var rng = SplitMix64(seed: seed)
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        var clock = start
        let store = try StationDatabase.create(path: path, stationName: settings.first("name"), reference: reference,
                                               district: settings.first("district"), phone: settings.first("phone"),
                                               casePrefix: settings.first("case_prefix").isEmpty ? "DS" : settings.first("case_prefix"),
                                               now: start)
        store.now = { clock }
        store.actor = settings.first("receptionist")
        // The demo's history is recorded like any desk's, so it can be sent on as a sync bundle.
        store.startSyncCapture()
        // One transaction for the whole story: fast, and nothing half-built is ever visible.
        try store.db.write {
            try store.updateStation { $0.address = settings.first("address") }
            let outposts = try settings.list("outpost").map { try store.addOutpost(name: $0) }
            let receptionist = try store.addUser(name: settings.first("receptionist"), role: .receptionist)
            try store.addUser(name: settings.first("admin"), role: .admin)
            try store.setSetting("demo_user", receptionist.name)
            let report = try RepresentativeImporter.importData(
                [UInt8](Data(contentsOf: demo.appendingPathComponent("representatives.csv"))), into: store)
            precondition(report.errors.isEmpty, "demo representatives must import cleanly: \(report.summary(.en))")
            let reps = try store.representatives()
            var consultations: [Consultation] = []
            for line in try String(contentsOf: demo.appendingPathComponent("consultations.tsv"), encoding: .utf8).split(separator: "\n")
            where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 6, let kind = Consultation.Kind(rawValue: f[0]), let clauses = Int(f[3]), let due = Int(f[4]) else { continue }
                consultations.append(try store.addConsultation(kind: kind, title: f[1], issuer: f[2], summary: f[5], clauseCount: clauses,
                                                               deadline: CivilDate.local(now).adding(days: due)))
            }
            var phrases: [(String, String)] = []
            for line in try String(contentsOf: demo.appendingPathComponent("opinions.tsv"), encoding: .utf8).split(separator: "\n")
            where !line.hasPrefix("#") {
                let f = line.split(separator: "\t").map(String.init)
                if f.count == 2 { phrases.append((f[0], f[1])) }
            }
            let communities = places.list("community"), spots = places.list("place")
            let surnames = places.list("surname"), given = places.list("given")
            let departments = try store.departments()
            let kinds: [ReceptionSession.Kind] = [.nightChat, .daily, .nightChat, .themed, .agencyVisit, .appointment, .mobile]
            let sessionCount = 15
            var made = 0
            var returning: [(phone: String, visitorID: String)] = []
            var openCases: [String] = []
            for s in 0..<sessionCount {
                // Sessions start at 19:00 station time (evening night chats).
                let day = CivilDate.local(start.addingTimeInterval(Double(days) * 86_400 * Double(s) / Double(sessionCount)))
                clock = Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + 19 * 3600 - StationTime.offsetSeconds))
                let kind = kinds[s % kinds.count]
                let place = kind == .mobile ? "\(communities.randomElement(using: &rng)!)文化广场" : (s % 5 == 3 ? outposts[s % 2].name : store.station.name)
                let session = try store.openSession(kind: kind, title: kind.label.zh, place: place)
                let present = reps.shuffled(using: &rng).prefix(3)
                for rep in present { try store.markPresent(sessionID: session.id, representativeID: rep.id) }
                if kind == .agencyVisit { try store.addOfficial(sessionID: session.id, name: "区住建局 李局长", title: "局长") }
                let perSession = (opinionCount - made) / (sessionCount - s)
                var inSession = 0
                while inSession < perSession {
                    clock = clock.addingTimeInterval(Double(Int.random(in: 120...600, using: &rng)))
                    let (category, template) = phrases.randomElement(using: &rng)!
                    let community = communities.randomElement(using: &rng)!
                    var text = template.replacingOccurrences(of: "{c}", with: community)
                        .replacingOccurrences(of: "{p}", with: spots.randomElement(using: &rng)!)
                    let clause = Int.random(in: 1...30, using: &rng)
                    text = text.replacingOccurrences(of: "{n}", with: "\(clause)")
                    var visitor = IntakeRequest.VisitorFields(name: surnames.randomElement(using: &rng)! + given.randomElement(using: &rng)!,
                                                              community: community, grid: "\(community)第\(Int.random(in: 1...6, using: &rng))网格")
                    var existing: String?
                    if !returning.isEmpty && Int.random(in: 0..<8, using: &rng) == 0 {
                        let r = returning.randomElement(using: &rng)!
                        existing = r.visitorID
                        visitor.phone = r.phone
                    } else {
                        visitor.phone = "13\(Int.random(in: 0...9, using: &rng))\(String(format: "%08d", Int.random(in: 0..<100_000_000, using: &rng)))"
                    }
                    if Int.random(in: 0..<10, using: &rng) == 0 { visitor.groupSize = Int.random(in: 3...12, using: &rng) }
                    if Int.random(in: 0..<15, using: &rng) == 0 { visitor.anonymous = true; visitor.name = "" }
                    var opinion = IntakeRequest.OpinionFields(text: text, category: category,
                                                              urgency: Int.random(in: 0..<10, using: &rng) == 0 ? .urgent : .normal,
                                                              representativeID: present.randomElement(using: &rng)!.id)
                    if category == "legislation" {
                        let c = consultations.filter { $0.kind == .legislation }.randomElement(using: &rng)!
                        opinion.consultationID = c.id
                        opinion.clause = "第\(clause)条"
                        opinion.position = [.amend, .support, .oppose, .amend].randomElement(using: &rng)!
                    } else if category == "supervision", Int.random(in: 0..<2, using: &rng) == 0 {
                        opinion.consultationID = consultations.first { $0.kind == .supervision }?.id
                    }
                    if !openCases.isEmpty && Int.random(in: 0..<25, using: &rng) == 0 {
                        opinion.linkToCaseID = openCases.randomElement(using: &rng)
                    }
                    let receipt = try store.recordIntake(IntakeRequest(visitor: visitor, existingVisitorID: existing,
                                                                       opinions: [opinion], sessionID: session.id))
                    if existing == nil, !visitor.phone.isEmpty { returning.append((visitor.phone, receipt.visitorID)) }
                    for entry in receipt.entries where !entry.linkedToExisting { openCases.append(entry.caseRecord.id) }
                    inSession += 1
                }
                made += inSession
                clock = clock.addingTimeInterval(1800)
                if s < sessionCount - 1 { try store.closeSession(id: session.id) }
            }
            try DemoCaseProgression(store: store, departments: departments, representatives: reps, start: start, end: now)
                .advance(caseIDs: openCases, using: &rng, clock: { clock = $0 })
            clock = now
        }
    }
}
