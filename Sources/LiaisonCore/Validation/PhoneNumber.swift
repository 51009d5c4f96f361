/// Mainland phone numbers: 11-digit mobiles (1[3-9]…) and landlines with an
/// area code (0 + 2–3 digits, then 7–8 digits, optional extension).
public enum PhoneNumber {
    public enum Kind: Sendable, Equatable { case mobile, landline }

    /// Returns the canonical form (`13812345678`, `0571-87654321`, `010-12345678-123`) or throws.
    public static func validate(_ input: String) throws -> (canonical: String, kind: Kind) {
        if let mobile = plainMobile(input) { return (mobile, .mobile) }
        return try validateInFull(input)
    }

    /// The common case, 11 ASCII digits 1[3-9]…, which is its own canonical form,
    /// without the general parse (a million imported rows go through here);
    /// nil for anything else.
    static func plainMobile(_ text: String) -> String? {
        guard text.utf8.count == 11 else { return nil }
        var i = 0
        for b in text.utf8 {
            let low: UInt8 = i == 0 ? UInt8(ascii: "1") : i == 1 ? UInt8(ascii: "3") : UInt8(ascii: "0")
            let high: UInt8 = i == 0 ? UInt8(ascii: "1") : UInt8(ascii: "9")
            guard b >= low && b <= high else { return nil }
            i += 1
        }
        return text
    }

    /// Every accepted form, parsed.
    static func validateInFull(_ input: String) throws -> (canonical: String, kind: Kind) {
        var text = input.trimmingCharacters(in: .whitespaces)
        // Full-width digits come from Chinese input methods.
        text = String(text.unicodeScalars.map { s -> Character in
            if (0xFF10...0xFF19).contains(s.value) { return Character(Unicode.Scalar(s.value - 0xFF10 + 0x30)!) }
            if s.value == 0xFF0D || s.value == 0x2014 { return "-" }
            return Character(s)
        })
        for prefix in ["+86", "0086", "86-", "+86-"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        let compact = text.filter { $0 != " " && $0 != "(" && $0 != ")" }
        let digitsOnly = compact.filter { $0 != "-" }
        guard !digitsOnly.isEmpty, digitsOnly.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError.phoneFormat
        }
        if digitsOnly.first == "1" {
            guard digitsOnly.count == 11, !compact.contains("-") || compact.filter({ $0 == "-" }).count <= 2 else {
                throw ValidationError.phoneFormat
            }
            let second = digitsOnly[digitsOnly.index(after: digitsOnly.startIndex)]
            guard ("3"..."9").contains(second) else { throw ValidationError.phoneMobilePrefix }
            return (digitsOnly, .mobile)
        }
        guard digitsOnly.first == "0" else { throw ValidationError.phoneFormat }
        let parts = compact.split(separator: "-").map(String.init)
        let area: String, local: String, ext: String?
        if parts.count >= 2 {
            area = parts[0]; local = parts[1]; ext = parts.count == 3 ? parts[2] : nil
            guard parts.count <= 3 else { throw ValidationError.phoneFormat }
        } else {
            // Without a dash: 3-digit area codes are 010 and 02X; the rest have 4.
            let chars = Array(digitsOnly)
            let areaLength = (chars.count > 1 && (chars[1] == "1" || chars[1] == "2")) ? 3 : 4
            guard chars.count > areaLength else { throw ValidationError.phoneFormat }
            area = String(chars[0..<areaLength]); local = String(chars[areaLength...]); ext = nil
        }
        guard (3...4).contains(area.count), (7...8).contains(local.count), local.first != "0", local.first != "1" else {
            throw ValidationError.phoneFormat
        }
        if let ext, !(1...6).contains(ext.count) { throw ValidationError.phoneFormat }
        return (area + "-" + local + (ext.map { "-" + $0 } ?? ""), .landline)
    }

    /// Digits only, for matching a returning visitor and phone-suffix search.
    public static func key(_ phone: String) -> String {
        plainMobile(phone) ?? phone.filter { $0.isASCII && $0.isNumber }
    }
}
