import Testing
@testable import LiaisonCore

/// The working-day tables must answer exactly as walking the calendar day by
/// day does, inside the tables and across their edges.
@Suite("Workflow: working-day ordinals agree with the day-by-day walk")
struct WorkCalendarOrdinalTests {
    let calendar = Fixtures.reference.calendar

    /// The definitions, walked a day at a time (what the tables replace).
    func walkedIsWorkingDay(_ date: CivilDate) -> Bool {
        if calendar.makeUpWorkdays[date.dayNumber] != nil { return true }
        if calendar.holidays[date.dayNumber] != nil { return false }
        return !date.isWeekend
    }

    func walkedWorkingDays(from: CivilDate, to: CivilDate) -> Int {
        guard to > from else { return 0 }
        var count = 0, date = from
        while date < to {
            date = date.adding(days: 1)
            if walkedIsWorkingDay(date) { count += 1 }
        }
        return count
    }

    func walkedAdding(_ days: Int, to start: CivilDate) -> CivilDate {
        var date = start, left = days
        while left > 0 {
            date = date.adding(days: 1)
            if walkedIsWorkingDay(date) { left -= 1 }
        }
        return date
    }

    @Test func everyDayOfTheCoveredYearsAndBeyond() {
        var date = CivilDate(year: 2024, month: 12, day: 1)!
        let end = CivilDate(year: 2027, month: 2, day: 1)!
        var working = 0
        while date <= end {
            #expect(calendar.isWorkingDay(date) == walkedIsWorkingDay(date), "\(date)")
            if walkedIsWorkingDay(date) { working += 1 }
            date = date.adding(days: 1)
        }
        #expect(working > 500)
    }

    @Test func randomSpansAndAdditions() {
        var rng = SplitMix64(seed: 42)
        // Spans from far outside the tables (1990, 2080) to deep inside them.
        let low = CivilDate(year: 1990, month: 1, day: 1)!.dayNumber
        let high = CivilDate(year: 2080, month: 12, day: 31)!.dayNumber
        let near = CivilDate(year: 2026, month: 1, day: 1)!.dayNumber
        for i in 0..<3_000 {
            let a = i % 3 == 0 ? Int.random(in: low...high, using: &rng) : near + Int.random(in: -800...800, using: &rng)
            let b = a + Int.random(in: -40...400, using: &rng)
            let from = CivilDate(dayNumber: a), to = CivilDate(dayNumber: b)
            #expect(calendar.workingDays(from: from, to: to) == walkedWorkingDays(from: from, to: to), "\(from) → \(to)")
            let days = Int.random(in: -2...60, using: &rng)
            #expect(calendar.adding(workingDays: days, to: from) == walkedAdding(days, to: from), "\(from) + \(days)")
        }
    }

    @Test func anEmptyCalendarIsPlainWeekdays() {
        let plain = WorkCalendar()
        let friday = CivilDate(year: 2026, month: 11, day: 27)!
        #expect(plain.isWorkingDay(friday))
        #expect(!plain.isWorkingDay(friday.adding(days: 1)))
        #expect(plain.adding(workingDays: 1, to: friday) == friday.adding(days: 3))
        #expect(plain.workingDays(from: friday, to: friday.adding(days: 7)) == 5)
    }
}

@Suite("Workflow: stored dates read from their bytes")
struct StoredDateTests {
    @Test func agreesWithTheGeneralParser() {
        var rng = SplitMix64(seed: 17)
        for _ in 0..<2_000 {
            let date = CivilDate(dayNumber: Int.random(in: -30_000...60_000, using: &rng))
            #expect(CivilDate.stored(date.description) == date)
        }
        for text in ["2026-02-29", "2026-13-01", "2026-1-05", "2026/03/02", "20260302", " 2026-03-02", "2026-03-0x", "", "２０２６-03-02"] {
            #expect(CivilDate.stored(text) == CivilDate(text), "\(text)")
        }
    }
}
