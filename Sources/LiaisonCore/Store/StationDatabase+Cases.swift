/// Cases and their append-only events. Every action goes through `apply`, which
/// checks the state machine, appends the event and updates the projection in
/// one write transaction.
extension StationDatabase {
    static let caseColumns = """
        c.id, c.station_id, c.number, c.title, c.category, c.handling_level, c.urgency, c.state, c.department_id,
        c.deadline, c.paused_since, c.merged_into, c.created_at, c.updated_at, c.due_date
        """

    static func caseRow(_ r: Row) -> Case {
        Case(id: r.string(0), stationID: r.string(1), number: r.string(2), title: r.string(3), category: r.string(4),
             handlingLevel: HandlingLevel(rawValue: r.string(5)) ?? .station, urgency: Urgency(rawValue: r.string(6)) ?? .normal,
             state: CaseState(rawValue: r.string(7)) ?? .registered, departmentID: r.optionalString(8),
             deadline: r.optionalString(9).flatMap(CivilDate.init), pausedSince: r.optionalString(10),
             mergedInto: r.optionalString(11), createdAt: r.string(12), updatedAt: r.string(13))
    }

    static let eventColumns = """
        id, case_id, seq, kind, from_state, to_state, actor, at, note, department_id, deadline, satisfaction,
        related_case_id, representative_id, category, handling_level
        """

    static func eventRow(_ r: Row) -> CaseEvent {
        CaseEvent(id: r.string(0), caseID: r.string(1), sequence: r.int(2), kind: CaseEvent.Kind(rawValue: r.string(3)) ?? .note,
                  from: r.optionalString(4).flatMap(CaseState.init), to: r.optionalString(5).flatMap(CaseState.init),
                  actor: r.string(6), at: r.string(7), note: r.string(8), departmentID: r.optionalString(9),
                  deadline: r.optionalString(10).flatMap(CivilDate.init), satisfaction: r.optionalString(11).flatMap(Satisfaction.init),
                  relatedCaseID: r.optionalString(12), representativeID: r.optionalString(13), category: r.optionalString(14),
                  handlingLevel: r.optionalString(15).flatMap(HandlingLevel.init))
    }

    public func caseRecord(id: String) throws -> Case? {
        try db.queryOne("SELECT \(Self.caseColumns) FROM cases c WHERE c.id = ?", [.text(id)], Self.caseRow)
    }

    /// By human number (`DS-2026-000123`), case-insensitive, this station's first.
    public func caseRecord(number: String) throws -> Case? {
        try db.queryOne("SELECT \(Self.caseColumns) FROM cases c WHERE c.number = ? ORDER BY c.station_id = ? DESC LIMIT 1",
                        [.text(number.uppercased()), .text(station.id)], Self.caseRow)
    }

    public func events(caseID: String) throws -> [CaseEvent] {
        try db.query("SELECT \(Self.eventColumns) FROM case_event WHERE case_id = ? ORDER BY seq", [.text(caseID)], Self.eventRow)
    }

    public func history(caseID: String) throws -> CaseHistory {
        CaseHistory(events: try events(caseID: caseID))
    }

    /// The next human case number for this station and year.
    func nextCaseNumber(year: Int) throws -> String {
        let next = try db.queryOne("""
            INSERT INTO case_counter(station_id, year, last) VALUES (?, ?, 1)
            ON CONFLICT(station_id, year) DO UPDATE SET last = last + 1 RETURNING last
            """, [.text(station.id), .integer(Int64(year))]) { $0.int(0) } ?? 1
        return Self.caseNumber(prefix: station.casePrefix, year: year, sequence: next)
    }

    /// "DS-2026-000123": the prefix, the year in four digits, the sequence in six
    /// (more when it outgrows them). Without `String(format:)`, which the bulk import calls per row.
    static func caseNumber(prefix: String, year: Int, sequence: Int) -> String {
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return prefix + "-" + padded(year, 4) + "-" + padded(sequence, 6)
    }

    /// The deadline a category's SLA gives, counted in working days from a date.
    public func slaDeadline(category: String, from date: CivilDate) -> CivilDate {
        let days = self.category(category)?.slaDays ?? 15
        return calendar.adding(workingDays: days, to: date)
    }

