import Foundation

/// How a segment's characters are packed into bits.
enum QRSegmentMode: Sendable, CaseIterable {
    /// Digits 0–9, three per 10 bits.
    case numeric
    /// Digits, A–Z, space and `$%*+-./:`, two per 11 bits.
    case alphanumeric
    /// Any 8-bit byte.
    case byte
    /// Extended Channel Interpretation: tells the reader how to read the bytes that follow.
    case eci

    /// The 4-bit mode indicator.
    var indicator: Int {
        switch self {
        case .numeric: 0x1
        case .alphanumeric: 0x2
        case .byte: 0x4
        case .eci: 0x7
        }
    }

    /// Width of the character-count field, which grows at versions 10 and 27.
    func characterCountBits(version: Int) -> Int {
        let band = version <= 9 ? 0 : (version <= 26 ? 1 : 2)
        switch self {
        case .numeric: return [10, 12, 14][band]
        case .alphanumeric: return [9, 11, 13][band]
        case .byte: return [8, 16, 16][band]
        case .eci: return 0
        }
    }

    /// The 45 characters of alphanumeric mode, in code order.
    static let alphanumericCharset: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    /// Alphanumeric code of each byte, or -1 when the byte has none.
    static let alphanumericCodes: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (code, byte) in alphanumericCharset.enumerated() {
            table[Int(byte)] = Int8(code)
        }
        return table
    }()

    static func isNumeric(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        alphanumericCodes[Int(byte)] >= 0
    }
}
