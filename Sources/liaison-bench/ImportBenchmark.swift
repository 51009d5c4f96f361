import Foundation
import LiaisonCore

/// Importing opinions including search indexes: our importer (as `liaison
/// import opinions`: the bulk path, which indexes what it imports; any queue
/// left is drained and counted) beside the sqlite3 shell importing the same
/// CSV into the same schema and building the same search rows. Default
/// 1,000,000 rows, the goal's size (the importer streams its file; about ten
/// minutes for both sides on this machine); LIAISON_BENCH_IMPORT lowers it and
/// the result line says how many ran. Both sides use the same page cache
/// (`StationDatabase.importCacheSize`).
enum ImportBenchmark {
    static func lines(dataset: StationDatabase, reference: ReferenceData) -> [String] {
        let count = BenchDataset.environmentInt("LIAISON_BENCH_IMPORT", 1_000_000)
        let folder = BenchDataset.folder
        let csv = folder.appendingPathComponent("import-\(count)-v2.csv").path
        let fm = FileManager.default
        var lines: [String] = []
        do {
            if !fm.fileExists(atPath: csv) { try writeCSV(from: dataset, count: count, to: csv) }
            let ours = folder.appendingPathComponent("import-ours.db").path
            let shell = folder.appendingPathComponent("import-shell.db").path
            for path in [ours, shell] { for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) } }
            defer { for path in [ours, shell] { for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) } } }
            let clock = ContinuousClock()
            let store = try StationDatabase.create(path: ours, stationName: "导入对照站", reference: reference)
            // Peak memory of the import alone: the kernel's high-water mark is reset first (writing 5 to clear_refs).
            try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
            let baseMB = Self.currentResidentMB()
            var start = clock.now
            let report = try OpinionImporter.importFile(URL(fileURLWithPath: csv), into: store)
            let importMS = milliseconds(clock.now - start)
            let peakMB = peakResidentMB()
            start = clock.now
            let indexed = try store.updateSearchIndex()
            let indexMS = milliseconds(clock.now - start)
            let oursMS = importMS + indexMS
            lines.append(String(format: "  ours: %d imported (%d errors), %d rows indexed: import %.1f s + search index %.1f s = %.1f s",
                                report.imported, report.errors.count, indexed, importMS / 1000, indexMS / 1000, oursMS / 1000))
            lines.append(String(format: "  ours: peak resident memory during the import %.0f MB (%.0f MB before it)", peakMB, baseMB))
            _ = try StationDatabase.create(path: shell, stationName: "导入对照站", reference: reference)
            let script = folder.appendingPathComponent("import-shell.sql").path
            try BenchmarkAnchor.shellImportScript(csvPath: csv).write(toFile: script, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", shell, ".read '\(script)'"]
            start = clock.now
            try process.run()
            process.waitUntilExit()
            let shellMS = milliseconds(clock.now - start)
            guard process.terminationStatus == 0 else {
                return lines + ["  sqlite3 shell failed (status \(process.terminationStatus)); is sqlite3 installed? (apt-get install -y sqlite3)"]
            }
            let ratio = oursMS / shellMS
            lines.append(String(format: "  anchor sqlite3 shell: .import + INSERT…SELECT of the same rows, indexes, triggers and the same search rows (pinyin keys, visitor, case and opinion FTS) from precomputed columns: %.1f s", shellMS / 1000))
            lines.append(String(format: "  import of %d opinions incl. search indexes: %.2f× the sqlite3 shell (goal ≤ 1.5×: %@)",
                                count, ratio, ratio <= 1.5 ? "ok" : "MISSED"))
        } catch {
            lines.append("  import: \(error)")
        }
        return lines
    }

    /// Resident memory of this process now (VmRSS), in MB.
    static func currentResidentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return 0
    }

    /// The CSV both sides read: the importer's columns, plus for the shell
    /// (which cannot cut Chinese into tokens or spell pinyin) the opinion's,
    /// the visitor name's and the anchor's case number's search tokens and the
    /// name's pinyin keys. Our importer ignores the extra columns.
    static func writeCSV(from store: StationDatabase, count: Int, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        let pinyin = SearchPinyin.shared()
        var out = CSVWriter.row(["日期", "姓名", "电话", "社区", "内容", "分类", "uni", "bi", "v_uni", "v_bi", "c_uni", "c_bi",
                                 "initials", "full"]) + "\n"
        var n = 0
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        for row in try BenchmarkAnchor.importRows(store, limit: count) {
            n += 1
            let phone = "139" + pad(n, 8)
            let extra = BenchmarkAnchor.shellSearchColumns(text: row.text, name: row.name, caseNumber: "DS-\(row.date.prefix(4))-\(pad(n, 6))",
                                                           pinyin: pinyin)
            out += CSVWriter.row([row.date, row.name, phone, row.community, row.text, row.category] + extra) + "\n"
            if out.utf8.count > 1 << 22 {
                handle.write(Data(out.utf8))
                out = ""
            }
        }
        handle.write(Data(out.utf8))
    }
}
