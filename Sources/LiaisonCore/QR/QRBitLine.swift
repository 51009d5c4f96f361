import Foundation

/// One row or column of a symbol as a bit set. Bit x is module x; 1 = dark.
/// Bits past the symbol's edge stay 0, so shifts bring in light modules
/// there, like the quiet zone.
///
/// Two sizes: one word for versions 1–11 (up to 61 modules), three words for
/// the rest. The mask evaluator is generic over them, so small symbols (the
/// common case: codes and URLs) do a third of the work.
protocol QRBitLine: Sendable, Equatable {
    static var capacity: Int { get }
    init()
    /// Bits 0..<count set.
    init(ones count: Int)
    /// The low `capacity` bits of a 192-bit line.
    init(_ wide: QRBitLine192)
    /// `count` bytes (each 0 or 1) taken every `step` from `start`.
    init(packing bytes: UnsafeBufferPointer<UInt8>, start: Int, step: Int, count: Int)
    subscript(bit: Int) -> Bool { get set }
    /// Bit x of the result is bit x + k (0 < k < 64).
    func ahead(_ k: UInt64) -> Self
    /// Bit x of the result is bit x − k (0 < k < 64); bits below 0 read as 0.
    func behind(_ k: UInt64) -> Self
    var nonzeroBitCount: Int { get }
    var isEmpty: Bool { get }
    static func & (a: Self, b: Self) -> Self
    static func | (a: Self, b: Self) -> Self
    static func ^ (a: Self, b: Self) -> Self
    static prefix func ~ (a: Self) -> Self
}
