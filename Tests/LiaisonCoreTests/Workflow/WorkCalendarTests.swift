import Testing
@testable import LiaisonCore

@Suite("Workflow: working-day calendar")
struct WorkCalendarTests {
    let calendar = Fixtures.reference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    @Test func civilDateArithmetic() {
        #expect(d("2026-02-28").adding(days: 1) == d("2026-03-01"))
        #expect(d("2024-02-28").adding(days: 1) == d("2024-02-29"))
        #expect(d("2026-11-27").weekday == 4) // a Friday
        #expect(CivilDate(dayNumber: d("1999-12-31").dayNumber) == d("1999-12-31"))
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    }

    @Test func springFestival2026AndItsMakeUpSaturdays() {
        // 2026-02-14 (Sat) and 2026-02-28 (Sat) are working days; 02-15 … 02-23 are holidays.
        #expect(calendar.isWorkingDay(d("2026-02-14")))
        #expect(calendar.isWorkingDay(d("2026-02-28")))
        #expect(!calendar.isWorkingDay(d("2026-02-16")))
        #expect(!calendar.isWorkingDay(d("2026-02-23"))) // a Monday inside the holiday
        #expect(calendar.adding(workingDays: 1, to: d("2026-02-13")) == d("2026-02-14"))
        #expect(calendar.adding(workingDays: 2, to: d("2026-02-13")) == d("2026-02-24"))
        #expect(calendar.workingDays(from: d("2026-02-13"), to: d("2026-02-24")) == 2)
        // 10 working days from 2026-02-10: 11,12,13,14(Sat),24,25,26,27,28(Sat),3-2.
        #expect(calendar.adding(workingDays: 10, to: d("2026-02-10")) == d("2026-03-02"))
    }

    @Test func springFestival2025() {
        #expect(calendar.adding(workingDays: 1, to: d("2025-01-24")) == d("2025-01-26")) // Sunday make-up day
        #expect(calendar.adding(workingDays: 3, to: d("2025-01-24")) == d("2025-02-05"))
    }

    @Test func nationalDay2026() {
        #expect(calendar.isWorkingDay(d("2026-09-20")) && calendar.isWorkingDay(d("2026-10-10")))
        #expect(calendar.adding(workingDays: 1, to: d("2026-09-30")) == d("2026-10-08"))
    }

    @Test func yearsOutsideTheFileFallBackToWeekdaysWithAWarning() {
        #expect(!calendar.covers(d("2027-10-01")))
        #expect(calendar.needsWarning(from: d("2026-12-20"), to: d("2027-01-05")))
        #expect(!calendar.needsWarning(from: d("2026-01-05"), to: d("2026-03-05")))
        // 2027-10-01 is a Friday; without the file it is a plain working day.
        #expect(calendar.isWorkingDay(d("2027-10-01")))
        #expect(calendar.adding(workingDays: 1, to: d("2027-10-01")) == d("2027-10-04"))
    }

    @Test func badLinesAreReported() {
        let (cal, bad) = WorkCalendar.parse("2026-01-01 holiday 元旦\nnot a line\n2026-13-01 holiday x\n2026-01-04 workday 调休\n")
        #expect(bad == [2, 3])
        #expect(cal.isWorkingDay(d("2026-01-04")) && !cal.isWorkingDay(d("2026-01-01")))
    }
}
