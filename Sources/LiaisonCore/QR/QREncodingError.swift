import Foundation

/// Why a QR code could not be made. Messages never repeat the payload itself,
/// which may be personal data.
public enum QREncodingError: LiaisonError, Equatable {
    /// The payload (`payloadBytes` long) needs more than version 40 holds at
    /// this level, which is at most `maxBytes` bytes of arbitrary data.
    case dataTooLong(payloadBytes: Int, maxBytes: Int, ecc: QRErrorCorrection)
    case invalidMask(Int)
    case invalidVersion(Int)

    public var message: Bilingual {
        switch self {
        case let .dataTooLong(payload, maxBytes, ecc):
            return Bilingual(
                "内容太长，放不进二维码：共 \(payload) 字节，纠错等级 \(ecc.letter) 下最大的版本 40 最多容纳 \(maxBytes) 字节（纯数字或大写字母可多些）。请缩短内容或降低纠错等级。",
                "The data is too long for a QR code: \(payload) bytes, while the largest symbol (version 40) at error-correction level \(ecc.letter) holds at most \(maxBytes) bytes (somewhat more for digits or capitals only). Shorten the data or choose a lower level."
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
