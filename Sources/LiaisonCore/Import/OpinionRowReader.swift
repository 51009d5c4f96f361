import Foundation

/// One CSV row read into an intake request: category (given or suggested),
/// date, urgency and representative resolved, the dedup key computed.
struct OpinionRowReader {
    let columns: ColumnMap
    let categories: [Category]
    let suggester: CategorySuggester
    /// First match wins, as a linear search over the list would.
    let representativeByCode: [String: String]
    let representativeByName: [String: String]

    init(columns: ColumnMap, store: StationDatabase, representatives: [Representative]) {
        self.columns = columns
        categories = store.categories
        suggester = CategorySuggester(categories: categories)
        var byCode: [String: String] = [:], byName: [String: String] = [:]
        for r in representatives {
            if byCode[r.code] == nil { byCode[r.code] = r.id }
            if byName[r.name] == nil { byName[r.name] = r.id }
        }
        representativeByCode = byCode
        representativeByName = byName
    }

    struct Row {
        let key: String
        /// 09:00 on the row's date; nil when the row has none (the store's clock).
        let moment: Date?
        let request: IntakeRequest
    }

    func resolve(_ f: [String]) throws -> Row {
        let categoryText = PlainText.line(columns.value("category", in: f))
        let body = columns.value("text", in: f)
        let category = categoryText.isEmpty
            ? suggester.suggest(for: body)?.code ?? "other"
            : categories.first(where: { $0.code == categoryText || $0.name.zh == categoryText || $0.name.en == categoryText })?.code
        guard let category else {
            throw ValidationError.choice(field: Bilingual("分类", "Category"), allowed: categories.map(\.name.zh).joined(separator: "/"))
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
        let repText = PlainText.line(columns.value("representative", in: f))
        var repID: String?
        if !repText.isEmpty {
            if let scanned = try? CodeParser.parse(repText), case .representative(let code) = scanned {
                repID = representativeByCode[code.identifier]
            } else {
                repID = representativeByName[repText]
            }
            if repID == nil { throw StoreError.notFound(what: repText) }
        }
        let name = PlainText.line(columns.value("name", in: f))
        let phone = columns.value("phone", in: f)
        let key = OpinionImporter.keyPrefix + Hex.encode(SHA256.hash([dateText, PhoneNumber.key(phone), name,
                                                                      PlainText.paragraph(body)].joined(separator: "\u{1F}")).prefix(16))
        let request = IntakeRequest(
            visitor: .init(name: name, anonymous: name.isEmpty, phone: phone,
                           community: columns.value("community", in: f), grid: columns.value("grid", in: f)),
            opinions: [.init(text: body, category: category, urgency: urgency, representativeID: repID)])
        return Row(key: key, moment: day.map { StationTime.parse("\($0)T09:00:00.000+08:00")! }, request: request)
    }
}
