/// One terminal cell. A wide character occupies its cell and the next one,
/// which is then marked `isContinuation` and holds no text of its own.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var element: ThemeElement
    public var isContinuation: Bool

    public init(_ character: Character = " ", element: ThemeElement = .normal, isContinuation: Bool = false) {
        self.character = character
        self.element = element
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
