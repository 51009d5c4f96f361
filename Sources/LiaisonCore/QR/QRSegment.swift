import Foundation

/// One run of data in a single mode, already packed into bits (without its header).
struct QRSegment: Sendable, Equatable {
    let mode: QRSegmentMode
    /// Characters for numeric/alphanumeric, bytes for byte mode, 0 for ECI.
    let characterCount: Int
    let data: QRBitBuffer

    /// Digits only; three digits take 10 bits, a trailing pair 7, a single one 4.
    static func numeric(_ digits: some Collection<UInt8>) -> QRSegment {
        var buffer = QRBitBuffer()
        var accumulated = 0
        var pending = 0
        for digit in digits {
            precondition(QRSegmentMode.isNumeric(digit), "numeric segment holds only digits")
            accumulated = accumulated * 10 + Int(digit - 0x30)
            pending += 1
            if pending == 3 {
                buffer.append(accumulated, bits: 10)
                accumulated = 0
                pending = 0
            }
        }
        if pending > 0 {
            buffer.append(accumulated, bits: pending * 3 + 1)
        }
        return QRSegment(mode: .numeric, characterCount: digits.count, data: buffer)
    }

    /// Alphanumeric characters; a pair takes 11 bits, a trailing single one 6.
    static func alphanumeric(_ characters: some Collection<UInt8>) -> QRSegment {
        var buffer = QRBitBuffer()
        var accumulated = 0
        var pending = 0
        for character in characters {
            let code = Int(QRSegmentMode.alphanumericCodes[Int(character)])
            precondition(code >= 0, "alphanumeric segment holds only its 45 characters")
            accumulated = accumulated * 45 + code
            pending += 1
            if pending == 2 {
                buffer.append(accumulated, bits: 11)
                accumulated = 0
                pending = 0
            }
        }
        if pending > 0 {
            buffer.append(accumulated, bits: 6)
        }
        return QRSegment(mode: .alphanumeric, characterCount: characters.count, data: buffer)
    }

    static func bytes(_ bytes: some Collection<UInt8>) -> QRSegment {
        var buffer = QRBitBuffer()
        for byte in bytes {
            buffer.append(Int(byte), bits: 8)
        }
        return QRSegment(mode: .byte, characterCount: bytes.count, data: buffer)
    }

    /// An ECI designator; 26 means the byte segments that follow are UTF-8.
    static func eci(_ designator: Int) -> QRSegment {
        var buffer = QRBitBuffer()
        switch designator {
        case 0..<(1 << 7):
            buffer.append(designator, bits: 8)
        case (1 << 7)..<(1 << 14):
            buffer.append(0b10, bits: 2)
            buffer.append(designator, bits: 14)
        case (1 << 14)..<1_000_000:
            buffer.append(0b110, bits: 3)
            buffer.append(designator, bits: 21)
        default:
            preconditionFailure("ECI designator out of range")
        }
        return QRSegment(mode: .eci, characterCount: 0, data: buffer)
    }

    /// The ECI designator for UTF-8.
    static let utf8Designator = 26

    /// Bits the segments need at `version`, headers included,
    /// or nil when a character count overflows its field.
    static func totalBits(_ segments: [QRSegment], version: Int) -> Int? {
        var total = 0
        for segment in segments {
            let countBits = segment.mode.characterCountBits(version: version)
            if segment.characterCount >= 1 << countBits {
                return nil
            }
            total += 4 + countBits + segment.data.count
        }
        return total
    }
}
