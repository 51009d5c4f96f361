import Foundation

/// What `liaison generate` makes: how many of each, from which seed, ending when.
public struct GenerationOptions: Sendable {
    public var opinions: Int
    public var representatives: Int
    public var stations: Int
    public var seed: UInt64
    /// The synthetic "now": no event happens after it; recent cases are still open.
    public var end: Date
    /// How many days of history lead up to `end`.
    public var days: Int
    /// Build the search index in bulk (false: through the row-by-row queue drain).
    public var searchIndexInBulk = true

    public init(opinions: Int, representatives: Int, stations: Int, seed: UInt64 = 1, end: Date = Date(), days: Int? = nil) {
        self.opinions = opinions
        self.representatives = representatives
        self.stations = stations
        self.seed = seed
        self.end = end
        // About three years at province scale; fewer days for a small set, so each day still has intakes.
        self.days = days ?? max(30, min(3 * 365, opinions / 200))
    }

    public struct Invalid: LiaisonError {
        public let message: Bilingual
    }

    public func validate() throws {
        guard stations >= 1, stations <= 100_000 else {
            throw Invalid(message: Bilingual("站点数须在 1 到 100000 之间", "--stations must be 1 to 100000"))
        }
        guard opinions >= 0, opinions <= 50_000_000 else {
            throw Invalid(message: Bilingual("意见数须在 0 到 5000 万之间", "--opinions must be 0 to 50,000,000"))
        }
        guard representatives >= 0, representatives <= 5_000_000 else {
            throw Invalid(message: Bilingual("代表数须在 0 到 500 万之间", "--representatives must be 0 to 5,000,000"))
        }
        guard days >= 1 else { throw Invalid(message: Bilingual("天数至少为 1", "days must be at least 1")) }
    }
}

/// What was made, for the command's report.
public struct GenerationSummary: Sendable {
    public var stations = 0
    public var representatives = 0
    public var visitors = 0
    public var opinions = 0
    public var cases = 0
    public var events = 0
    public var casesByState: [CaseState: Int] = [:]
    public var seconds = 0.0
    /// Seconds per step of the load (rows, indexes, counters, search, report facts, merge), in order.
    public var phases: [(name: String, seconds: Double)] = []
}
