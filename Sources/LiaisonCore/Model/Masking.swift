/// Masks personal numbers for display and export: `138****1234`; an ID keeps its
/// first 3 and last 4 characters.
public enum Masking {
    public static func phone(_ phone: String) -> String {
        let chars = Array(phone)
        guard !chars.isEmpty else { return "" }
        guard chars.count > 7 else { return String(repeating: "*", count: chars.count) }
        let head = chars.count >= 11 ? 3 : min(4, chars.count - 4)
        let tail = 4
        return String(chars.prefix(head)) + String(repeating: "*", count: chars.count - head - tail)
            + String(chars.suffix(tail))
    }

    public static func residentID(_ id: String) -> String {
        let chars = Array(id)
        guard !chars.isEmpty else { return "" }
        guard chars.count > 7 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(3)) + String(repeating: "*", count: chars.count - 7) + String(chars.suffix(4))
    }
}
