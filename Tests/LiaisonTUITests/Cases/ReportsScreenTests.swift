import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

@Suite("Screens: the month's report")
struct ReportsScreenTests {
    @Test func chartsTextAndExport() throws {
        let data = try StationFixture(cases: 4)
        var screen = ReportsScreen()
        try screen.reload(from: data)
        var canvas = Canvas(width: 120, height: 40)
        screen.render(into: &canvas, area: canvas.bounds, language: .zh)
        #expect(canvas.text.contains("意见 4 条 · 案件 4 件"))
        #expect(canvas.text.contains("民生小事"))
        #expect(canvas.text.contains("响应率"))
        _ = screen.handle(.key(.tab))
        canvas = Canvas(width: 120, height: 40)
        screen.render(into: &canvas, area: canvas.bounds, language: .en)
        #expect(canvas.text.contains("Full text"))
        #expect(screen.handle(.text("e")) == .perform)
        let message = try #require(try screen.perform(with: data))
        let html = try #require(message.en.split(separator: " ").map(String.init).first { $0.hasSuffix(".html") })
        let text = try String(contentsOfFile: html, encoding: .utf8)
        #expect(text.contains("<svg") && !text.contains("http://example") && text.contains(data.store.station.name))
        // A month with nothing in it still draws.
        #expect(screen.handle(.text("[")) == .reload)
        try screen.reload(from: data)
        canvas = Canvas(width: 80, height: 24)
        screen.render(into: &canvas, area: canvas.bounds, language: .zh)
        #expect(canvas.text.contains("民意报告"))
    }
}

@Suite("Screens: the cluster workbench")
struct ClusterWorkbenchTests {
    @Test func tenSimilarComplaintsBecomeOneSuggestion() throws {
        let data = try StationFixture(cases: 0)
        let phrasings = ["三号楼门口的路灯坏了，晚上很黑", "三号楼路灯不亮好几天了", "三号楼门口路灯坏了没人修", "路灯坏了，三号楼门口晚上看不见",
                         "三号楼的路灯一直不亮", "三号楼门口路灯损坏，老人晚上出门不便", "三号楼路灯坏了半个月", "反映三号楼门口路灯不亮",
                         "三号楼路灯坏了希望尽快修", "三号楼门前的路灯坏了"]
        for (i, text) in phrasings.enumerated() {
            _ = try data.store.recordIntake(IntakeRequest(visitor: .init(name: "居民\(i)", community: "清溪社区"),
                                                          opinions: [.init(text: text, category: "livelihood")]))
        }
        _ = try data.store.recordIntake(IntakeRequest(visitor: .init(name: "居民X", community: "清溪社区"),
                                                      opinions: [.init(text: "希望社区建老年食堂", category: "publicProject")]))
        var screen = ReportsScreen()
        try screen.reload(from: data)
        #expect(screen.handle(.key(.tab)) == .handled)
        #expect(screen.handle(.key(.tab)) == .reload)
        try screen.reload(from: data)
        let proposal = try #require(screen.workbench.proposals.first)
        #expect(proposal.members.count >= 8)
        #expect(!proposal.members.contains { $0.text.contains("食堂") })
        #expect(screen.handle(.text("a")) == .perform)
        #expect(try screen.perform(with: data) != nil)
        try screen.reload(from: data)
        #expect(screen.workbench.clusters.count == 1)
        // Move to the accepted cluster and draft the suggestion.
        for _ in 0..<screen.workbench.rowCount { _ = screen.handle(.key(.down)) }
        // s opens the draft, prefilled from the cluster; Ctrl-S saves it.
        #expect(screen.handle(.text("s")) == .perform)
        #expect(try screen.perform(with: data) == nil)
        #expect(screen.handle(.key(.ctrl("s"))) == .perform)
        let message = try #require(try screen.perform(with: data))
        #expect(message.zh.contains("代表建议"))
        #expect(try data.store.suggestions().count == 1)
        var canvas = Canvas(width: 110, height: 30)
        try screen.reload(from: data)
        screen.render(into: &canvas, area: canvas.bounds, language: .zh)
        #expect(canvas.text.contains("已形成代表建议"))
    }
}
