import Foundation
import LiaisonCore
import LiaisonTUI

/// Opens the front desk (the TUI) on a station database.
enum FrontDeskCommand {
    static func run(_ c: Context, demo: Bool, path: String? = nil) throws -> Int32 {
        let store = try c.openStore(path: path ?? c.databasePath())
        // The demo station opens signed in as its demo receptionist.
        if demo, let user = store.setting("demo_user") {
            store.actor = user
            store.signedIn = try store.user(named: user)
        }
        let themes = DataDirectory.locate().map { $0.deletingLastPathComponent().appendingPathComponent("Themes") }
            ?? URL(fileURLWithPath: "Themes")
        let configuration = FrontDeskConfiguration(language: c.language, themeName: c.arguments["theme"],
                                                   ascii: c.arguments.has("ascii"), themesDirectory: themes,
                                                   mouse: c.arguments.has("mouse"), screens: ScreenRegistry.screens(representativeID: try representativeID(c, store)),
                                                   environment: c.environment)
        var config = configuration
        config.requireSignIn = !demo
        // Nobody is at a real station's desk until they sign in.
        if !demo { store.actor = "" }
        return FrontDesk.run(configuration: config, dataSource: StationDataSource(store: store))
    }

    /// `--representative CODE` opens a representative's own queue.
    static func representativeID(_ c: Context, _ store: StationDatabase) throws -> String? {
        guard let code = c.arguments["representative"] else { return nil }
        return try store.resolveRepresentative(scanned: code).representative.id
    }
}
