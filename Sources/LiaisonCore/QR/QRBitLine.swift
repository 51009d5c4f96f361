import Foundation

/// One row or column of a symbol as a bit set, up to 192 modules (version 40
/// is 177). Bit x is module x; 1 = dark. Bits past the symbol's edge stay 0,
/// so shifts bring in light modules there, like the quiet zone.
///
/// Three fixed words keep every operation branch-free and allocation-free,
/// which is what makes scoring all eight masks cheap.
struct QRBitLine: Sendable, Equatable {
    var w0: UInt64 = 0
    var w1: UInt64 = 0
    var w2: UInt64 = 0

    static let capacity = 192

    init() {}

    init(w0: UInt64, w1: UInt64, w2: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
    }

    /// Bits 0..<count set.
    init(ones count: Int) {
        precondition(count >= 0 && count <= QRBitLine.capacity)
        func word(_ n: Int) -> UInt64 { n >= 64 ? ~0 : (n <= 0 ? 0 : (1 &<< UInt64(n)) &- 1) }
        w0 = word(count)
        w1 = word(count - 64)
        w2 = word(count - 128)
    }

    subscript(bit: Int) -> Bool {
        get {
            switch bit >> 6 {
            case 0: (w0 >> UInt64(bit & 63)) & 1 != 0
            case 1: (w1 >> UInt64(bit & 63)) & 1 != 0
            default: (w2 >> UInt64(bit & 63)) & 1 != 0
            }
        }
        set {
            let mask: UInt64 = 1 << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: w0 = newValue ? w0 | mask : w0 & ~mask
            case 1: w1 = newValue ? w1 | mask : w1 & ~mask
            default: w2 = newValue ? w2 | mask : w2 & ~mask
            }
        }
    }

    /// Bit x of the result is bit x + k of self (0 < k < 64).
    @inline(__always)
    func ahead(_ k: UInt64) -> QRBitLine {
        QRBitLine(w0: (w0 &>> k) | (w1 &<< (64 - k)), w1: (w1 &>> k) | (w2 &<< (64 - k)), w2: w2 &>> k)
    }

    /// Bit x of the result is bit x − k of self (0 < k < 64); bits below 0 read as 0.
    @inline(__always)
    func behind(_ k: UInt64) -> QRBitLine {
        QRBitLine(w0: w0 &<< k, w1: (w1 &<< k) | (w0 &>> (64 - k)), w2: (w2 &<< k) | (w1 &>> (64 - k)))
    }

    @inline(__always)
    var nonzeroBitCount: Int {
        w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount
    }

    @inline(__always)
    var isEmpty: Bool {
        (w0 | w1 | w2) == 0
    }

    @inline(__always)
    static func & (a: QRBitLine, b: QRBitLine) -> QRBitLine {
        QRBitLine(w0: a.w0 & b.w0, w1: a.w1 & b.w1, w2: a.w2 & b.w2)
    }

    @inline(__always)
    static func | (a: QRBitLine, b: QRBitLine) -> QRBitLine {
        QRBitLine(w0: a.w0 | b.w0, w1: a.w1 | b.w1, w2: a.w2 | b.w2)
    }

    @inline(__always)
    static func ^ (a: QRBitLine, b: QRBitLine) -> QRBitLine {
        QRBitLine(w0: a.w0 ^ b.w0, w1: a.w1 ^ b.w1, w2: a.w2 ^ b.w2)
    }

    @inline(__always)
    static prefix func ~ (a: QRBitLine) -> QRBitLine {
        QRBitLine(w0: ~a.w0, w1: ~a.w1, w2: ~a.w2)
    }
}
