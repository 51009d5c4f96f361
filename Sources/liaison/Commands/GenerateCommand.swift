import Foundation
import LiaisonCore

/// `liaison generate [--opinions N] [--representatives N] [--stations N] [--seed S] [--db PATH] [--force]`:
/// a NEW database of synthetic province-scale data (default 1,000,000 opinions,
/// 87,000 representatives, 1,500 stations). Without `--db` it is `generated.db`
/// beside the default database, never the station's own file.
enum GenerateCommand {
    static func run(_ c: Context) throws -> Int32 {
        let options = GenerationOptions(opinions: try c.arguments.int("opinions") ?? 1_000_000,
                                        representatives: try c.arguments.int("representatives") ?? 87_000,
                                        stations: try c.arguments.int("stations") ?? 1_500,
                                        seed: UInt64(bitPattern: Int64(try c.arguments.int("seed") ?? 1)))
        do {
            try options.validate()
        } catch let invalid as GenerationOptions.Invalid {
            throw Arguments.UsageError(message: invalid.message)
        }
        let path = c.databasePath(defaultName: "generated.db")
        try c.ensureParentDirectory(of: path)
        switch DatabaseFile.inspect(path: path) {
        case .missing, .empty:
            break
        case .liaison where c.arguments.has("force"):
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
        case .liaison:
            throw Arguments.UsageError(message: Bilingual("\(path) 已存在；generate 只写新文件（用 --force 替换合成数据库）",
                                                          "\(path) exists; generate writes a new file only (--force replaces it)"))
        case .foreignSQLite: throw StoreError.notLiaisonDatabase(path: path)
        case .notSQLite: throw StoreError.notSQLite(path: path)
        }
        guard let dataDir = DataDirectory.locate() else { throw ReferenceData.MissingDataError(path: "Data/generate") }
        let phrases = try PhraseBank.load(from: dataDir)
        c.err(Bilingual("正在生成合成数据：\(options.opinions) 条意见，\(options.representatives) 位代表，\(options.stations) 个站点……",
                        "Generating: \(options.opinions) opinions, \(options.representatives) representatives, \(options.stations) stations…"))
        let summary = try ProvinceGenerator.generate(at: path, options: options, reference: try c.reference(), phrases: phrases) { done in
            c.err(Bilingual("  已写入 \(done) 条意见", "  \(done) opinions written"))
        }
        let states = CaseState.allCases.map { "\($0.label(c.language)) \(summary.casesByState[$0] ?? 0)" }.joined(separator: "，")
        c.say(Bilingual(
            "已生成 \(path)：\(summary.stations) 个站点，\(summary.representatives) 位代表，\(summary.visitors) 位来访者，\(summary.opinions) 条意见，\(summary.cases) 个案件（\(states)），\(summary.events) 条办理记录，用时 \(String(format: "%.1f", summary.seconds)) 秒",
            "Generated \(path): \(summary.stations) stations, \(summary.representatives) representatives, \(summary.visitors) visitors, \(summary.opinions) opinions, \(summary.cases) cases (\(states)), \(summary.events) case events in \(String(format: "%.1f", summary.seconds)) s"))
        let zh = ["rows": "写入", "search": "搜索索引", "indexes": "索引", "counters": "计数", "commit": "落盘",
                  "report facts": "报表数据", "search copy": "搜索索引并入", "search merge": "搜索合并"]
        func steps(_ name: (String) -> String) -> String {
            summary.phases.map { "\(name($0.name)) \(String(format: "%.1f", $0.seconds))" }.joined(separator: ", ")
        }
        c.err(Bilingual("  各步用时（秒）：\(steps { zh[$0] ?? $0 })", "  seconds per step: \(steps { $0 })"))
        return ExitCode.success
    }
}
