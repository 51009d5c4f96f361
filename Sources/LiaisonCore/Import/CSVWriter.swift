/// Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula are
/// prefixed with an apostrophe (CSV injection), since exports go to Excel.
public enum CSVWriter {
    public static func row(_ fields: [String]) -> String {
        fields.map(cell).joined(separator: ",")
    }

    public static func cell(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first), !(Double(v) != nil) { v = "'" + v }
        if v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        ([row(header)] + rows.map(row)).joined(separator: "\r\n") + "\r\n"
    }
}
