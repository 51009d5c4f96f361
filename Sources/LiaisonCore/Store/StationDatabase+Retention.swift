import Foundation

/// What a retention run found and did.
public struct RetentionReport: Sendable, Equatable {
    public let years: Int
    /// Cases closed before this moment count as old enough.
    public let cutoff: String
    public let eligible: Int
    public let anonymised: Int
    public let dryRun: Bool

    public func summary(_ language: Language) -> String {
        language == .zh
            ? (dryRun ? "试运行：" : "") + "\(cutoff.prefix(10)) 前办结、到期的来访者 \(eligible) 位，已匿名化 \(anonymised) 位（保留期 \(years) 年）"
            : (dryRun ? "Dry run: " : "") + "\(eligible) visitors whose cases all closed before \(cutoff.prefix(10)); \(anonymised) anonymised (retention \(years) years)"
    }
}

/// Retention (PIPL art. 19, 47): a visitor's phone, resident ID and name are
/// cleared a configurable time after all their cases closed. The visitor,
/// opinion and case rows stay, so statistics keep counting them.
extension StationDatabase {
    public static let defaultRetentionYears = 3
    public static let allowedRetentionYears = 1...30

    /// Years personal fields are kept after the last case closes (setting `retention_years`).
    public func retentionYears() -> Int {
        setting("retention_years").flatMap(Int.init).flatMap { Self.allowedRetentionYears.contains($0) ? $0 : nil } ?? Self.defaultRetentionYears
    }

    public func setRetentionYears(_ years: Int, by user: User) throws {
        let who = try currentUser(user)
        try AccessPolicy.require(.changeSettings, who)
        guard Self.allowedRetentionYears.contains(years) else {
            throw AccessError.settingOutOfRange(Bilingual("保留年限", "Retention years"), Self.allowedRetentionYears)
        }
        try db.write {
            try setSetting("retention_years", String(years))
            try auditAs(who.name, action: "setting", subject: "retention_years", reason: String(years))
        }
    }

    /// Anonymises every visitor whose cases all closed more than `years` ago
    /// (a merged case counts by the case it was merged into). All or nothing.
    public func applyRetention(by user: User, years: Int? = nil, dryRun: Bool = false) throws -> RetentionReport {
        let who = try currentUser(user)
        try AccessPolicy.require(.runRetention, who)
        let keep = years ?? retentionYears()
        guard Self.allowedRetentionYears.contains(keep) else {
            throw AccessError.settingOutOfRange(Bilingual("保留年限", "Retention years"), Self.allowedRetentionYears)
        }
        let cutoffDate = Calendar(identifier: .gregorian).date(byAdding: .year, value: -keep, to: now()) ?? now()
        let cutoff = StationTime.format(cutoffDate)
        return try db.write {
            let due = try visitorsPastRetention(cutoff: cutoff)
            guard !dryRun else {
                return RetentionReport(years: keep, cutoff: cutoff, eligible: due.count, anonymised: 0, dryRun: true)
            }
            let stamp = timestamp()
            for id in due {
                try db.execute("""
                    UPDATE visitor_personal SET phone = '', phone_key = '', resident_id = '', anonymised_at = ?, updated_at = ?
                    WHERE visitor_id = ? AND anonymised_at IS NULL
                    """, stamp, stamp, id)
                try db.execute("UPDATE visitor SET name = '', updated_at = ? WHERE id = ?", stamp, id)
            }
            try auditAs(who.name, action: "retention", subject: "visitors:\(due.count)",
                        reason: "closed before \(cutoff) (\(keep) years)")
            return RetentionReport(years: keep, cutoff: cutoff, eligible: due.count, anonymised: due.count, dryRun: false)
        }
    }

    /// Visitors not yet anonymised whose every case is closed before `cutoff`.
    func visitorsPastRetention(cutoff: String) throws -> [String] {
        var cases: [String: (state: String, mergedInto: String?, closedAt: String?)] = [:]
        try db.forEach("SELECT id, state, merged_into, closed_at FROM cases") { r in
            cases[r.string(0)] = (r.string(1), r.optionalString(2), r.optionalString(3))
            return true
        }
        func finishedBeforeCutoff(_ id: String) -> Bool {
            var current = id
            for _ in 0..<64 {   // a merge chain is short; a loop would be damage, counted as not finished
                guard let c = cases[current] else { return false }
                if c.state == CaseState.merged.rawValue, let target = c.mergedInto { current = target; continue }
                return c.state == CaseState.closed.rawValue && (c.closedAt ?? cutoff) < cutoff
            }
            return false
        }
        var verdict: [String: Bool] = [:]
        try db.forEach("""
            SELECT o.visitor_id, o.case_id FROM opinion o JOIN visitor_personal p ON p.visitor_id = o.visitor_id
            WHERE p.anonymised_at IS NULL
            """) { r in
            let visitor = r.string(0)
            verdict[visitor] = (verdict[visitor] ?? true) && finishedBeforeCutoff(r.string(1))
            return true
        }
        return verdict.filter(\.value).map(\.key).sorted()
    }
}
