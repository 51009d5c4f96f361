/// One item as `get_wch` returns it: a character code, or a key the terminal
/// library already decoded (mapped to `Key` by the backend).
public enum RawInput: Equatable, Sendable {
    case scalar(UInt32)
    case key(Key)
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
}

/// Turns one read burst (everything `get_wch` had ready) into events. Pure, so
/// the key mapping is tested without a terminal.
///
/// - Printable characters in a row become one `.text`: an IME commit of
///   "王小明" or a paste is inserted whole, not as three events.
/// - Esc followed by a character in the same burst is Alt-that-character
///   (how terminals send Alt-1); Esc alone is `.escape`.
/// - Control characters become keys: Tab, Enter, Backspace, Ctrl-letters.
public enum KeyDecoder {
    public static func decode(_ burst: [RawInput]) -> [Event] {
        var events: [Event] = []
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty { events.append(.text(String(text))); text = .init() }
        }
        var i = 0
        while i < burst.count {
            let item = burst[i]
            i += 1
            switch item {
            case .key(let k):
                flush(); events.append(.key(k))
            case .resize(let w, let h):
                flush(); events.append(.resize(width: w, height: h))
            case .click(let x, let y):
                flush(); events.append(.click(x: x, y: y))
            case .scalar(let v):
                if v == 0x1B {
                    flush()
                    if i < burst.count, case .scalar(let next) = burst[i], next >= 0x20, next != 0x7F, next != 0x1B,
                       let s = Unicode.Scalar(next) {
                        i += 1
                        // Esc [ or Esc O starts an escape sequence the library did not know: drop it whole.
                        if next == 0x5B || next == 0x4F {
                            while i < burst.count, case .scalar(let c) = burst[i], c < 0x40 || c > 0x7E { i += 1 }
                            if i < burst.count { i += 1 }
                            continue
                        }
                        events.append(.key(.alt(Character(s))))
                    } else {
                        events.append(.key(.escape))
                    }
                } else if let key = controlKey(v) {
                    flush(); events.append(.key(key))
                } else if v < 0x20 || (0x7F...0x9F).contains(v) {
                    flush()   // other controls are not text; ignore them
                } else if let s = Unicode.Scalar(v) {
                    text.append(s)
                }
            }
        }
        flush()
        return events
    }

    /// The key a C0 control character stands for.
    static func controlKey(_ v: UInt32) -> Key? {
        switch v {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(v + 0x60)!))
        default: return nil
        }
    }
}
