/// Saving an intake: visitor, opinions, cases and their first events, in one transaction.
extension StationDatabase {
    /// Validates every field, then writes everything or nothing.
    public func recordIntake(_ request: IntakeRequest, source: String = "desk", importKey: String? = nil) throws -> IntakeReceipt {
        let v = request.visitor
        let checked = try validateIntake(request)
        let (name, phone, residentID, community, grid, texts) =
            (checked.name, checked.phone, checked.residentID, checked.community, checked.grid, checked.texts)
        return try db.write {
            let stamp = timestamp()
            let visitorID: String
            if let existing = request.existingVisitorID, try visitor(id: existing) != nil {
                visitorID = existing
                if !phone.isEmpty || !residentID.isEmpty {
                    try db.execute("""
                        UPDATE visitor_personal SET phone = CASE WHEN ? = '' THEN phone ELSE ? END,
                            phone_key = CASE WHEN ? = '' THEN phone_key ELSE ? END,
                            resident_id = CASE WHEN ? = '' THEN resident_id ELSE ? END, updated_at = ?
                        WHERE visitor_id = ?
                        """, phone, phone, phone, PhoneNumber.key(phone), residentID, residentID, stamp, visitorID)
                }
            } else {
                visitorID = newKey()
                try insertVisitor(Visitor(id: visitorID, name: name, anonymous: v.anonymous || name.isEmpty, community: community,
                                          grid: grid, groupSize: v.groupSize),
                                  personal: PersonalData(phone: phone, residentID: residentID), stamp: stamp)
            }
            var entries: [IntakeReceipt.Entry] = []
            for (i, o) in request.opinions.enumerated() {
                let level = o.handlingLevel ?? category(o.category)?.defaultLevel ?? .station
                let theCase: Case
                var linked = false
                if let target = o.linkToCaseID, let existing = try caseRecord(id: target), existing.state.isOpen {
                    theCase = existing
                    linked = true
                } else {
                    theCase = try insertCase(title: Self.title(from: texts[i]), category: o.category, level: level,
                                                urgency: o.urgency, stamp: stamp)
                }
                let opinion = Opinion(id: newKey(), visitorID: visitorID, sessionID: request.sessionID,
                                      representativeID: o.representativeID, caseID: theCase.id, text: texts[i],
                                      category: o.category, handlingLevel: level, urgency: o.urgency,
                                      consultationID: o.consultationID, clause: TextNormalizer.line(o.clause),
                                      position: o.position, createdAt: stamp)
                try insertOpinion(opinion, source: source, importKey: importKey.map { request.opinions.count > 1 ? "\($0)#\(i)" : $0 })
                if linked { try linkEvent(caseID: theCase.id, note: Self.title(from: texts[i]), relatedCaseID: nil, stamp: stamp) }
                let expected = theCase.deadline ?? slaDeadline(category: o.category, from: today)
                entries.append(.init(opinionID: opinion.id, caseRecord: theCase, expectedReply: expected, linkedToExisting: linked))
            }
            return IntakeReceipt(visitorID: visitorID, entries: entries, savedAt: stamp)
        }
    }
}
