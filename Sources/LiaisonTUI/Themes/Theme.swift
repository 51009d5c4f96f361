import LiaisonCore

/// A set of styles by element name, read from a file in `Themes/`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [ThemeElement: Style]

    public init(name: String, styles: [ThemeElement: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `element`; elements a file leaves out look like `normal`.
    public func style(_ element: ThemeElement) -> Style {
        styles[element] ?? styles[.normal] ?? Style()
    }

    /// True when no element asks for a colour (the mono theme): the backend
    /// then uses attributes only, as with `NO_COLOR`.
    public var usesColor: Bool {
        styles.values.contains { $0.foreground != .terminalDefault || $0.background != .terminalDefault }
    }

    /// Built in, so the front desk looks right even with no theme files at all.
    /// Same as Themes/default.theme.
    public static let builtIn: Theme = {
        // The built-in text is a constant that parses; a failure here is a programming error.
        (try? ThemeParser.parse(builtInSource, name: "default")) ?? Theme(name: "default", styles: [:])
    }()

    public static let builtInSource = """
    # Liaison default theme: the terminal's own colours, a few accents.
    normal        = default  default
    title         = white    blue     bold
    tab           = default  default
    tab_active    = white    blue     bold
    border        = cyan     default
    heading       = cyan     default  bold
    selected      = black    cyan
    field         = default  default  underline
    field_focused = black    white
    label         = default  default  bold
    hint          = default  default  dim
    error         = red      default  bold
    message       = green    default  bold
    keybar        = default  default
    keybar_key    = black    cyan
    dialog        = default  default
    bar           = cyan     default
    overdue       = red      default  bold
    accent        = yellow   default  bold
    code          = black    white
    code_dark     = white    black
    """
}
