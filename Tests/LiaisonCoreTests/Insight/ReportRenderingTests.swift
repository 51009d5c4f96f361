import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LiaisonCore

/// Counts elements and fails on malformed XML.
final class XMLCheck: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var attributes: [String] = []
    var text = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        elements[name, default: 0] += 1
        self.attributes += attributes.map { "\($0.key)=\($0.value)" }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    static func parse(_ html: String) -> (ok: Bool, check: XMLCheck, error: String) {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = check
        let ok = parser.parse()
        return (ok, check, parser.parserError.map { "\($0)" } ?? "")
    }
}

@Suite("Insight: report rendering and Open311")
struct ReportRenderingTests {
    let folder = TemporaryFolder()

    func report() throws -> StationReport {
        let built = try ReportFixture.build(in: folder)
        // A hostile name must come out as text, never markup.
        try built.store.updateStation { $0.name = "幸福<script>alert(1)</script>&站" }
        return try built.store.report(for: ReportPeriod.month("2026-03")!)
    }

    @Test("HTML is well-formed, self-contained, escaped, with SVG charts")
    func html() throws {
        let r = try report()
        for lang in Language.allCases {
            let html = ReportHTMLRenderer.render(r, language: lang)
            let parsed = XMLCheck.parse(html)
            #expect(parsed.ok, "\(parsed.error)")
            #expect(parsed.check.elements["svg", default: 0] >= 5)
            #expect(parsed.check.elements["script"] == nil)
            #expect(parsed.check.elements["rect", default: 0] > 0)
            #expect(!html.lowercased().contains("http://") && !html.lowercased().contains("https://"))
            #expect(!html.contains("<script"))
            for a in parsed.check.attributes {
                #expect(!a.hasPrefix("src=") && !a.hasPrefix("href="), "external reference \(a)")
            }
            #expect(!html.lowercased().contains("url("))
            #expect(parsed.check.text.contains("幸福<script>alert(1)</script>&站"))
        }
        #expect(ReportHTMLRenderer.render(r).contains("响应率"))
        #expect(ReportHTMLRenderer.render(r, language: .en).contains("Response rate"))
    }

    @Test("Markdown, CSV and text carry the same figures")
    func otherFormats() throws {
        let r = try report()
        let md = ReportMarkdownRenderer.render(r)
        #expect(md.contains("| 响应率 | 80% | 4/5 |"))
        #expect(md.contains("| 民生小事 | 5 | 83.3% |"))
        let csv = ReportCSVRenderer.render(r)
        #expect(csv.hasPrefix("\u{FEFF}section,key,label,value,denominator"))
        #expect(csv.contains("rate,onTime,按时率,3,4"))
        #expect(csv.contains("total,opinions,意见建议（条）,6"))
        let text = ReportTextRenderer.render(r, language: .en)
        #expect(text.contains("Satisfaction rate"))
        #expect(text.contains("2/3 (66.7%)"))
        #expect(ReportOutput.parse("markdown") == .md)
        #expect(ReportOutput.parse("pdf") == nil)
    }

    @Test("Open311 GeoReport v2: one request per case, status and fields mapped")
    func open311() throws {
        let built = try ReportFixture.build(in: folder)
        let requests = try built.store.open311Requests()
        #expect(requests.count == 8)
        let json = try JSONSerialization.jsonObject(with: try Open311Export.json(requests)) as! [[String: Any]]
        #expect(json.count == 8)
        let a = try #require(json.first { ($0["description"] as? String) == "路灯坏了" })
        #expect(a["status"] as? String == "closed")
        #expect(a["service_name"] as? String == "民生小事")
        #expect(a["address"] as? String == "幸福社区")
        #expect((a["service_request_id"] as? String)?.hasPrefix("DS-2026-") == true)
        #expect(a["requested_datetime"] as? String == "2026-03-02T10:00:00+08:00")
        #expect(a["updated_datetime"] as? String == "2026-03-06T10:00:00+08:00")
        #expect(a["agency_responsible"] as? String == built.departments[0].name)
        let d = try #require(json.first { ($0["description"] as? String) == "建议增设公交站" })
        #expect(d["status"] as? String == "open")
        #expect(d["expected_datetime"] as? String == "2026-03-25T23:59:59+08:00")
        #expect(d["agency_responsible"] == nil)
        #expect(try built.store.open311Requests(since: CivilDate("2026-04-01")).count == 1)
    }
}
