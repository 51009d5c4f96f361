import Foundation

/// A line of up to 64 modules in one word: versions 1–11.
struct QRBitLine64: QRBitLine {
    var word: UInt64 = 0

    static var capacity: Int { 64 }

    init() {}

    init(word: UInt64) {
        self.word = word
    }

    init(ones count: Int) {
        precondition(count >= 0 && count <= Self.capacity)
        word = count == 64 ? ~0 : (1 << UInt64(count)) - 1
    }

    init(_ wide: QRBitLine192) {
        word = wide.w0
    }

    init(packing bytes: UnsafeBufferPointer<UInt8>, start: Int, step: Int, count: Int) {
        precondition(count <= Self.capacity)
        var index = start
        for bit in 0..<count {
            word |= UInt64(bytes[index] & 1) << UInt64(bit)
            index += step
        }
    }

    subscript(bit: Int) -> Bool {
        get { (word >> UInt64(bit)) & 1 != 0 }
        set {
            let mask: UInt64 = 1 << UInt64(bit)
            word = newValue ? word | mask : word & ~mask
        }
    }

    @inline(__always)
    func ahead(_ k: UInt64) -> QRBitLine64 { QRBitLine64(word: word &>> k) }

    @inline(__always)
    func behind(_ k: UInt64) -> QRBitLine64 { QRBitLine64(word: word &<< k) }

    @inline(__always)
    var nonzeroBitCount: Int { word.nonzeroBitCount }

    @inline(__always)
    var isEmpty: Bool { word == 0 }

    @inline(__always)
    static func & (a: QRBitLine64, b: QRBitLine64) -> QRBitLine64 { QRBitLine64(word: a.word & b.word) }

    @inline(__always)
    static func | (a: QRBitLine64, b: QRBitLine64) -> QRBitLine64 { QRBitLine64(word: a.word | b.word) }

    @inline(__always)
    static func ^ (a: QRBitLine64, b: QRBitLine64) -> QRBitLine64 { QRBitLine64(word: a.word ^ b.word) }

    @inline(__always)
    static prefix func ~ (a: QRBitLine64) -> QRBitLine64 { QRBitLine64(word: ~a.word) }
}
