import Foundation

/// An append-only sequence of bits, packed most-significant bit first into bytes,
/// which is the order QR codewords are read in.
struct QRBitBuffer: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    private(set) var count: Int = 0

    init() {}

    /// Appends the low `length` bits of `value`, highest first.
    mutating func append(_ value: Int, bits length: Int) {
        precondition(length >= 0 && length <= 31 && value >> length == 0, "value does not fit in \(length) bits")
        // Fill the partly used last byte, then whole bytes: a few steps instead of one per bit.
        var remaining = length
        while remaining > 0 {
            let used = count & 7
            if used == 0 {
                bytes.append(0)
            }
            let take = min(8 - used, remaining)
            let chunk = (value >> (remaining - take)) & ((1 << take) - 1)
            bytes[bytes.count - 1] |= UInt8(chunk << (8 - used - take))
            remaining -= take
            count += take
        }
    }

    mutating func appendBit(_ bit: Bool) {
        append(bit ? 1 : 0, bits: 1)
    }

    mutating func append(_ other: QRBitBuffer) {
        if count & 7 == 0 {
            // Byte-aligned: copy whole bytes (the other's unused tail bits are zero).
            bytes.append(contentsOf: other.bytes)
            count += other.count
            return
        }
        let wholeBytes = other.count >> 3
        for index in 0..<wholeBytes {
            append(Int(other.bytes[index]), bits: 8)
        }
        let tail = other.count & 7
        if tail > 0 {
            append(Int(other.bytes[wholeBytes] >> UInt8(8 - tail)), bits: tail)
        }
    }

    subscript(index: Int) -> Bool {
        (bytes[index >> 3] >> (7 - UInt8(index & 7))) & 1 == 1
    }
}
