import Foundation
import Testing
@testable import LiaisonCore

/// 10,000 hostile sync bundles — random bytes and byte-level mutations of a
/// real signed bundle — against the station: no crash, a clear bilingual
/// error, and nothing written.
@Suite("Fuzz: the sync bundle reader")
struct BundleReaderFuzzTests {
    @Test func tenThousandHostileBundles() throws {
        let (folder, bundle, _) = try SyncRefusalTests.prepare()
        let path = folder.path("station.db")
        let store = try SyncNetwork.open(path, clock: TestClock(Date()), actor: "测试")
        let before = try store.syncedContentDump()
        let changesBefore = try store.db.scalarInt("SELECT COUNT(*) FROM change_log")
        var input = FuzzInput(seed: 0xB0_7D1E)
        var accepted = 0
        for i in 0..<10_000 {
            let data: [UInt8]
            switch i % 4 {
            case 0: data = input.bytes(input.int(0...400))
            case 1: data = Array(bundle.prefix(input.int(0...bundle.count - 1)))
            default: data = input.mutate(bundle)
            }
            do {
                _ = try store.importSyncBundle(data)
                accepted += 1
                // Checksum and HMAC cover the payload: only the genuine bundle may pass
                // (hex digits in the header are read in either case).
                let same = Self.canonical(data) == Self.canonical(bundle)
                #expect(same, "a changed bundle was accepted (input \(i))")
            } catch let error as LiaisonError {
                #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
            } catch {
                Issue.record("an error without a message: \(error)")
            }
        }
        if accepted == 0 {
            #expect(try store.syncedContentDump() == before)
            #expect(try store.db.scalarInt("SELECT COUNT(*) FROM change_log") == changesBefore)
        }
        #expect(try store.check().ok)
    }

    /// The bundle with its header lines (before the blank line) lower-cased.
    static func canonical(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var i = 0
        while i + 1 < out.count, !(out[i] == 0x0A && out[i + 1] == 0x0A) {
            if (0x41...0x5A).contains(out[i]) { out[i] += 0x20 }
            i += 1
        }
        return out
    }
}
