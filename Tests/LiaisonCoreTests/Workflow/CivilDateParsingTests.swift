import Testing
@testable import LiaisonCore

/// Stored dates take a fast path; typed dates (spaces, slashes, 8 digits) the general one.
@Suite("Civil date parsing")
struct CivilDateParsingTests {
    @Test("stored form, typed forms and impossible dates")
    func forms() {
        #expect(CivilDate("2026-11-27") == CivilDate(year: 2026, month: 11, day: 27))
        #expect(CivilDate(" 2026-11-27 ") == CivilDate(year: 2026, month: 11, day: 27))
        #expect(CivilDate("2026/1/5") == CivilDate(year: 2026, month: 1, day: 5))
        #expect(CivilDate("20260105") == CivilDate(year: 2026, month: 1, day: 5))
        #expect(CivilDate("2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate("2026-02-29") == nil)
        #expect(CivilDate("2026-13-01") == nil)
        #expect(CivilDate("2026-00-10") == nil)
        #expect(CivilDate("2026-1x-10") == nil)
    }

    @Test("every day of four years reads back from its stored text")
    func roundTrip() {
        var day = CivilDate(year: 2023, month: 1, day: 1)!
        for _ in 0..<(4 * 366) {
            #expect(CivilDate(day.description) == day)
            #expect(StationTime.date(of: day.description + "T09:30:00.000+08:00") == day)
            day = day.adding(days: 1)
        }
    }
}
