import Foundation

/// The four error-correction levels of ISO/IEC 18004, weakest first.
///
/// The raw value is the level's rank, so `allCases` runs from low to high and
/// the ECC boost can walk it in order.
public enum QRErrorCorrection: Int, Sendable, CaseIterable, Comparable {
    /// About 7 % of codewords can be restored.
    case low = 0
    /// About 15 %; the default for printed codes.
    case medium = 1
    /// About 25 %.
    case quartile = 2
    /// About 30 %.
    case high = 3

    /// Parses the one-letter names used on the command line ("L", "M", "Q", "H"), any case.
    public init?(letter: String) {
        switch letter.trimmingCharacters(in: .whitespaces).uppercased() {
        case "L": self = .low
        case "M": self = .medium
        case "Q": self = .quartile
        case "H": self = .high
        default: return nil
        }
    }

    /// The one-letter name: "L", "M", "Q" or "H".
    public var letter: String {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    /// The two bits this level contributes to the format information.
    /// The standard's order (M=00, L=01, H=10, Q=11) is not the rank order.
    var formatBits: Int {
        switch self {
        case .low: 1
        case .medium: 0
        case .quartile: 3
        case .high: 2
        }
    }

    public static func < (lhs: QRErrorCorrection, rhs: QRErrorCorrection) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
