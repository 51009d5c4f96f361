/// What a scanned or typed text turned out to be.
public enum ScannedCode: Sendable, Hashable {
    case representative(PersonalCode)
    case station(PersonalCode)
    case caseNumber(String)
}

/// Why a text is not a code. The wrong-check case is told apart so a
/// receptionist knows to look at the card again.
public enum CodeError: LiaisonError, Equatable {
    case empty
    case unrecognised
    case wrongLength(Int)
    case invalidCharacter(Character)
    case wrongCheckCharacter

    public var message: Bilingual {
        switch self {
        case .empty: return Bilingual("没有输入代码", "No code was given")
        case .unrecognised: return Bilingual("无法识别的代码", "This is not a Liaison code")
        case .wrongLength(let n):
            return Bilingual("代码应为 11 位（现为 \(n) 位）", "A code has 11 characters (this one has \(n))")
        case .invalidCharacter(let c):
            let shown = c.isASCII && !c.isWhitespace && c.asciiValue.map({ $0 >= 0x20 && $0 < 0x7F }) == true ? String(c) : "?"
            return Bilingual("代码含无效字符“\(shown)”", "The code contains an invalid character “\(shown)”")
        case .wrongCheckCharacter:
            return Bilingual("校验位不符：代码有误，请核对后重输", "Wrong check character: the code was mistyped, please check it")
        }
    }
}

/// One parser for every form: `REP:ID`, `STN:ID`, `CASE:NUMBER`, a URL ending
/// `/R/ID` or `/S/ID`, and a bare hand-typed ID (taken as a representative's).
public enum CodeParser {
    public static func parse(_ input: String) throws -> ScannedCode {
        if let code = scannedRepresentative(input) { return .representative(code) }
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CodeError.empty }
        let upper = text.uppercased()
        if upper.hasPrefix("CASE:") {
            let number = String(text.dropFirst(5)).trimmingCharacters(in: .whitespaces).uppercased()
            guard !number.isEmpty, number.count <= 40,
                  number.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw CodeError.unrecognised
            }
            return .caseNumber(number)
        }
        if upper.hasPrefix("REP:") { return .representative(try identifier(String(text.dropFirst(4)), .representative)) }
        if upper.hasPrefix("STN:") { return .station(try identifier(String(text.dropFirst(4)), .station)) }
        if upper.hasPrefix("HTTP://") || upper.hasPrefix("HTTPS://") {
            let parts = upper.split(separator: "/").map(String.init)
            guard parts.count >= 4 else { throw CodeError.unrecognised }
            let letter = parts[parts.count - 2], id = parts[parts.count - 1]
            switch letter {
            case "R": return .representative(try identifier(id, .representative))
            case "S": return .station(try identifier(id, .station))
            default: throw CodeError.unrecognised
            }
        }
        return .representative(try identifier(text, .representative))
    }

    /// What a scanner types at the desk, `REP:` and 11 canonical characters,
    /// read byte by byte: no trimming, upper-casing or Characters per scan.
    /// Anything else (spaces, dashes, lower case, look-alikes, a wrong check)
    /// returns nil and takes the general path, which answers as before.
    static func scannedRepresentative(_ input: String) -> PersonalCode? {
        let prefix = PersonalCode.Kind.representative.rawValue.utf8.count + 1
        let length = prefix + PersonalCode.bodyLength + 1
        var input = input
        return input.withUTF8 { bytes -> PersonalCode? in
            guard bytes.count == length, bytes[3] == UInt8(ascii: ":"),
                  bytes[0] | 0x20 == UInt8(ascii: "r"), bytes[1] | 0x20 == UInt8(ascii: "e"), bytes[2] | 0x20 == UInt8(ascii: "p")
            else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[prefix..<(length - 1)])
            for b in body where !crockfordCanonical[Int(b)] { return nil }
            guard CheckCharacter.computeByte(body) == bytes[length - 1] else { return nil }
            return PersonalCode(kind: .representative, identifier: String(decoding: bytes[prefix...], as: UTF8.self))
        }
    }

    /// Bytes that are their own canonical Crockford character (0-9, A-Z but I L O U).
    static let crockfordCanonical: [Bool] = (0..<256).map { b in
        Crockford.alphabet.contains { $0.asciiValue == UInt8(b) }
    }

    /// Reads a hand-typed identifier: spaces and dashes ignored, lower case and
    /// Crockford's look-alikes (I, L → 1; O → 0) accepted in the body.
    public static func identifier(_ text: String, _ kind: PersonalCode.Kind) throws -> PersonalCode {
        let chars = text.filter { $0 != " " && $0 != "-" }
        guard chars.count == PersonalCode.bodyLength + 1 else { throw CodeError.wrongLength(chars.count) }
        var body = ""
        for c in chars.prefix(PersonalCode.bodyLength) {
            guard c.isASCII, let canonical = Crockford.canonical(c) else { throw CodeError.invalidCharacter(c) }
            body.append(canonical)
        }
        let checkRaw = chars.last!
        guard checkRaw.isASCII, let check = checkRaw.uppercased().first, CheckCharacter.value(check) != nil else {
            throw CodeError.invalidCharacter(checkRaw)
        }
        guard CheckCharacter.isValid(body: body, check: check) else { throw CodeError.wrongCheckCharacter }
        return PersonalCode(kind: kind, identifier: body + String(check))
    }

    /// True when a completed input line is a representative or station code —
    /// the scanner rule: such a line is taken as a scan wherever the cursor is.
    public static func isScan(_ line: String) -> Bool {
        let upper = line.trimmingCharacters(in: .whitespaces).uppercased()
        guard upper.hasPrefix("REP:") || upper.hasPrefix("STN:") || upper.hasPrefix("HTTP") else { return false }
        switch try? parse(line) {
        case .representative?, .station?: return true
        default: return false
        }
    }
}
