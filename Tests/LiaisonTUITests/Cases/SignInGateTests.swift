import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

@Suite("Shell: sign-in, first admin and idle lock")
struct SignInGateTests {
    func app(_ data: StationFixture, now: Date) -> AppModel {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var config = FrontDeskConfiguration(language: .zh, themesDirectory: root.appendingPathComponent("Themes"))
        config.requireSignIn = true
        return AppModel(configuration: config, data: data, now: now)
    }

    func type(_ app: inout AppModel, _ text: String, _ data: StationFixture, _ now: Date) {
        for c in text { app.handle(.text(String(c)), data: data, now: now) }
    }

    @Test func firstRunCreatesTheAdminThenTheIdleLockAsksAgain() throws {
        let data = try StationFixture(cases: 1)
        data.store.actor = ""
        let start = Date()
        var model = app(data, now: start)
        #expect(model.gate?.mode == .firstAdmin)
        #expect(!model.render(width: 100, height: 30).text.contains("第0号楼"), "nothing of the station behind the gate")
        // F4 does nothing while the gate is up.
        model.handle(.key(.function(4)), data: data, now: start)
        #expect(model.current == .home)
        type(&model, "站长老周", data, start)
        model.handle(.key(.tab), data: data, now: start)
        type(&model, "246810", data, start)
        model.handle(.key(.tab), data: data, now: start)
        type(&model, "246811", data, start)
        model.handle(.key(.enter), data: data, now: start)
        #expect(model.gate != nil)
        #expect(model.render(width: 100, height: 30).text.contains("两次输入不一致"))
        type(&model, "246810", data, start)
        model.handle(.key(.tab), data: data, now: start)
        type(&model, "246810", data, start)
        let frame = model.render(width: 100, height: 30).text
        #expect(!frame.contains("246810"), "the secret is never drawn")
        model.handle(.key(.enter), data: data, now: start)
        #expect(model.gate == nil)
        #expect(data.store.actor == "站长老周")
        // Quiet for longer than the idle time: locked.
        let later = start.addingTimeInterval(Double(IdleLock.defaultMinutes * 60 + 1))
        let locked = model.tick(now: later)
        #expect(locked)
        #expect(model.gate?.mode == .locked)
        type(&model, "站长老周", data, later)
        model.handle(.key(.tab), data: data, now: later)
        type(&model, "000000", data, later)
        model.handle(.key(.enter), data: data, now: later)
        #expect(model.gate != nil)
        type(&model, "246810", data, later)
        model.handle(.key(.enter), data: data, now: later)
        #expect(model.gate == nil)
    }
}
