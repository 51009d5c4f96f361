import Foundation

/// Makes globally unique, time-ordered text keys with a station part:
/// 10 characters of milliseconds since 1970 (Crockford base-32, so keys sort by time),
/// the station's 4-character site tag, and 6 characters of counter and randomness.
/// Rows made at different stations never collide when their data is merged.
public struct EntityKeyGenerator {
    public let siteTag: String
    private var lastMillis: UInt64 = 0
    private var tail: UInt64 = 0
    private var random: SplitMix64

    public init(siteTag: String, seed: UInt64 = UInt64.random(in: 0...UInt64.max)) {
        precondition(siteTag.count == 4, "site tag must be 4 characters")
        self.siteTag = siteTag
        self.random = SplitMix64(seed: seed)
    }

    public mutating func next(at date: Date = Date()) -> String {
        var millis = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        if millis <= lastMillis {
            // Same or earlier millisecond (clock step back): stay monotonic.
            millis = lastMillis
            tail += 1
        } else {
            tail = UInt64.random(in: 0..<(1 << 29), using: &random)
        }
        lastMillis = millis
        return Crockford.encode(millis, digits: 10) + siteTag + Crockford.encode(tail & ((1 << 30) - 1), digits: 6)
    }

    /// A fresh random site tag for a new station database.
    public static func newSiteTag() -> String {
        Crockford.encode(UInt64.random(in: 0..<(1 << 20)), digits: 4)
    }
}