    /// Opens a case with its registration event (inside the caller's transaction).
    func insertCase(title: String, category: String, level: HandlingLevel, urgency: Urgency, stamp: String) throws -> Case {
        let day = StationTime.date(of: stamp) ?? today
        let number = try nextCaseNumber(year: day.year)
        let deadline = slaDeadline(category: category, from: day)
        let c = Case(id: newKey(), stationID: station.id, number: number, title: title, category: category, handlingLevel: level,
                     urgency: urgency, state: .registered, departmentID: nil, deadline: deadline, pausedSince: nil,
                     mergedInto: nil, createdAt: stamp, updatedAt: stamp)
        try db.execute("""
            INSERT INTO cases(id, station_id, number, title, category, handling_level, urgency, state, deadline, due_date, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?, ?, ?)
            """, c.id, c.stationID, c.number, c.title, c.category, level.rawValue, urgency.rawValue,
                       deadline.description, deadline.description, stamp, stamp)
        let registration = CaseEvent(id: newKey(), caseID: c.id, sequence: 1, kind: .transition, from: nil, to: .registered,
                                     actor: actor, at: stamp, deadline: deadline, category: category, handlingLevel: level)
        try appendEvent(registration)
        try writeReportFacts(caseID: c.id, ReportCaseFacts(events: [registration], calendar: calendar))
        return c
    }

