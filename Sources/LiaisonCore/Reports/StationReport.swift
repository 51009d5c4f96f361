/// A station's report for a period: plain values, drawn by the terminal (F6)
/// and written as text, Markdown, CSV or HTML. Every figure is computed by
/// `ReportBuilder` from `ReportFacts`; see there for the exact definitions.
public struct StationReport: Sendable, Hashable {
    public struct Count: Sendable, Hashable {
        public let key: String
        public let label: Bilingual
        public let count: Int
    }

    /// A rate kept as its fraction, so a reader can check it; `value` is nil when nothing was counted.
    public struct Rate: Sendable, Hashable {
        public let numerator: Int
        public let denominator: Int
        public var value: Double? { denominator > 0 ? Double(numerator) / Double(denominator) : nil }

        public init(_ numerator: Int, _ denominator: Int) {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    public struct Totals: Sendable, Hashable {
        public let sessions: Int
        /// Distinct visitors who raised an opinion in the period.
        public let visitors: Int
        /// Those visitors counted with their group size (人次).
        public let headcount: Int
        public let opinions: Int
        /// Cases registered in the period (merged duplicates excluded).
        public let cases: Int
        /// Of those, still open at the period's end.
        public let openCases: Int
        /// Of those, open and past their effective deadline at the period's end.
        public let overdueCases: Int
        public let clustersFormed: Int
        public let suggestions: Int
    }

    public struct Rates: Sendable, Hashable {
        public let response: Rate
        public let resolution: Rate
        public let satisfaction: Rate
        public let onTime: Rate
    }

    public struct DailyCount: Sendable, Hashable {
        public let date: CivilDate
        public let opinions: Int
    }

    public struct ClusterLine: Sendable, Hashable {
        public let name: String
        public let members: Int
        public let membersInPeriod: Int
        public let suggestionState: Suggestion.State?
    }

    public struct DepartmentLine: Sendable, Hashable {
        public let name: String
        public let dispatched: Int
        public let answered: Int
        public let onTime: Rate
        public let overdue: Int
        public let medianWorkingDays: Double?
        public let satisfaction: Rate
    }

    public struct RepresentativeLine: Sendable, Hashable {
        public let name: String
        public let sessionsAttended: Int
        public let opinionsReceived: Int
        public let casesSupervised: Int
        public let suggestions: Int
    }

    public struct Evaluation: Sendable, Hashable {
        /// 0–100: the mean of the available rates (equal weights), as a percentage.
        public let score: Int?
        public let grade: Bilingual
        public let strengths: [Bilingual]
        public let concerns: [Bilingual]
    }

    public let stationName: String
    public let period: ReportPeriod
    public let generatedAt: String
    public let totals: Totals
    public let byCategory: [Count]
    public let byState: [Count]
    public let byPlace: [Count]
    public let rates: Rates
    /// Median working days from registration to the first answer (reply or on-site resolution).
    public let medianHandlingWorkingDays: Double?
    public let daily: [DailyCount]
    public let topClusters: [ClusterLine]
    public let departments: [DepartmentLine]
    public let representatives: [RepresentativeLine]
    public let evaluation: Evaluation
    /// 民意报告: the figures told as prose, paragraph by paragraph.
    public let narrative: [Bilingual]
}
