import Foundation

/// A line of up to 192 modules (version 40 is 177) in three fixed words:
/// every operation stays branch-free and allocation-free.
struct QRBitLine192: QRBitLine {
    var w0: UInt64 = 0
    var w1: UInt64 = 0
    var w2: UInt64 = 0

    static var capacity: Int { 192 }

    init() {}

    init(w0: UInt64, w1: UInt64, w2: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
    }

    /// Bits 0..<count set.
    init(ones count: Int) {
        precondition(count >= 0 && count <= Self.capacity)
        func word(_ n: Int) -> UInt64 { n >= 64 ? ~0 : (n <= 0 ? 0 : (1 &<< UInt64(n)) &- 1) }
        w0 = word(count)
        w1 = word(count - 64)
        w2 = word(count - 128)
    }

    init(_ wide: QRBitLine192) {
        self = wide
    }

    init(packing bytes: UnsafeBufferPointer<UInt8>, start: Int, step: Int, count: Int) {
        var index = start
        func word(bits: Int) -> UInt64 {
            var value: UInt64 = 0
            for bit in 0..<max(0, min(64, bits)) {
                value |= UInt64(bytes[index] & 1) << UInt64(bit)
                index += step
            }
            return value
        }
        w0 = word(bits: count)
        w1 = word(bits: count - 64)
        w2 = word(bits: count - 128)
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
    func ahead(_ k: UInt64) -> QRBitLine192 {
        QRBitLine192(w0: (w0 &>> k) | (w1 &<< (64 - k)), w1: (w1 &>> k) | (w2 &<< (64 - k)), w2: w2 &>> k)
    }

    /// Bit x of the result is bit x − k of self (0 < k < 64); bits below 0 read as 0.
    @inline(__always)
    func behind(_ k: UInt64) -> QRBitLine192 {
        QRBitLine192(w0: w0 &<< k, w1: (w1 &<< k) | (w0 &>> (64 - k)), w2: (w2 &<< k) | (w1 &>> (64 - k)))
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
    static func & (a: QRBitLine192, b: QRBitLine192) -> QRBitLine192 {
        QRBitLine192(w0: a.w0 & b.w0, w1: a.w1 & b.w1, w2: a.w2 & b.w2)
    }

    @inline(__always)
    static func | (a: QRBitLine192, b: QRBitLine192) -> QRBitLine192 {
        QRBitLine192(w0: a.w0 | b.w0, w1: a.w1 | b.w1, w2: a.w2 | b.w2)
    }

    @inline(__always)
    static func ^ (a: QRBitLine192, b: QRBitLine192) -> QRBitLine192 {
        QRBitLine192(w0: a.w0 ^ b.w0, w1: a.w1 ^ b.w1, w2: a.w2 ^ b.w2)
    }

    @inline(__always)
    static prefix func ~ (a: QRBitLine192) -> QRBitLine192 {
        QRBitLine192(w0: ~a.w0, w1: ~a.w1, w2: ~a.w2)
    }
}
