import Foundation
import LiaisonCore

/// `liaison demo [--reset]`: builds the demo station (once) and opens the front desk on it.
/// Without `--db`, the demo lives beside the default database as `demo.db`, so it never
/// touches a real station's data.
enum DemoCommand {
    static func run(_ c: Context) throws -> Int32 {
        let path = c.databasePath(defaultName: "demo.db")
        try c.ensureParentDirectory(of: path)
        let fm = FileManager.default
        if c.arguments.has("reset") {
            // Only a Liaison database (or nothing) is ever removed.
            switch DatabaseFile.inspect(path: path) {
            case .liaison, .empty, .missing:
                for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
                    try fm.removeItem(atPath: path + suffix)
                }
            case .foreignSQLite: throw StoreError.notLiaisonDatabase(path: path)
            case .notSQLite: throw StoreError.notSQLite(path: path)
            }
        }
        let kind = DatabaseFile.inspect(path: path)
        if kind == .missing || kind == .empty {
            guard let dataDir = DataDirectory.locate() else { throw ReferenceData.MissingDataError(path: "Data/demo") }
            c.err(Bilingual("正在建立演示站点……", "Building the demo station…"))
            try DemoStationBuilder(dataDirectory: dataDir, reference: try c.reference()).build(at: path)
            let o = try c.openStore(path: path).overview()
            c.err(Bilingual("演示站点“\(o.station.name)”已建立：\(o.representatives) 位代表，\(o.opinions) 条意见，\(path)",
                            "Demo station “\(o.station.name)” created: \(o.representatives) representatives, \(o.opinions) opinions, \(path)"))
        }
        return try FrontDeskCommand.run(c, demo: true, path: path)
    }
}
