import Foundation

/// Finds the `Data/` folder (categories, calendar, departments, demo station):
/// `$LIAISON_DATA`, else a `Data` folder beside or above the executable (a
/// checkout running `swift run`), else the checkout this file was built from.
public enum DataDirectory {
    static let marker = "categories.tsv"

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments.first ?? "") -> URL? {
        let fm = FileManager.default
        if let explicit = environment["LIAISON_DATA"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            return fm.fileExists(atPath: url.appendingPathComponent(marker).path) ? url : nil
        }
        var candidates: [URL] = []
        var dir = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Data"))
            candidates.append(dir.appendingPathComponent("share/liaison/Data"))
            dir.deleteLastPathComponent()
        }
        // Sources/LiaisonCore/Support/DataDirectory.swift → repository root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("Data"))
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent(marker).path) }
    }
}
