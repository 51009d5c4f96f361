import Foundation

/// The built `liaison` executable: `$LIAISON_BIN` if set, else beside the
/// test bundle in the build products folder (`swift build --show-bin-path`).
enum LiaisonBinary {
    static var url: URL? {
        if let path = ProcessInfo.processInfo.environment["LIAISON_BIN"] { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(exe)
        candidates.append(Bundle.main.bundleURL)
        candidates.append(URL(fileURLWithPath: CommandLine.arguments.first ?? "."))
        for start in candidates {
            var dir = start.deletingLastPathComponent()
            // The test binary sits in …/debug/LiaisonPackageTests.xctest (a file on Linux, a bundle on macOS).
            for _ in 0..<4 {
                let bin = dir.appendingPathComponent("liaison")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: bin.path, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: bin.path) {
                    return bin
                }
                dir.deleteLastPathComponent()
            }
        }
        return nil
    }
}
