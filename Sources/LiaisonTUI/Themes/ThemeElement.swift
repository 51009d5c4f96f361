/// The named parts of the screen a theme gives a style to. Widgets and screens
/// draw with these names only; the theme decides what they look like.
public enum ThemeElement: String, CaseIterable, Sendable {
    case normal
    case title          // the top status line
    case tab            // an inactive tab
    case tabActive = "tab_active"
    case border
    case heading        // section titles, table headers
    case selected       // the highlighted row of a list or table
    case field          // a text field without focus
    case fieldFocused = "field_focused"
    case label          // form labels
    case hint           // placeholder and secondary text
    case error          // validation messages, broken-theme notice
    case message        // transient message line
    case keybar         // bottom F-key bar
    case keybarKey = "keybar_key"
    case dialog         // modal confirm and help overlay
    case bar            // bar chart bars, sparkline
    case overdue        // overdue counts and deadlines
    case accent         // numbers worth noticing
    case code           // a QR code's light ground with dark half blocks: dark on light in every theme
    case codeDark = "code_dark"  // a dark module in the two-spaces-per-module (ASCII) form
}
