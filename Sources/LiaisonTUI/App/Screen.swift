import LiaisonCore

/// What a screen asks the shell to do after an event.
public enum Action: Equatable, Sendable {
    /// The screen did not use the event; the shell may (Esc → back, `?` → help).
    case ignored
    /// Used; redraw.
    case handled
    case open(Destination)
    case back
    case quit
    case message(Bilingual)
    case error(Bilingual)
    /// Reload this screen's data from the data source.
    case reload
    /// Switch to the next colour theme and remember it.
    case nextTheme
    /// Carry out what the screen has prepared (save, take a case action) through
    /// `Screen.perform(with:)`, then reload it — the shell owns the data source.
    case perform
}

/// A screen: a value with state. It reads data only in `reload`, answers
/// events with an `Action`, and draws into a canvas — it never touches the
/// terminal, so tests drive it with scripted events.
public protocol Screen: Sendable {
    var destination: Destination { get }
    /// The keys this screen takes, for the help overlay (global keys are added by the shell).
    var keyHelp: [KeyHelp] { get }
    /// True while a text field has focus: `?`, `/`, `j`, `k` are then typed, not commands.
    var capturesText: Bool { get }
    /// Read what the screen shows. Called on entry and whenever the data changed.
    mutating func reload(from data: FrontDeskDataSource) throws
    mutating func handle(_ event: Event) -> Action
    func render(into canvas: inout Canvas, area: Rect, language: Language)
    /// The area the screen will be drawn in, given on entry and on every resize,
    /// before events arrive: for widgets whose keys depend on layout (wrapped text, pages).
    mutating func layout(_ area: Rect)
    /// Unsaved input to keep if the session ends abruptly (key, text), if any.
    func draft() -> (key: String, text: String)?
    /// Writes what `handle` prepared (after it returned `.perform`); the returned
    /// text is shown on the message line. A thrown `LiaisonError` is shown as an error
    /// and the screen keeps its input.
    mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual?
}

extension Screen {
    public var capturesText: Bool { false }
    public func draft() -> (key: String, text: String)? { nil }
    public mutating func reload(from data: FrontDeskDataSource) throws {}
    public mutating func layout(_ area: Rect) {}
    public mutating func perform(with data: FrontDeskDataSource) throws -> Bilingual? { nil }
}
