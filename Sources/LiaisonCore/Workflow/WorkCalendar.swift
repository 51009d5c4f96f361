import Foundation

/// China's working-day calendar: weekends, public holidays and make-up working
/// days (调休) as published each year, read from a plain file a station admin
/// extends. Dates in years the file does not cover fall back to plain weekdays,
/// and `covers` lets callers show a warning.
public struct WorkCalendar: Sendable {
    public private(set) var holidays: [Int: String] = [:]
    public private(set) var makeUpWorkdays: [Int: String] = [:]
    public private(set) var years: Set<Int> = []

    public init() {}

    /// Lines: `YYYY-MM-DD holiday|workday [name]`; `#` starts a comment.
    /// Returns the calendar and the numbers of lines it could not read.
    public static func parse(_ text: String) -> (calendar: WorkCalendar, badLines: [Int]) {
        var calendar = WorkCalendar()
        var bad: [Int] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { continue }
            guard fields.count >= 2, let date = CivilDate(String(fields[0])) else { bad.append(index + 1); continue }
            let name = fields.dropFirst(2).joined(separator: " ")
            switch fields[1].lowercased() {
            case "holiday": calendar.holidays[date.dayNumber] = name
            case "workday": calendar.makeUpWorkdays[date.dayNumber] = name
            default: bad.append(index + 1); continue
            }
            calendar.years.insert(date.year)
        }
        return (calendar, bad)
    }

    public func covers(_ date: CivilDate) -> Bool { years.contains(date.year) }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        let n = date.dayNumber
        if makeUpWorkdays[n] != nil { return true }
        if holidays[n] != nil { return false }
        return !date.isWeekend
    }

    /// The date `days` working days after `start` (start itself not counted).
    public func adding(workingDays days: Int, to start: CivilDate) -> CivilDate {
        var date = start
        var left = days
        while left > 0 {
            date = date.adding(days: 1)
            if isWorkingDay(date) { left -= 1 }
        }
        return date
    }

    /// Working days in (from, to]; 0 when `to` is not after `from`.
    public func workingDays(from: CivilDate, to: CivilDate) -> Int {
        guard to > from else { return 0 }
        var count = 0
        var date = from
        while date < to {
            date = date.adding(days: 1)
            if isWorkingDay(date) { count += 1 }
        }
        return count
    }

    /// True when a span touches a year the file does not cover.
    public func needsWarning(from: CivilDate, to: CivilDate) -> Bool {
        !(from.year...max(from.year, to.year)).allSatisfy { years.contains($0) }
    }
}
