import LiaisonCore

/// The number of cases in one state, with the state's name in both languages.
public struct CaseCount: Sendable, Equatable {
    public let label: Bilingual
    public let count: Int
    public init(label: Bilingual, count: Int) {
        self.label = label
        self.count = count
    }
}

/// What the home screen shows.
public struct HomeSummary: Sendable, Equatable {
    public var stationName: String
    /// 联络站 / 联络点 …
    public var stationKind: Bilingual
    /// Title of the reception session open today, if any.
    public var openSessionTitle: String?
    public var caseCounts: [CaseCount]
    public var overdueCount: Int
    public var userName: String
    /// Opinions recorded per day, oldest first (for a sparkline); may be empty.
    public var opinionsPerDay: [Int]

    public init(stationName: String, stationKind: Bilingual, openSessionTitle: String?, caseCounts: [CaseCount],
                overdueCount: Int, userName: String, opinionsPerDay: [Int] = []) {
        self.stationName = stationName
        self.stationKind = stationKind
        self.openSessionTitle = openSessionTitle
        self.caseCounts = caseCounts
        self.overdueCount = overdueCount
        self.userName = userName
        self.opinionsPerDay = opinionsPerDay
    }
}

/// Everything the front desk reads or writes, implemented over the store by
/// the `liaison` executable. The front desk calls it only from its own loop,
/// on one thread.
public protocol FrontDeskDataSource: AnyObject {
    /// Station, today's session, case counts by state, overdue count, who is at the desk.
    func homeSummary() throws -> HomeSummary
    /// A setting remembered for the signed-in user (e.g. "theme"); nil when unset.
    func preference(_ key: String) -> String?
    /// Remember a setting for the signed-in user.
    func setPreference(_ key: String, _ value: String)
    /// Changes whenever any process writes; the front desk polls it about once
    /// a second and reloads the open screen when it changes.
    func changeToken() -> Int64
    /// Keep unsaved form input under `key` (nil removes it). Called before the
    /// front desk exits on a hang-up or signal. Default: kept as a preference.
    func saveDraft(_ key: String, _ text: String?)
    /// The draft kept under `key`, to restore when the form opens again.
    func draft(_ key: String) -> String?
    /// The station database, for screens that list and change records
    /// (intake, cases, sessions…); nil for data sources without one.
    var station: StationDatabase? { get }
}

extension FrontDeskDataSource {
    public var station: StationDatabase? { nil }

    public func saveDraft(_ key: String, _ text: String?) {
        setPreference("draft." + key, text ?? "")
    }
    public func draft(_ key: String) -> String? {
        guard let text = preference("draft." + key), !text.isEmpty else { return nil }
        return text
    }
}
