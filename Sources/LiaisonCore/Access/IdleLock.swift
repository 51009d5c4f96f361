import Foundation

/// The idle-lock rule: after `minutes` without a key press the desk shows the
/// lock screen and asks the same person (or another) to sign in again. Pure
/// value: the app loop calls `touch` on every key and asks `isDue` on ticks.
public struct IdleLock: Sendable, Equatable {
    public static let defaultMinutes = 10
    public static let allowedMinutes = 1...240

    public let minutes: Int
    public private(set) var lastActivity: Date

    public init(minutes: Int = defaultMinutes, since start: Date) {
        self.minutes = min(max(minutes, Self.allowedMinutes.lowerBound), Self.allowedMinutes.upperBound)
        lastActivity = start
    }

    /// A key was pressed (or the mouse moved) at `date`.
    public mutating func touch(at date: Date) {
        if date > lastActivity { lastActivity = date }
    }

    /// True once the desk has been idle for the whole period.
    public func isDue(at date: Date) -> Bool {
        date.timeIntervalSince(lastActivity) >= TimeInterval(minutes * 60)
    }

    /// Seconds left before the lock (0 when due), for a status-line countdown.
    public func remaining(at date: Date) -> TimeInterval {
        max(0, TimeInterval(minutes * 60) - date.timeIntervalSince(lastActivity))
    }
}
