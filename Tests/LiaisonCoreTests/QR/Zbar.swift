import Foundation
import Testing

/// Runs zbarimg (zbar-tools), the independent decoder every symbol must pass.
enum Zbar {
    /// The zbarimg on PATH, or nil.
    static var executable: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("zbarimg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }

    /// Records a failure (never a silent skip) when zbarimg is missing.
    static func require(sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let executable else {
            Issue.record("zbarimg not found on PATH: install zbar-tools (apt-get install -y zbar-tools); QR symbols must be checked by an independent decoder", sourceLocation: sourceLocation)
            return nil
        }
        return executable
    }

    /// `zbarimg --nodbus -q --raw -Sbinary FILES…`: with -Sbinary zbar prints
    /// each symbol's bytes exactly as encoded, with nothing between symbols,
    /// so the output of several files is the concatenation of their payloads.
    static func decode(_ executable: URL, files: [URL]) throws -> (output: [UInt8], status: Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--nodbus", "-q", "--raw", "-Sbinary"] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (Array(data), process.terminationStatus)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-qr-\(label)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
