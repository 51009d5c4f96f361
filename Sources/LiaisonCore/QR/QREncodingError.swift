import Foundation

/// Why a QR code could not be made. Messages never repeat the payload itself,
/// which may be personal data.
public enum QREncodingError: LiaisonError, Equatable {
    /// The payload needs more bits than version 40 holds at this level.
    case dataTooLong(bits: Int?, capacityBits: Int, ecc: QRErrorCorrection)
    case invalidMask(Int)
    case invalidVersion(Int)

    public var message: Bilingual {
        switch self {
        case let .dataTooLong(bits, capacity, ecc):
            let needed = bits.map { "\(($0 + 7) / 8)" } ?? ">\(capacity / 8)"
            return Bilingual(
                "内容太长，放不进二维码：需要 \(needed) 字节，纠错等级 \(ecc.letter) 下最大版本 40 只能容纳 \(capacity / 8) 字节。请缩短内容或降低纠错等级。",
                "The data is too long for a QR code: it needs \(needed) bytes, but version 40 at error-correction level \(ecc.letter) holds \(capacity / 8). Shorten the data or choose a lower level."
            )
        case let .invalidMask(mask):
            return Bilingual(
                "掩码 \(mask) 无效：应为 0 到 7。",
                "Mask \(mask) is not valid: it must be 0 to 7."
            )
        case let .invalidVersion(version):
            return Bilingual(
                "版本 \(version) 无效：应为 1 到 40。",
                "Version \(version) is not valid: it must be 1 to 40."
            )
        }
    }
}
