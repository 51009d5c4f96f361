import Foundation
import LiaisonCore
import LiaisonTUI

/// Opens the front desk (the TUI) on a station database.
enum FrontDeskCommand {
    static func run(_ c: Context, demo: Bool, path: String? = nil) throws -> Int32 {
        let store = try c.openStore(path: path ?? c.databasePath())
        // The demo station opens signed in as its demo receptionist.
        if demo, let user = store.setting("demo_user") { store.actor = user }
        let themes = DataDirectory.locate().map { $0.deletingLastPathComponent().appendingPathComponent("Themes") }
            ?? URL(fileURLWithPath: "Themes")
        let configuration = FrontDeskConfiguration(language: c.language, themeName: c.arguments["theme"],
                                                   ascii: c.arguments.has("ascii"), themesDirectory: themes,
                                                   mouse: c.arguments.has("mouse"), screens: ScreenRegistry.screens,
                                                   environment: c.environment)
        return FrontDesk.run(configuration: configuration, dataSource: StationDataSource(store: store))
    }
}
