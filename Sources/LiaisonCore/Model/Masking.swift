/// Masks personal numbers for display and export: `138****1234`; an ID keeps its
/// first 3 and last 4 characters.
public enum Masking {
    public static func phone(_ phone: String) -> String {
        // A landline keeps its area code: 0571-****4321.
        if phone.hasPrefix("0"), let dash = phone.firstIndex(of: "-") {
            let area = phone[..<dash]
            let rest = phone[phone.index(after: dash)...]
            let local = rest.prefix { $0 != "-" }
            return area + "-" + String(repeating: "*", count: max(0, local.count - 4)) + String(local.suffix(4))
                + (rest.count > local.count ? "-***" : "")
        }
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
