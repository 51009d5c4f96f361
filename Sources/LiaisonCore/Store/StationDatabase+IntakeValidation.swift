/// An intake's fields after every check: what the desk (`recordIntake`) and
/// the bulk import (`BulkIntake.add`) write, from one set of rules and errors.
struct ValidatedIntake {
    let name: String
    let phone: String
    let residentID: String
    let community: String
    let grid: String
    /// The opinions' texts, in the request's order.
    let texts: [String]
}

extension StationDatabase {
    /// Checks every field of `request` (same values and errors as `TextNormalizer`,
    /// through `PlainText`'s fast path for plain text); throws the first
    /// `IntakeFieldError`.
    func validateIntake(_ request: IntakeRequest) throws -> ValidatedIntake {
        let v = request.visitor
        func field(_ name: String, _ index: Int? = nil, _ body: () throws -> String) throws -> String {
            do { return try body() } catch let e as ValidationError { throw IntakeFieldError(field: name, opinionIndex: index, error: e) }
        }
        let name = try field("name") { try PlainText.field(v.name, name: Bilingual("姓名", "Name"), limit: FieldLimits.name) }
        let phone = try field("phone") { v.phone.trimmingCharacters(in: .whitespaces).isEmpty ? "" : try PhoneNumber.validate(v.phone).canonical }
        let residentID = try field("residentID") {
            v.residentID.trimmingCharacters(in: .whitespaces).isEmpty ? "" : try ResidentID.validate(v.residentID, today: today)
        }
        let community = try field("community") { try PlainText.field(v.community, name: Bilingual("社区/村", "Community"), limit: FieldLimits.shortText) }
        let grid = try field("grid") { try PlainText.field(v.grid, name: Bilingual("网格", "Grid"), limit: FieldLimits.shortText) }
        guard v.groupSize >= 1, v.groupSize <= 10_000 else {
            throw IntakeFieldError(field: "groupSize", opinionIndex: nil, error: .number(field: Bilingual("人数", "Group size")))
        }
        guard !request.opinions.isEmpty else {
            throw IntakeFieldError(field: "text", opinionIndex: 0, error: .empty(field: Bilingual("意见内容", "Opinion")))
        }
        var texts: [String] = []
        for (i, o) in request.opinions.enumerated() {
            texts.append(try field("text", i) {
                try PlainText.field(o.text, name: Bilingual("意见内容", "Opinion"), limit: FieldLimits.opinionText, required: true, multiline: true)
            })
            guard category(o.category) != nil else {
                throw IntakeFieldError(field: "category", opinionIndex: i,
                                       error: .choice(field: Bilingual("分类", "Category"), allowed: categoryOrder.joined(separator: ", ")))
            }
        }
        return ValidatedIntake(name: name, phone: phone, residentID: residentID, community: community, grid: grid, texts: texts)
    }
}
