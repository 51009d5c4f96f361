import Foundation

/// Timestamps as stored: station local time with its offset, so they sort as
/// text and a month is `substr(at, 1, 7)`. Stations keep China Standard Time.
public enum StationTime {
    public static let offsetSeconds = 8 * 3600

    public static func format(_ date: Date) -> String {
        let totalMillis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) + Int64(offsetSeconds) * 1000
        let millis = Int(((totalMillis % 1000) + 1000) % 1000)
        let seconds = Int((totalMillis - Int64(millis)) / 1000)
        let day = CivilDate(dayNumber: Int(floor(Double(seconds) / 86_400)))
        let secondOfDay = seconds - day.dayNumber * 86_400
        return String(format: "%@T%02d:%02d:%02d.%03d+08:00", day.description,
                      secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60, millis)
    }

    /// Parses what `format` writes (also without milliseconds).
    public static func parse(_ text: String) -> Date? {
        guard text.count >= 19, let day = CivilDate(String(text.prefix(10))) else { return nil }
        let chars = Array(text)
        guard let h = Int(String(chars[11..<13])), let m = Int(String(chars[14..<16])),
              let s = Int(String(chars[17..<19])) else { return nil }
        var millis = 0
        if chars.count >= 23, chars[19] == ".", let ms = Int(String(chars[20..<23])) { millis = ms }
        let local = Double(day.dayNumber * 86_400 + h * 3600 + m * 60 + s) + Double(millis) / 1000
        return Date(timeIntervalSince1970: local - Double(offsetSeconds))
    }

    /// The local date part of a stored timestamp.
    public static func date(of text: String) -> CivilDate? { CivilDate(String(text.prefix(10))) }
}
