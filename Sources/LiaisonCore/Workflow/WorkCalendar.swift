import Foundation

/// China's working-day calendar: weekends, public holidays and make-up working
/// days (调休) as published each year, read from a plain file a station admin
/// extends. Dates in years the file does not cover fall back to plain weekdays,
/// and `covers` lets callers show a warning.
public struct WorkCalendar: Sendable {
    public private(set) var holidays: [Int: String] = [:]
    public private(set) var makeUpWorkdays: [Int: String] = [:]
    public private(set) var years: Set<Int> = []
    /// Working-day ordinals, built once from the calendar: `ordinals[i]` is the
    /// number of working days in [ordinalBase, ordinalBase + i], and
    /// `workingDayNumbers[k]` the day number of the (k+1)-th of them. Counting
    /// and adding working days are then a subtraction and a lookup, not a loop.
    private var ordinalBase = 0
    private var ordinals: [Int32] = []
    private var workingDayNumbers: [Int32] = []

    public init() { buildOrdinals() }

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
        calendar.buildOrdinals()
        return (calendar, bad)
    }

    /// Tables from ten years before to ten years after this year (and every
    /// year the file names); dates outside fall back to the day-by-day loops.
    private mutating func buildOrdinals() {
        let thisYear = CivilDate.local(Date()).year
        let first = CivilDate(year: min(years.min() ?? thisYear, thisYear - 10), month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: max(years.max() ?? thisYear, thisYear + 10), month: 12, day: 31)!.dayNumber
        var working = (first...last).map { (($0 % 7) + 7 + 3) % 7 < 5 }   // Monday … Friday, as CivilDate.weekday
        for n in holidays.keys where n >= first && n <= last { working[n - first] = false }
        for n in makeUpWorkdays.keys where n >= first && n <= last { working[n - first] = true }
        ordinalBase = first
        ordinals = []
        ordinals.reserveCapacity(working.count)
        workingDayNumbers = []
        var count: Int32 = 0
        for (i, isWorking) in working.enumerated() {
            if isWorking {
                count += 1
                workingDayNumbers.append(Int32(first + i))
            }
            ordinals.append(count)
        }
    }

    /// Working days in [ordinalBase, day], or nil outside the tables.
    private func ordinal(_ dayNumber: Int) -> Int? {
        let i = dayNumber - ordinalBase
        return i >= 0 && i < ordinals.count ? Int(ordinals[i]) : nil
    }

    public func covers(_ date: CivilDate) -> Bool { years.contains(date.year) }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        let n = date.dayNumber
        if let w = ordinal(n) { return w - (ordinal(n - 1) ?? 0) == 1 }
        if makeUpWorkdays[n] != nil { return true }
        if holidays[n] != nil { return false }
        return !date.isWeekend
    }

    /// The date `days` working days after `start` (start itself not counted).
    public func adding(workingDays days: Int, to start: CivilDate) -> CivilDate {
        guard days > 0 else { return start }
        if let w = ordinal(start.dayNumber), w + days - 1 < workingDayNumbers.count {
            return CivilDate(dayNumber: Int(workingDayNumbers[w + days - 1]))
        }
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
        let (a, b) = (from.dayNumber, to.dayNumber)
        guard b > a else { return 0 }
        if let wa = ordinal(a), let wb = ordinal(b) { return wb - wa }
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

extension CivilDate {
    /// A date as the store writes it (`YYYY-MM-DD`), read from its bytes: a
    /// queue page reads one per row. Anything else goes to `init(_:)`.
    public static func stored(_ text: String) -> CivilDate? {
        var text = text
        let quick: CivilDate?? = text.withUTF8 { b in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            var n = [0, 0, 0]
            for (part, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
                for i in range {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    n[part] = n[part] * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
            }
            return .some(CivilDate(year: n[0], month: n[1], day: n[2]))
        }
        return quick ?? CivilDate(text)
    }
}
