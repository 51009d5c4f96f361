import Foundation

/// The dates a report covers, both ends included (station local dates).
public struct ReportPeriod: Sendable, Hashable {
    public let from: CivilDate
    public let to: CivilDate

    public init?(from: CivilDate, to: CivilDate) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    /// A calendar month.
    public static func month(year: Int, month: Int) -> ReportPeriod? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        return ReportPeriod(from: first, to: CivilDate(year: year, month: month, day: CivilDate.daysIn(year: year, month: month))!)
    }

    /// Parses `YYYY-MM` (also `YYYY/MM`, `YYYYMM`).
    public static func month(_ text: String) -> ReportPeriod? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).compactMap { Int($0) }
        if parts.count == 2 { return month(year: parts[0], month: parts[1]) }
        if t.count == 6, let n = Int(t) { return month(year: n / 100, month: n % 100) }
        return nil
    }

    /// True when the period is exactly one calendar month.
    public var isMonth: Bool {
        from.day == 1 && from.year == to.year && from.month == to.month && to.day == CivilDate.daysIn(year: to.year, month: to.month)
    }

    public var label: Bilingual {
        if isMonth {
            return Bilingual("\(from.year)年\(from.month)月", String(format: "%04d-%02d", from.year, from.month))
        }
        return Bilingual("\(from)至\(to)", "\(from) to \(to)")
    }

    /// The `YYYY-MM` months the period touches (for the month indexes).
    public var months: [String] {
        var out: [String] = []
        var y = from.year, m = from.month
        while (y, m) <= (to.year, to.month) {
            out.append(String(format: "%04d-%02d", y, m))
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }

    /// Stored timestamps in the period are ≥ `lowerStamp` and < `upperStamp`.
    public var lowerStamp: String { from.description }
    public var upperStamp: String { to.adding(days: 1).description }

    public var days: [CivilDate] { (from.dayNumber...to.dayNumber).map { CivilDate(dayNumber: $0) } }
}
