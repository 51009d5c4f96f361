import Foundation

/// Imports opinions gathered elsewhere (a paper register typed into Excel, an
/// online form): each row becomes a visitor, an opinion and a case. Bad rows are
/// reported by line; a re-import of the same rows adds nothing.
public enum OpinionImporter {
    static let aliases: [String: [String]] = [
        "date": ["日期", "来访日期", "时间", "date"],
        "name": ["姓名", "来访人", "群众姓名", "name", "visitor"],
        "phone": ["电话", "联系电话", "手机", "phone"],
        "community": ["社区", "村社", "社区/村", "community"],
        "grid": ["网格", "grid"],
        "text": ["内容", "意见", "意见内容", "诉求", "民情内容", "text", "opinion"],
        "category": ["分类", "类别", "category"],
        "urgency": ["紧急程度", "urgency"],
        "representative": ["代表", "接待代表", "representative"],
    ]

    public static func importFile(_ url: URL, into store: StationDatabase) throws -> ImportReport {
        try importData([UInt8](Data(contentsOf: url)), into: store)
    }

    public static func importData(_ data: [UInt8], into store: StationDatabase) throws -> ImportReport {
        var report = ImportReport()
        guard let table = try CSVTable.read(data, aliases: aliases, required: ["text"],
                                            missing: Bilingual("表头缺少“内容”列", "The header lacks a text column"),
                                            into: &report) else { return report }
        let columns = table.columns
        let suggester = CategorySuggester(categories: store.categories)
        let representatives = try store.representatives()
        let savedNow = store.now
        defer { store.now = savedNow }
        try store.db.write {
            for record in table.rows {
                let f = record.fields
                do {
                    let categoryText = TextNormalizer.line(columns.value("category", in: f))
                    let body = columns.value("text", in: f)
                    let category = categoryText.isEmpty
                        ? suggester.suggest(for: body)?.code ?? "other"
                        : store.categories.first(where: { $0.code == categoryText || $0.name.zh == categoryText || $0.name.en == categoryText })?.code
                    guard let category else {
                        throw ValidationError.choice(field: Bilingual("分类", "Category"), allowed: store.categories.map(\.name.zh).joined(separator: "/"))
                    }
                    let dateText = columns.value("date", in: f).trimmingCharacters(in: .whitespaces)
                    var day: CivilDate?
                    if !dateText.isEmpty {
                        guard let d = CivilDate(String(dateText.prefix(10))) else { throw ValidationError.date(field: Bilingual("日期", "Date")) }
                        day = d
                    }
                    guard let urgency = Urgency.parse(columns.value("urgency", in: f)) else {
                        throw ValidationError.choice(field: Bilingual("紧急程度", "Urgency"), allowed: "一般/紧急/特急")
                    }
                    let repText = TextNormalizer.line(columns.value("representative", in: f))
                    var repID: String?
                    if !repText.isEmpty {
                        if let scanned = try? CodeParser.parse(repText), case .representative(let code) = scanned {
                            repID = representatives.first { $0.code == code.identifier }?.id
                        } else {
                            repID = representatives.first { $0.name == repText }?.id
                        }
                        if repID == nil { throw StoreError.notFound(what: repText) }
                    }
                    let key = "csv:" + Hex.encode(SHA256.hash([dateText, PhoneNumber.key(columns.value("phone", in: f)),
                                                              TextNormalizer.line(columns.value("name", in: f)),
                                                              TextNormalizer.paragraph(body)].joined(separator: "\u{1F}")).prefix(16))
                    if try store.opinionExists(importKey: key) { report.duplicates += 1; continue }
                    if let day { store.now = { StationTime.parse("\(day)T09:00:00.000+08:00")! } } else { store.now = savedNow }
                    let name = TextNormalizer.line(columns.value("name", in: f))
                    let request = IntakeRequest(
                        visitor: .init(name: name, anonymous: name.isEmpty, phone: columns.value("phone", in: f),
                                       community: columns.value("community", in: f), grid: columns.value("grid", in: f)),
                        opinions: [.init(text: body, category: category, urgency: urgency, representativeID: repID)])
                    _ = try store.recordIntake(request, source: "import", importKey: key)
                    report.imported += 1
                } catch let error as LiaisonError where !(error is SQLiteError) {
                    report.errors.append(.init(line: record.line, message: error.message))
                }
            }
        }
        return report
    }
}
