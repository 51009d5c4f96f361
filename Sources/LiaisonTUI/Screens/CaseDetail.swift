import LiaisonCore

/// Everything the detail view of one case shows, read in one go.
struct CaseDetail: Sendable {
    struct OpinionLine: Sendable {
        let opinion: Opinion
        let visitorName: Bilingual
        let maskedPhone: String
    }

    let record: Case
    let history: CaseHistory
    let events: [CaseEvent]
    let opinions: [OpinionLine]
    let status: DeadlineStatus
    let departmentName: String?
    let categoryName: Bilingual
    let supervisors: [String]

    static func load(caseID: String, store: StationDatabase) throws -> CaseDetail? {
        guard let record = try store.caseRecord(id: caseID) else { return nil }
        let events = try store.events(caseID: caseID)
        let history = CaseHistory(events: events)
        let opinions = try store.opinions(caseID: caseID).map { o in
            OpinionLine(opinion: o, visitorName: try store.visitor(id: o.visitorID)?.displayName ?? Catalogue.anonymous,
                        maskedPhone: try store.maskedPersonalData(visitorID: o.visitorID).phone)
        }
        let supervisors = try history.supervisors.compactMap { try store.representative(id: $0)?.name }
        return CaseDetail(record: record, history: history, events: events, opinions: opinions,
                          status: store.clock.status(of: history, today: store.today),
                          departmentName: try record.departmentID.flatMap { try store.department(id: $0)?.name },
                          categoryName: store.category(record.category)?.name ?? Bilingual(record.category, record.category),
                          supervisors: supervisors)
    }

    /// The lines of the detail view, top to bottom, with their styles.
    func lines(_ language: Language) -> [(String, ThemeElement)] {
        let zh = language == .zh
        let sep = zh ? "：" : ": "
        var out: [(String, ThemeElement)] = []
        out.append(("\(record.number)  \(record.title)", .heading))
        out.append((Catalogue.columnState(language) + sep + record.state.label(language) + "   "
                    + status.symbol + " " + status.label(language), status == .overdue ? .overdue : .accent))
        out.append((Catalogue.columnCategory(language) + sep + categoryName(language) + " · " + record.handlingLevel.label(language)
                    + " · " + record.urgency.label(language), .normal))
        if let d = departmentName { out.append((Catalogue.columnDepartment(language) + sep + d, .normal)) }
        if let deadline = record.deadline { out.append((Catalogue.deadlineLabel(language) + sep + deadline.description, .normal)) }
        if !supervisors.isEmpty { out.append((Catalogue.supervisorsLabel(language) + sep + supervisors.joined(separator: "、"), .normal)) }
        out.append(("", .normal))
        out.append((Catalogue.opinionsHeading(language), .heading))
        for line in opinions {
            out.append(("  " + line.opinion.createdAt.prefix(16).replacingOccurrences(of: "T", with: " ") + "  "
                        + line.visitorName(language) + "  " + line.maskedPhone, .label))
            for part in line.opinion.text.split(separator: "\n") { out.append(("    " + part, .normal)) }
        }
        out.append(("", .normal))
        out.append((Catalogue.timelineHeading(language), .heading))
        for e in events {
            out.append(("  \(e.sequence). " + e.at.prefix(16).replacingOccurrences(of: "T", with: " ") + "  " + e.actor + "  "
                        + e.summary(language), .normal))
        }
        return out
    }
}
