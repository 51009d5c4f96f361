import LiaisonCore

/// `liaison init --station NAME`: an empty station database.
enum InitCommand {
    static func run(_ c: Context) throws -> Int32 {
        guard let name = c.arguments["station"], !name.isEmpty else {
            throw Arguments.UsageError(message: Bilingual("init 需要 --station 名称", "init needs --station NAME"))
        }
        let kindText = c.arguments["kind"] ?? "station"
        guard let kind = Station.Kind(rawValue: kindText) else {
            throw Arguments.UsageError(message: Bilingual("--kind 只能是 station 或 outpost", "--kind must be station or outpost"))
        }
        let path = c.databasePath()
        try c.ensureParentDirectory(of: path)
        let phone = try c.arguments["phone"].map { try PhoneNumber.validate($0).canonical } ?? ""
        let store = try StationDatabase.create(path: path, stationName: name, kind: kind, reference: try c.reference(), phone: phone)
        c.say(Bilingual("已建立“\(store.station.name)”：\(path)", "Created “\(store.station.name)” at \(path)"))
        return ExitCode.success
    }
}
