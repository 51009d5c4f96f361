import Foundation

/// Imports representatives from a CSV as an office produces it. Good rows go
/// in (in one transaction); bad rows are reported by line; re-importing the
/// same file adds no one twice.
public enum RepresentativeImporter {
    static let aliases: [String: [String]] = [
        "name": ["姓名", "代表姓名", "name"],
        "level": ["层级", "级别", "代表层级", "level"],
        "station": ["联络站", "所属联络站", "站点", "联络点", "station"],
        "district": ["选区", "选举单位", "district"],
        "group": ["代表小组", "小组", "group"],
        "phone": ["电话", "联系电话", "手机", "phone"],
        "code": ["代码", "代表码", "code"],
    ]

    public static func importFile(_ url: URL, into store: StationDatabase) throws -> ImportReport {
        let data = try [UInt8](Data(contentsOf: url))
        return try importData(data, into: store)
    }

    public static func importData(_ data: [UInt8], into store: StationDatabase) throws -> ImportReport {
        var report = ImportReport()
        guard let table = try CSVTable.read(data, aliases: aliases, required: ["name", "level"],
                                            missing: Bilingual("表头缺少“姓名”或“层级”列", "The header lacks a name or level column"),
                                            into: &report) else { return report }
        let columns = table.columns
        let stations = try store.stations()
        try store.db.write {
            for record in table.rows {
                let f = record.fields
                do {
                    guard let level = Representative.Level.parse(columns.value("level", in: f)) else {
                        throw ValidationError.choice(field: Bilingual("层级", "Level"), allowed: "全国/省/市/县/乡镇, national/provincial/municipal/county/township")
                    }
                    let stationName = TextNormalizer.line(columns.value("station", in: f))
                    var stationID = store.station.id
                    if !stationName.isEmpty {
                        guard let match = stations.first(where: { $0.name == stationName }) else {
                            report.errors.append(.init(line: record.line, message: Bilingual("找不到联络站“\(stationName)”", "No station named “\(stationName)”")))
                            continue
                        }
                        stationID = match.id
                    }
                    var code: String?
                    let codeText = columns.value("code", in: f)
                    if !codeText.trimmingCharacters(in: .whitespaces).isEmpty {
                        guard case .representative(let parsed) = try CodeParser.parse(codeText) else { throw CodeError.unrecognised }
                        code = parsed.identifier
                    }
                    let result = try store.addRepresentative(name: columns.value("name", in: f), level: level, stationID: stationID,
                                                             district: columns.value("district", in: f),
                                                             group: columns.value("group", in: f),
                                                             phone: columns.value("phone", in: f), code: code)
                    if result.created { report.imported += 1 } else { report.duplicates += 1 }
                } catch let error as LiaisonError where !(error is SQLiteError) {
                    report.errors.append(.init(line: record.line, message: error.message))
                }
            }
        }
        return report
    }
}
