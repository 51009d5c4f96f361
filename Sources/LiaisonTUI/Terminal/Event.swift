/// A key that is not plain text.
public enum Key: Equatable, Hashable, Sendable {
    case function(Int)          // F1…F12
    case alt(Character)         // Esc followed by a key within one read (Alt-1 … Alt-7)
    case ctrl(Character)        // Ctrl-A … Ctrl-Z, lower-case letter
    case tab, backTab
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, backspace, delete, insert, escape
}

/// What the app loop hands a screen.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// Printable text: one keystroke, or a whole IME commit / paste read in one go.
    case text(String)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A mouse click at a cell (only when mouse support is on).
    case click(x: Int, y: Int)

    /// A single printable character typed on its own (e.g. `?`, `j`), for key bindings.
    public var character: Character? {
        if case .text(let s) = self, s.count == 1 { return s.first }
        return nil
    }
}
