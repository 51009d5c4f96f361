/// A representative's or station's code: 10 Crockford base-32 characters and a
/// MOD 37,36 check character. Shown as `REP:…` / `STN:…`, or as a URL under the
/// station's base URL. All upper-case ASCII, so a QR code stays alphanumeric.
public struct PersonalCode: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case representative = "REP"
        case station = "STN"

        /// The path letter in the URL form.
        var pathLetter: String { self == .representative ? "R" : "S" }
    }

    public let kind: Kind
    /// The 11-character identifier: body and check character.
    public let identifier: String

    public init(kind: Kind, identifier: String) {
        self.kind = kind
        self.identifier = identifier
    }

    public static let bodyLength = 10

    /// A new random code.
    public static func generate<G: RandomNumberGenerator>(_ kind: Kind, using generator: inout G) -> PersonalCode {
        let body = Crockford.encode(UInt64.random(in: 0..<(1 << 50), using: &generator), digits: bodyLength)
        return PersonalCode(kind: kind, identifier: body + String(CheckCharacter.compute(body)!))
    }

    public static func generate(_ kind: Kind) -> PersonalCode {
        var system = SystemRandomNumberGenerator()
        return generate(kind, using: &system)
    }

    /// `REP:0123456789K`.
    public var description: String { kind.rawValue + ":" + identifier }

    /// The payload a QR code carries: the URL form when the station has a base URL.
    public func payload(baseURL: String?) -> String {
        guard let baseURL, !baseURL.isEmpty else { return description }
        var base = baseURL.uppercased()
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + kind.pathLetter + "/" + identifier
    }
}
