import Foundation
import LiaisonCore
import Testing

extension EndToEnd {
    /// Escape sequences typed or pasted into a form (a screen clear, an OSC 52
    /// clipboard write) never reach the terminal raw and are never stored.
    @Suite("Hostile input in tmux", .serialized)
    struct HostileInputEndToEndTests {
        @Test("ESC[2J and OSC 52 typed into the intake form: the screen stays whole, the database holds no control characters")
        func escapeSequencesInAForm() throws {
            guard Tmux.isAvailable, let binary = LiaisonBinary.url else {
                Issue.record("tmux and the liaison binary are needed (.ci/run installs tmux)")
                return
            }
            let t = try Tmux(name: "hostile", width: 100, height: 30)
            let db = t.folder.appendingPathComponent("demo.db").path
            try t.launch([binary.path, "demo", "--db", db, "--lang", "zh"])
            try #require(t.wait(timeout: 30) { $0.contains("联络站前台") && $0.contains("前往") }, "\(t.screen)")
            try t.keys("F2")
            try #require(t.waitFor("来访群众"), "\(t.screen)")
            // A name with a screen clear inside, then an opinion carrying an OSC 52 clipboard write.
            try t.type("王\u{1B}[2J小明"); try t.keys("Tab")
            try t.type("13912349999"); try t.keys("Tab")
            try t.keys("Tab", "Tab", "Tab", "Tab")
            try t.type("路灯坏了\u{1B}]52;c;SGVsbG8=\u{07}请修理")
            usleep(300_000)
            let screen = try t.capture()
            #expect(screen.contains("联络站前台"), "the title line was wiped:\n\(screen)")
            #expect(screen.contains("来访群众"), "the form was wiped:\n\(screen)")
            try t.keys("C-s")
            try #require(t.waitFor("来访回执"), "no receipt:\n\(t.screen)")
            try t.keys("F10")
            #expect(t.waitFor("EXIT:0"))
            // What reached the database: text, no control characters.
            let store = try StationDatabase(path: db, reference: try ReferenceData.load(from: Self.data))
            let saved = try store.exportTable(.opinions, since: nil).rows.filter { $0[3].contains("请修理") }
            try #require(saved.count == 1, "the opinion was not saved")
            for field in saved[0] {
                #expect(!field.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "control character stored in \(field.debugDescription)")
            }
            #expect(saved[0][7].hasPrefix("王") && saved[0][7].hasSuffix("小明"))
        }

        static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
    }
}