    func appendEvent(_ e: CaseEvent) throws {
        try db.execute("""
            INSERT INTO case_event(\(Self.eventColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, e.id, e.caseID, e.sequence, e.kind.rawValue, e.from?.rawValue, e.to?.rawValue, e.actor, e.at, e.note,
                       e.departmentID, e.deadline?.description, e.satisfaction?.rawValue, e.relatedCaseID,
                       e.representativeID, e.category, e.handlingLevel?.rawValue)
    }

    /// Takes one lifecycle action on a case. Illegal actions throw and write nothing.
    @discardableResult
    public func apply(_ action: CaseAction, toCase caseID: String) throws -> CaseHistory {
        try db.write {
            guard let current = try caseRecord(id: caseID) else { throw WorkflowError.unknownCase(caseID) }
            var events = try events(caseID: caseID)
            var history = CaseHistory(events: events)
            let target = try CaseStateMachine.target(of: action, from: history.state, paused: history.isPaused)
            let stamp = timestamp()
            var e = CaseEvent(id: newKey(), caseID: caseID, sequence: (events.last?.sequence ?? 0) + 1,
                              kind: target == nil ? .note : .transition, from: target == nil ? nil : history.state,
                              to: target, actor: actor, at: stamp)
            switch action {
            case let .triage(category, level):
                guard self.category(category) != nil else { throw WorkflowError.unknownCategory(category) }
                e.category = category
                e.handlingLevel = level
                let registered = history.registeredOn ?? today
                e.deadline = slaDeadline(category: category, from: registered)
            case .resolveOnSite(let answer):
                e.note = try TextNormalizer.field(answer, name: Bilingual("答复", "Answer"), limit: FieldLimits.note, required: true, multiline: true)
            case let .dispatch(departmentID, deadline, reason):
                guard try department(id: departmentID) != nil else { throw WorkflowError.unknownDepartment(departmentID) }
                e.departmentID = departmentID
                let sla = slaDeadline(category: history.category ?? current.category, from: today)
                if let deadline, deadline != sla {
                    let why = TextNormalizer.line(reason)
                    guard !why.isEmpty else { throw WorkflowError.missingReason }
                    e.deadline = deadline
                    e.note = why
                } else {
                    e.deadline = sla
                    e.note = TextNormalizer.line(reason)
                }
            case .reply(let text):
                e.note = try TextNormalizer.field(text, name: Bilingual("答复内容", "Reply"), limit: FieldLimits.note, required: true, multiline: true)
            case .feedback(let note):
                e.note = try TextNormalizer.field(note, name: Bilingual("反馈记录", "Feedback"), limit: FieldLimits.note, multiline: true)
            case let .rate(satisfaction, note):
                e.satisfaction = satisfaction
                e.note = try TextNormalizer.field(note, name: Bilingual("备注", "Note"), limit: FieldLimits.note, multiline: true)
            case .merge(let targetID):
                guard targetID != caseID else { throw WorkflowError.mergeIntoSelf }
                guard let into = try caseRecord(id: targetID) else { throw WorkflowError.unknownCase(targetID) }
                guard into.state.isOpen else { throw WorkflowError.mergeTargetNotOpen(into.number) }
                e.relatedCaseID = targetID
                e.note = into.number
            case .pause(let reason):
                e.kind = .pause
                e.note = try TextNormalizer.field(reason, name: Bilingual("理由", "Reason"), limit: FieldLimits.reason, required: true)
            case .resume(let note):
                e.kind = .resume
                e.note = TextNormalizer.line(note)
            case .note(let text):
                e.note = try TextNormalizer.field(text, name: Bilingual("备注", "Note"), limit: FieldLimits.note, required: true, multiline: true)
            case .supervise(let rep):
                guard try representative(id: rep) != nil else { throw WorkflowError.unknownRepresentative(rep) }
                guard !history.supervisors.contains(rep) else { throw WorkflowError.alreadySupervising }
                e.kind = .superviseStart
                e.representativeID = rep
            case .unsupervise(let rep):
                guard history.supervisors.contains(rep) else { throw WorkflowError.notSupervising }
                e.kind = .superviseEnd
                e.representativeID = rep
            }
            try appendEvent(e)
            events.append(e)
            history.apply(e)
            if case .merge(let targetID) = action {
                // The merged case's opinions (and so their visitors) follow the target.
                try linkEvent(caseID: targetID, note: current.number, relatedCaseID: caseID, stamp: stamp)
            }
            try updateProjection(caseID: caseID, history: history, stamp: stamp)
            return history
        }
    }

    /// Records on a target case that another case or opinion joined it.
    func linkEvent(caseID: String, note: String, relatedCaseID: String?, stamp: String) throws {
        let seq = try db.scalarInt("SELECT COALESCE(MAX(seq), 0) FROM case_event WHERE case_id = ?", [.text(caseID)])
        try appendEvent(CaseEvent(id: newKey(), caseID: caseID, sequence: seq + 1, kind: .link, actor: actor, at: stamp,
                                  note: note, relatedCaseID: relatedCaseID))
        try db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", stamp, caseID)
    }

    /// Writes the projection columns from the folded history.
    func updateProjection(caseID: String, history h: CaseHistory, stamp: String) throws {
        let due: CivilDate? = h.deadline.map { clock.effectiveDeadline(deadline: $0, pauses: h.pauses.filter { $0.end != nil }, today: today) }
        try db.execute("""
            UPDATE cases SET state = ?, category = COALESCE(?, category), handling_level = COALESCE(?, handling_level),
                department_id = ?, deadline = ?, due_date = ?, paused_since = ?, merged_into = ?, satisfaction = ?,
                closed_at = ?, updated_at = ?
            WHERE id = ?
            """, h.state.rawValue, h.category, h.handlingLevel?.rawValue, h.departmentID, h.deadline?.description,
                       due?.description, h.pausedSinceTimestamp, h.mergedInto, h.satisfaction?.rawValue, h.closedAt, stamp, caseID)
        try db.execute("DELETE FROM case_supervisor WHERE case_id = ?", caseID)
        for rep in h.supervisors {
            try db.execute("INSERT INTO case_supervisor(case_id, representative_id, since) VALUES (?, ?, ?)", caseID, rep, stamp)
        }
        try updateReportFacts(caseID: caseID)
    }

    /// The deadline status of a case today (三色督办).
    public func deadlineStatus(_ c: Case) throws -> DeadlineStatus {
        clock.status(of: try history(caseID: c.id), today: today)
    }

    /// The opinions filed under a case (including those of merged cases).
    public func opinions(caseID: String) throws -> [Opinion] {
        try db.query("""
            SELECT \(Self.opinionColumns) FROM opinion
            WHERE case_id = ? OR case_id IN (SELECT id FROM cases WHERE merged_into = ?) ORDER BY created_at
            """, [.text(caseID), .text(caseID)], Self.opinionRow)
    }
}
