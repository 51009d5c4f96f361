import Foundation

/// Imports opinions gathered elsewhere (a paper register typed into Excel, an
/// online form): each row becomes a visitor, an opinion and a case. Bad rows are
/// reported by line; a re-import of the same rows adds nothing.
public enum OpinionImporter {
    static let aliases: [String: [String]] = [
        "date": ["日期", "来访日期", "时间", "date"],
        "name": ["姓名", "来访人", "群众姓名", "name", "visitor"],
        "phone": ["电话", "联系电话", "手机", "phone"],
        "community": ["社区", "村社", "社区/村", "community"],
        "grid": ["网格", "grid"],
        "text": ["内容", "意见", "意见内容", "诉求", "民情内容", "text", "opinion"],
        "category": ["分类", "类别", "category"],
        "urgency": ["紧急程度", "urgency"],
        "representative": ["代表", "接待代表", "representative"],
    ]

    /// Import keys of this importer start so (one index range finds them all).
    static let keyPrefix = "csv:"

    public static func importFile(_ url: URL, into store: StationDatabase, rowByRow: Bool = false) throws -> ImportReport {
        try importData([UInt8](Data(contentsOf: url)), into: store, rowByRow: rowByRow)
    }

    /// Every row is checked and deduplicated the same way on both paths. The
    /// bulk path (default) writes in one transaction through prepared
    /// statements and indexes the new rows for search at the end; `rowByRow`
    /// records each row through `recordIntake` and leaves them queued for the
    /// search drain (kept to compare the two).
    public static func importData(_ data: [UInt8], into store: StationDatabase, rowByRow: Bool = false) throws -> ImportReport {
        try importData(data, into: store, rowByRow: rowByRow, chunk: BulkIntake.chunk)
    }

    /// `chunk`: rows staged before they move to the real tables (small in tests, to cross chunk edges).
    static func importData(_ data: [UInt8], into store: StationDatabase, rowByRow: Bool, chunk: Int) throws -> ImportReport {
        var report = ImportReport()
        guard let table = try CSVTable.read(data, aliases: aliases, required: ["text"],
                                            missing: Bilingual("表头缺少“内容”列", "The header lacks a text column"),
                                            into: &report) else { return report }
        let rows = OpinionRowReader(columns: table.columns, store: store, representatives: try store.representatives())
        let savedNow = store.now
        defer { store.now = savedNow }
        if rowByRow {
            try store.db.write {
                for record in table.rows {
                    do {
                        let row = try rows.resolve(record.fields)
                        if try store.opinionExists(importKey: row.key) { report.duplicates += 1; continue }
                        store.now = row.moment.map { m in { m } } ?? savedNow
                        _ = try store.recordIntake(row.request, source: "import", importKey: row.key)
                        report.imported += 1
                    } catch let error as LiaisonError where !(error is SQLiteError) {
                        report.errors.append(.init(line: record.line, message: error.message))
                    }
                }
            }
        } else {
            try store.bulkIntake(source: "import", chunk: chunk) { intake in
                for record in table.rows {
                    do {
                        let row = try rows.resolve(record.fields)
                        if try intake.contains(importKey: row.key, prefix: keyPrefix) { report.duplicates += 1; continue }
                        try intake.add(row.request, importKey: row.key, at: row.moment)
                        report.imported += 1
                    } catch let error as LiaisonError where !(error is SQLiteError) {
                        report.errors.append(.init(line: record.line, message: error.message))
                    }
                }
            }
            // A large import leaves the FTS tables in many segments; merge them once
            // (seconds at province scale) so searches stay within their goal.
            if report.imported >= Self.optimizeAfter { try store.optimizeSearchIndex() }
        }
        return report
    }

    /// Rows imported in one go after which the search index is merged.
    static let optimizeAfter = 50_000
}
