import Foundation

/// Reply and feedback texts with placeholders, kept in `Data/reply_templates.tsv`
/// so a station can word them its own way: {number} {title} {department} {date} {visitor} {station}.
public struct ReplyTemplate: Sendable, Hashable {
    public let key: String
    public let name: String
    public let text: String

    public static func load(from directory: URL) -> [ReplyTemplate] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("reply_templates.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", maxSplits: 2).map(String.init)
            return f.count == 3 ? ReplyTemplate(key: f[0], name: f[1], text: f[2]) : nil
        }
    }

    /// Fills the placeholders; unknown ones are left as written so a typo shows.
    public func fill(_ values: [String: String]) -> String {
        var result = text
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
