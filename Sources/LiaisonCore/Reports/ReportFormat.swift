import Foundation

/// Number formatting shared by every report renderer.
public enum ReportFormat {
    /// `87.5%`, or `—` when nothing was counted.
    public static func percent(_ rate: StationReport.Rate) -> String {
        guard let v = rate.value else { return "—" }
        return percent(v)
    }

    public static func percent(_ value: Double) -> String {
        let p = (value * 1000).rounded() / 10
        return p == p.rounded() ? String(format: "%.0f%%", p) : String(format: "%.1f%%", p)
    }

    /// `7/8 (87.5%)`.
    public static func fraction(_ rate: StationReport.Rate) -> String {
        "\(rate.numerator)/\(rate.denominator) (\(percent(rate)))"
    }

    /// Working days: `3`, `2.5`, or `—`.
    public static func days(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// A share of a whole as a percentage.
    public static func share(_ part: Int, of whole: Int) -> String {
        whole > 0 ? percent(Double(part) / Double(whole)) : "—"
    }
}
