import Foundation
import LiaisonCore

/// The real Data/pinyin.tsv, found from this file's path (the tests run in
/// a build folder, so the working directory says nothing about the repo).
enum PinyinFixture {
    static let tableURL: URL = {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Data/pinyin.tsv")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        fatalError("Data/pinyin.tsv not found above \(#filePath)")
    }()

    /// Loaded once for all pinyin suites.
    static let table: Pinyin = {
        do { return try Pinyin(contentsOf: tableURL) } catch { fatalError("\(error)") }
    }()
}
