import Foundation
@testable import LiaisonCore

/// Seeded generators of hostile input: random bytes, scalars an attacker or a
/// broken file might bring (controls, escape sequences, bidi overrides,
/// combining marks, CJK, emoji), and byte-level mutations of valid input.
struct FuzzInput {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
    }

    /// Sequences that do harm when written raw to a terminal.
    static let escapes = ["\u{1B}[2J", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{1B}[31m", "\u{9B}2J", "\u{1B}]0;title\u{1B}\\",
                          "\u{202E}gnp.exe", "\u{2066}", "\r", "\r\n", "\n", "\t", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}"]

    mutating func scalar() -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x1F, 0x20...0x7E, 0x7F...0x9F, 0xA0...0x2FF, 0x300...0x36F,
                                             0x200B...0x206F, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF,
                                             0xFFF9...0xFFFF, 0x1F300...0x1FAFF, 0x20000...0x2A6DF, 0xE0000...0xE007F]
        while true {
            let r = pick(ranges)
            if let s = Unicode.Scalar(UInt32.random(in: r, using: &rng)) { return s }
        }
    }

    mutating func string(maxScalars: Int) -> String {
        var out = String.UnicodeScalarView()
        let n = int(0...maxScalars)
        while out.count < n {
            if chance(0.1) { out.append(contentsOf: pick(Self.escapes).unicodeScalars) } else { out.append(scalar()) }
        }
        return String(out)
    }

    /// A few byte-level edits: flip, insert, delete, duplicate, or splice in CSV syntax.
    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var b = input
        let syntax: [[UInt8]] = [[0x22], [0x2C], [0x0A], [0x0D, 0x0A], [0x0D], [0x22, 0x22], [0xEF, 0xBB, 0xBF], [0x00],
                                 [0x1B, 0x5B, 0x32, 0x4A], [0xFF, 0xFE], [0x81], [0xE4, 0xB8]]
        for _ in 0..<int(1...4) {
            let at = int(0...b.count)
            switch int(0...5) {
            case 0 where !b.isEmpty: b[min(at, b.count - 1)] ^= UInt8(1 << int(0...7))
            case 1: b.insert(contentsOf: pick(syntax), at: at)
            case 2 where !b.isEmpty: b.removeSubrange(min(at, b.count - 1)..<min(b.count, at + int(1...8)))
            case 3 where b.count > 2:
                let start = int(0...b.count - 2), end = min(b.count, start + int(1...40))
                b.insert(contentsOf: b[start..<end], at: at)
            case 4: b.insert(contentsOf: Array(pick(Self.escapes).utf8), at: at)
            default: b = Array(b.prefix(at))
            }
        }
        return b
    }
}

/// Scalars that must never be stored or drawn raw.
func unsafeScalars(in text: String, allowNewline: Bool = false) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { TextNormalizer.isUnsafe($0) && !(allowNewline && $0 == "\n") }
}
