import Foundation

/// A hybrid logical clock: wall-clock milliseconds, a counter for events in the
/// same millisecond (or while the wall clock lags), and the station as tie-break.
/// After seeing a remote stamp, every local stamp is later, so a station that
/// saw a value and overwrote it wins over the value it saw.
public struct HybridLogicalClock: Sendable {
    public private(set) var last: HLCTimestamp
    public let node: String

    public init(node: String, last: HLCTimestamp? = nil) {
        self.node = node
        self.last = last ?? HLCTimestamp(millis: 0, counter: 0, node: node)
    }

    /// The stamp of a new local event.
    public mutating func tick(now: Date) -> HLCTimestamp {
        let wall = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        if wall > last.millis {
            last = HLCTimestamp(millis: wall, counter: 0, node: node)
        } else {
            last = HLCTimestamp(millis: last.millis, counter: last.counter + 1, node: node)
        }
        return last
    }

    /// Takes in a stamp seen from another station.
    public mutating func receive(_ remote: HLCTimestamp) {
        if (remote.millis, remote.counter) > (last.millis, last.counter) {
            last = HLCTimestamp(millis: remote.millis, counter: remote.counter, node: node)
        }
    }
}

/// One clock reading. Its text form sorts like the value itself, so stored
/// stamps compare as plain strings.
public struct HLCTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let millis: UInt64
    public let counter: UInt32
    public let node: String

    public init(millis: UInt64, counter: UInt32, node: String) {
        self.millis = millis
        self.counter = counter
        self.node = node
    }

    /// `000001764201234567.000003.<station id>`
    public var description: String {
        let m = String(millis), c = String(counter)
        return String(repeating: "0", count: max(0, 18 - m.count)) + m + "."
            + String(repeating: "0", count: max(0, 6 - c.count)) + c + "." + node
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 18, parts[1].count == 6,
              let millis = UInt64(parts[0]), let counter = UInt32(parts[1]) else { return nil }
        self.init(millis: millis, counter: counter, node: String(parts[2]))
    }

    public static func < (a: HLCTimestamp, b: HLCTimestamp) -> Bool {
        (a.millis, a.counter, a.node) < (b.millis, b.counter, b.node)
    }
}
