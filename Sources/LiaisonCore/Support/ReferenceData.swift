import Foundation

/// The station-independent tables kept as plain files in `Data/`: categories
/// with SLAs and keyword hints, departments, and the working-day calendar.
public struct ReferenceData: Sendable {
    public var categories: [Category]
    public var departments: [(name: String, kind: String, phone: String)]
    public var calendar: WorkCalendar
    /// Problems found while reading the files (file and line), shown to an admin.
    public var warnings: [String]

    public init(categories: [Category], departments: [(name: String, kind: String, phone: String)],
                calendar: WorkCalendar, warnings: [String] = []) {
        self.categories = categories
        self.departments = departments
        self.calendar = calendar
        self.warnings = warnings
    }

    public func category(_ code: String) -> Category? {
        categories.first { $0.code == code }
    }

    public struct MissingDataError: LiaisonError {
        public let path: String
        public init(path: String) { self.path = path }
        public var message: Bilingual {
            Bilingual("缺少数据文件：\(path)（可用环境变量 LIAISON_DATA 指定 Data 目录）",
                      "Missing data file: \(path) (set LIAISON_DATA to the Data folder)")
        }
    }

    public static func load(from directory: URL) throws -> ReferenceData {
        func read(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw MissingDataError(path: url.path) }
            return text
        }
        var warnings: [String] = []
        var categories: [Category] = []
        for (n, line) in try read("categories.tsv").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5, let sla = Int(f[3]), sla > 0, let level = HandlingLevel(rawValue: f[4]) else {
                warnings.append("categories.tsv:\(n + 1)")
                continue
            }
            let keywords = f.count > 5 ? f[5].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
            categories.append(Category(code: f[0], name: Bilingual(f[1], f[2]), slaDays: sla,
                                       defaultLevel: level, keywords: keywords.filter { !$0.isEmpty }))
        }
        var departments: [(String, String, String)] = []
        for (n, line) in try read("departments.tsv").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard !f[0].isEmpty else { warnings.append("departments.tsv:\(n + 1)"); continue }
            departments.append((f[0], f.count > 1 ? f[1] : "", f.count > 2 ? f[2] : ""))
        }
        let (calendar, bad) = WorkCalendar.parse(try read("calendar.txt"))
        warnings += bad.map { "calendar.txt:\($0)" }
        return ReferenceData(categories: categories, departments: departments, calendar: calendar, warnings: warnings)
    }

    /// Loads from the located `Data/` folder.
    public static func loadDefault() throws -> ReferenceData {
        guard let dir = DataDirectory.locate() else { throw MissingDataError(path: "Data/categories.tsv") }
        return try load(from: dir)
    }
}
