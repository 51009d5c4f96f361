import Foundation
import Testing
@testable import LiaisonCore

@Suite("Import: CSV as Chinese offices produce it")
struct CSVImportTests {
    @Test func parserHandlesQuotesEmbeddedNewlinesAndCRLF() {
        let text = "姓名,意见\r\n王小明,\"路灯坏了，\r\n还有\"\"积水\"\"\"\r\n\r\n李四,ok\n"
        let (records, problems) = CSVParser.parse(text)
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["王小明", "路灯坏了，\n还有\"积水\""])
        #expect(records[2].fields == ["李四", "ok"])
    }

    @Test func unterminatedQuoteIsReportedWithItsLine() {
        let (records, problems) = CSVParser.parse("a,b\n1,2\n3,\"oops\n4,5\n")
        #expect(records.count == 2)
        #expect(problems.map(\.line) == [3])
    }

    static let representatives = """
    姓名,层级,选区,代表小组,电话
    王小明,乡镇,清溪社区,第一小组,13800000001
    李红,省,清溪选区,省代表小组,13800000002
    ,市,第三选区,,13800000003
    张伟,村长,第三选区,,13800000004
    赵敏,区,一选区,,1380000
    "陈 ""老"" 建国",全国,省代表团,,
    """

    @Test func gb18030FileWithBadRows() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let bytes = try #require(TextDecoding.encodeGB18030(Self.representatives.replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(String(validating: bytes, as: UTF8.self) == nil) // really not UTF-8
        let report = try RepresentativeImporter.importData(bytes, into: store)
        #expect(report.encoding == .gb18030)
        #expect(report.imported == 3)
        #expect(report.errors.map(\.line) == [4, 5, 6])
        #expect(try store.representatives().map(\.name).sorted() == ["李红", "王小明", "陈 \"老\" 建国"].sorted())
        let summary = report.summary(.zh)
        #expect(summary.contains("第 5 行") && summary.contains("层级"))
        // Importing again adds no one.
        let again = try RepresentativeImporter.importData(bytes, into: store)
        #expect(again.imported == 0 && again.duplicates == 3)
        #expect(try store.representatives().count == 3)
    }

    @Test func utf8WithAndWithoutBOMAndEnglishHeaders() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let english = "name,level,district\nAlice Wang,county,District 1\n"
        let withBOM = [0xEF, 0xBB, 0xBF] + Array("姓名,级别\n周海燕,市\n".utf8)
        let r1 = try RepresentativeImporter.importData(Array(english.utf8), into: store)
        let r2 = try RepresentativeImporter.importData(withBOM, into: store)
        #expect(r1.imported == 1 && r1.errors.isEmpty && r1.encoding == .utf8)
        #expect(r2.imported == 1 && r2.errors.isEmpty)
        #expect(try store.representatives().map(\.level).sorted { $0.rawValue < $1.rawValue } == [.county, .municipal])
    }

    @Test func everyRepresentativeGetsAValidCode() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        _ = try RepresentativeImporter.importData(Array(Self.representatives.utf8), into: store)
        for rep in try store.representatives() {
            let code = store.representativeCode(rep)
            #expect(try CodeParser.parse(code.description) == .representative(code))
            #expect(try store.resolveRepresentative(scanned: code.description).representative.id == rep.id)
        }
    }

    @Test func opinionsImportReportsBadRowsAndSkipsDuplicates() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        let csv = """
        日期,姓名,电话,社区,内容,分类
        2026-02-02,王小明,13800000001,清溪社区,"三号楼路灯坏了
        晚上看不见",民生小事
        2026-02-03,李四,12345,溪南社区,垃圾清运不及时,
        2026-02-30,张三,,溪北社区,停车难,民生小事
        2026-02-04,,,桃源社区,希望建老年食堂,
        2026-02-05,赵六,13800000009,杏林社区,,民生小事
        """
        let report = try OpinionImporter.importData(Array(csv.utf8), into: store)
        #expect(report.imported == 2)
        #expect(report.errors.map(\.line) == [4, 5, 7])
        #expect(try store.overview().opinions == 2)
        // Category suggested from keyword hints when the column is empty.
        let cases = try store.cases(CaseQuery())
        #expect(cases.contains { $0.caseRecord.title.contains("老年食堂") && $0.caseRecord.category == "publicProject" })
        #expect(cases.contains { $0.caseRecord.createdAt.hasPrefix("2026-02-02") })
        let again = try OpinionImporter.importData(Array(csv.utf8), into: store)
        #expect(again.imported == 0 && again.duplicates == 2)
        #expect(try store.check().ok)
    }

    @Test func csvWriterQuotesAndDefusesFormulas() {
        #expect(CSVWriter.row(["a,b", "say \"hi\"", "=1+1", "-5", "多行\n文本"]) == "\"a,b\",\"say \"\"hi\"\"\",'=1+1,-5,\"多行\n文本\"")
    }
}
