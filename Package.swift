// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
        .executable(name: "liaison-bench", targets: ["liaison-bench"]),
    ],
    targets: [
        // System libraries, reached through module maps and shim headers.
        .systemLibrary(
            name: "CSQLite3",
            path: "Sources/CSQLite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Model, workflow, store, QR, search, sync, reports: no terminal code.
        .target(name: "LiaisonCore", dependencies: ["CSQLite3"]),
        // Screens, widgets, themes: no SQL. ncurses only in Terminal/.
        .target(name: "LiaisonTUI", dependencies: ["LiaisonCore", "CNCursesW"]),
        .executableTarget(name: "liaison", dependencies: ["LiaisonCore", "LiaisonTUI"]),
        .executableTarget(name: "liaison-bench", dependencies: ["LiaisonCore", "LiaisonTUI"]),
        .testTarget(name: "LiaisonCoreTests", dependencies: ["LiaisonCore"]),
        .testTarget(name: "LiaisonTUITests", dependencies: ["LiaisonTUI", "LiaisonCore"], exclude: ["Snapshots"]),
        .testTarget(name: "LiaisonEndToEndTests", dependencies: ["LiaisonCore"]),
    ],
    swiftLanguageModes: [.v6]
)
