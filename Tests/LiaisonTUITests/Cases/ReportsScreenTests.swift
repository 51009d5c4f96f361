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
