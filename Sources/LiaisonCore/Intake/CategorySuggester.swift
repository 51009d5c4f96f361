/// Suggests a category from the keyword hints in `Data/categories.tsv` as the
/// receptionist types: the category whose hints match most (longer hints weigh more).
public struct CategorySuggester: Sendable {
    public let categories: [Category]

    public init(categories: [Category]) {
        self.categories = categories
    }

    public func scores(for text: String) -> [(category: Category, score: Int)] {
        categories.map { c in
            (c, c.keywords.reduce(0) { $0 + (text.contains($1) ? $1.count : 0) })
        }
        .filter { $0.1 > 0 }
        .sorted { $0.1 > $1.1 }
    }

    public func suggest(for text: String) -> Category? {
        scores(for: text).first?.category
    }
}
