import Foundation

/// A calendar date without time or zone (deadlines, holidays), as a day number
/// so working-day arithmetic is plain integer work.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private static func storedForm(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let u = text.utf8
        guard u.count == 10 else { return nil }
        var values = (0, 0, 0), index = 0
        for byte in u {
            switch index {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard byte >= 48, byte <= 57 else { return nil }
                let digit = Int(byte - 48)
                if index < 4 { values.0 = values.0 * 10 + digit } else if index < 7 { values.1 = values.1 * 10 + digit }
                else { values.2 = values.2 * 10 + digit }
            }
            index += 1
        }
        return values
    }

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`, `YYYYMMDD`).
    public init?(_ text: String) {
        // `YYYY-MM-DD` as stored (every event's timestamp starts so) without Foundation.
        if let parsed = Self.storedForm(text) {
            self.init(year: parsed.year, month: parsed.month, day: parsed.day)
            return
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        let digits = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let parts: [Int]
        if digits.count == 3 {
            parts = digits.compactMap { Int($0) }
        } else if t.count == 8, t.allSatisfy(\.isASCII), let _ = Int(t) {
            let chars = Array(t)
            parts = [Int(String(chars[0..<4]))!, Int(String(chars[4..<6]))!, Int(String(chars[6..<8]))!]
        } else {
            return nil
        }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }
    public var isWeekend: Bool { weekday >= 5 }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// `YYYY-MM-DD`, written digit by digit: String(format:) cost a microsecond a call.
    public var description: String {
        guard (0...9999).contains(year) else { return String(format: "%04d-%02d-%02d", year, month, day) }
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10), 45,
             UInt8(48 + month / 10), UInt8(48 + month % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10))
        return withUnsafeBytes(of: &bytes) { String(decoding: $0, as: UTF8.self) }
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    /// The station's local date of an instant (China Standard Time, UTC+8, no DST).
    public static func local(_ date: Date) -> CivilDate {
        let seconds = Int(floor(date.timeIntervalSince1970)) + StationTime.offsetSeconds
        return CivilDate(dayNumber: Int(floor(Double(seconds) / 86_400)))
    }
}
