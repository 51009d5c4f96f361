import Foundation

/// A moment in station local time as milliseconds (China Standard Time, no
/// DST), with fast formatting: `StationTime.format` goes through Foundation's
/// String(format:), too slow for millions of generated timestamps.
struct LocalInstant: Comparable, Hashable {
    static let millisPerDay: Int64 = 86_400_000
    var millis: Int64

    init(millis: Int64) { self.millis = millis }

    init(day: CivilDate, minuteOfDay: Int, millisecond: Int = 0) {
        millis = Int64(day.dayNumber) * Self.millisPerDay + Int64(minuteOfDay) * 60_000 + Int64(millisecond)
    }

    init(_ date: Date) {
        millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) + Int64(StationTime.offsetSeconds) * 1000
    }

    var dayNumber: Int { Int(millis / Self.millisPerDay) }
    var day: CivilDate { CivilDate(dayNumber: dayNumber) }
    var minuteOfDay: Int { Int((millis % Self.millisPerDay) / 60_000) }
    var date: Date { Date(timeIntervalSince1970: Double(millis - Int64(StationTime.offsetSeconds) * 1000) / 1000) }

    static func < (a: LocalInstant, b: LocalInstant) -> Bool { a.millis < b.millis }

    /// The same text as `StationTime.format`: `2026-03-05T09:30:00.000+08:00`.
    var text: String {
        let d = day
        let ms = Int(millis % Self.millisPerDay)
        var bytes = [UInt8](repeating: 0, count: 29)
        func put(_ value: Int, at offset: Int, digits: Int) {
            var v = value
            for i in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[i] = UInt8(48 + v % 10)
                v /= 10
            }
        }
        put(d.year, at: 0, digits: 4); bytes[4] = 45
        put(d.month, at: 5, digits: 2); bytes[7] = 45
        put(d.day, at: 8, digits: 2); bytes[10] = 84
        put(ms / 3_600_000, at: 11, digits: 2); bytes[13] = 58
        put((ms / 60_000) % 60, at: 14, digits: 2); bytes[16] = 58
        put((ms / 1000) % 60, at: 17, digits: 2); bytes[19] = 46
        put(ms % 1000, at: 20, digits: 3)
        for (i, c) in "+08:00".utf8.enumerated() { bytes[23 + i] = c }
        return String(decoding: bytes, as: UTF8.self)
    }
}
