import Foundation

/// The word lists synthetic data is made from, read from `Data/generate/`:
/// names, places, opinion templates per category and case-handling texts.
public struct PhraseBank: Sendable {
    public var surnames: [String]
    public var givenNames: [String]
    public var staff: [String]
    public var counties: [String]
    public var townships: [String]
    public var communities: [String]
    public var places: [String]
    public var grids: [String]
    /// Opinion templates by category code; "tail" holds optional closing sentences.
    public var templates: [String: [String]]
    /// Case-event texts by kind (onsite, reply, feedback, pause, note).
    public var handling: [String: [String]]
    public var departments: [(name: String, kind: String, phone: String)]

    public struct MissingListError: LiaisonError {
        public let file: String
        public let key: String
        public var message: Bilingual {
            Bilingual("短语库 \(file) 缺少“\(key)”", "Phrase bank \(file) lacks “\(key)”")
        }
    }

    public static func load(from dataDirectory: URL) throws -> PhraseBank {
        let dir = dataDirectory.appendingPathComponent("generate")
        func read(_ name: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ReferenceData.MissingDataError(path: url.path)
            }
            return text
        }
        func lines(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        /// `key = a,b,c` lists.
        func lists(_ name: String) throws -> [String: [String]] {
            var result: [String: [String]] = [:]
            for line in lines(try read(name)) {
                guard let eq = line.firstIndex(of: "=") else { continue }
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                result[key] = line[line.index(after: eq)...].split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            return result
        }
        /// `key<TAB>text` tables, grouped by key.
        func table(_ name: String) throws -> [String: [String]] {
            var result: [String: [String]] = [:]
            for line in lines(try read(name)) {
                let f = line.split(separator: "\t", maxSplits: 1).map(String.init)
                guard f.count == 2 else { continue }
                result[f[0], default: []].append(f[1])
            }
            return result
        }
        let names = try lists("names.txt"), places = try lists("places.txt")
        func need(_ dict: [String: [String]], _ key: String, _ file: String) throws -> [String] {
            guard let list = dict[key], !list.isEmpty else { throw MissingListError(file: file, key: key) }
            return list
        }
        let departments = lines(try read("departments.tsv")).compactMap { line -> (String, String, String)? in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count >= 3 && !f[0].isEmpty ? (f[0], f[1], f[2]) : nil
        }
        let handling = try table("handling.tsv")
        for kind in ["onsite", "reply", "feedback", "pause", "note"] { _ = try need(handling, kind, "handling.tsv") }
        let templates = try table("opinions.tsv")
        _ = try need(templates, "other", "opinions.tsv")
        return PhraseBank(surnames: try need(names, "surname", "names.txt"), givenNames: try need(names, "given", "names.txt"),
                          staff: try need(names, "staff", "names.txt"), counties: try need(places, "county", "places.txt"),
                          townships: try need(places, "township", "places.txt"),
                          communities: try need(places, "community", "places.txt"),
                          places: try need(places, "place", "places.txt"), grids: try need(places, "grid", "places.txt"),
                          templates: templates, handling: handling, departments: departments)
    }
}
