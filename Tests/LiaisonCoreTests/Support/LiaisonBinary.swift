import Foundation

/// The built `liaison` executable, beside the test bundle in the build folder.
enum LiaisonBinary {
    static var url: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") || dir.path.contains(".xctest/") {
            while dir.path.contains(".xctest") { dir.deleteLastPathComponent() }
        }
        let candidate = dir.appendingPathComponent("liaison")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        // Fall back to the package's default debug build folder.
        return Fixtures.root.appendingPathComponent(".build/debug/liaison")
    }

    /// Runs the binary to completion and returns exit status, stdout and stderr.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LIAISON_DATA"] = Fixtures.dataDirectory.path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
