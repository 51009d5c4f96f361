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

    /// The file is read in pieces (a province's file is never held whole).
    public static func importFile(_ url: URL, into store: StationDatabase, rowByRow: Bool = false) throws -> ImportReport {
        try importSource(open: { try CSVByteSource(path: url.path) }, whole: { [UInt8](try Data(contentsOf: url)) },
                         into: store, rowByRow: rowByRow, chunk: BulkIntake.chunk)
    }

    /// Every row is checked and deduplicated the same way on both paths. The
    /// bulk path (default) writes in one transaction through prepared
    /// statements and indexes the new rows for search at the end; `rowByRow`
    /// records each row through `recordIntake` and leaves them queued for the
    /// search drain (kept to compare the two).
    public static func importData(_ data: [UInt8], into store: StationDatabase, rowByRow: Bool = false) throws -> ImportReport {
        try importData(data, into: store, rowByRow: rowByRow, chunk: BulkIntake.chunk)
    }

    /// `chunk`: rows staged before they move to the real tables (small in tests,
    /// to cross chunk edges); `pieces`: bytes the reader gets at a time.
    static func importData(_ data: [UInt8], into store: StationDatabase, rowByRow: Bool, chunk: Int,
                           pieces: Int = .max) throws -> ImportReport {
        try importSource(open: { CSVByteSource(bytes: data, chunk: pieces) }, whole: { data },
                         into: store, rowByRow: rowByRow, chunk: chunk)
    }

    /// UTF-8 (with or without a BOM) is read as it streams; a file that turns
    /// out not to be UTF-8 is read again whole and decoded as `TextDecoding`
    /// decides (GB18030): the first attempt's transaction is rolled back by then.
    /// Inside a caller's transaction (nothing to roll back to) the file is decoded first.
    static func importSource(open: () throws -> CSVByteSource, whole: () throws -> [UInt8], into store: StationDatabase,
                             rowByRow: Bool, chunk: Int) throws -> ImportReport {
        if !store.db.isInTransaction {
            do {
                return try importRecords(CSVStreamReader(source: open()), encoding: .utf8, into: store, rowByRow: rowByRow, chunk: chunk)
            } catch is CSVStreamReader.NotUTF8 {}
        }
        let (text, encoding) = try TextDecoding.decode(whole())
        return try importRecords(CSVStreamReader(bytes: Array(text.utf8), skipsBOM: false), encoding: encoding,
                                 into: store, rowByRow: rowByRow, chunk: chunk)
    }

    /// Reads the header, then each record as it comes. The reader's problems
    /// (an unterminated quote) come first in the report, as when the whole file
    /// was parsed before any row was read.
    private static func importRecords(_ reader: CSVStreamReader, encoding: TextDecoding.Encoding, into store: StationDatabase,
                                      rowByRow: Bool, chunk: Int) throws -> ImportReport {
        var reader = reader
        var report = ImportReport()
        report.encoding = encoding
        var rowErrors: [ImportReport.RowError] = []
        try readRows(&reader, into: &report, errors: &rowErrors, store: store, rowByRow: rowByRow, chunk: chunk)
        report.errors = reader.problems.map { .init(line: $0.line, message: $0.message) } + rowErrors
        return report
    }

    private static func readRows(_ reader: inout CSVStreamReader, into report: inout ImportReport, errors rowErrors: inout [ImportReport.RowError],
                                 store: StationDatabase, rowByRow: Bool, chunk: Int) throws {
        guard let header = try reader.next() else { return }
        let columns = ColumnMap(header: header.fields, aliases: aliases)
        guard columns.has("text") else {
            // The rest is read only for its problems (and its encoding).
            reader.wanted = []
            while try reader.next() != nil {}
            rowErrors.append(.init(line: header.line, message: Bilingual("表头缺少“内容”列", "The header lacks a text column")))
            return
        }
        let used = Set(columns.index.values)
        reader.wanted = header.fields.indices.map(used.contains)
        let rows = OpinionRowReader(columns: columns, store: store, representatives: try store.representatives())
        let savedNow = store.now
        defer { store.now = savedNow }
        if rowByRow {
            try store.db.write {
                while let record = try reader.next() {
                    do {
                        let row = try rows.resolve(record.fields)
                        if try store.opinionExists(importKey: row.key) { report.duplicates += 1; continue }
                        store.now = row.moment.map { m in { m } } ?? savedNow
                        _ = try store.recordIntake(row.request, source: "import", importKey: row.key)
                        report.imported += 1
                    } catch let error as LiaisonError where !(error is SQLiteError) {
                        rowErrors.append(.init(line: record.line, message: error.message))
                    }
                }
            }
        } else {
            try store.withImportCache {
                try store.bulkIntake(source: "import", chunk: chunk) { intake in
                    while let record = try reader.next() {
                        do {
                            let row = try rows.resolve(record.fields)
                            if try intake.contains(importKey: row.key, prefix: keyPrefix) { report.duplicates += 1; continue }
                            try intake.add(row.request, importKey: row.key, at: row.moment)
                            report.imported += 1
                        } catch let error as LiaisonError where !(error is SQLiteError) {
                            rowErrors.append(.init(line: record.line, message: error.message))
                        }
                    }
                }
                // A large import leaves the FTS tables in many segments; merge them once
                // (seconds at province scale) so searches stay within their goal.
                if report.imported >= Self.optimizeAfter { try store.optimizeSearchIndex() }
            }
        }
    }

    /// Rows imported in one go after which the search index is merged.
    static let optimizeAfter = 50_000
}
