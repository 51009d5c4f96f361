import LiaisonCore

/// One full-width line: text on the left, text on the right. The right side
/// gives way (is cut first) when both do not fit.
public struct StatusLine: Sendable, Equatable {
    public var left: String
    public var right: String
    public var element: ThemeElement

    public init(left: String, right: String = "", element: ThemeElement = .title) {
        self.left = left
        self.right = right
        self.element = element
    }

    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), element: element)
        let leftText = DisplayWidth.truncate(DisplaySanitizer.sanitize(" " + left), to: width)
        let used = canvas.put(leftText, x: x, y: y, element: element)
        let room = width - used - 2
        guard room > 3, !right.isEmpty else { return }
        let rightText = DisplayWidth.truncate(DisplaySanitizer.sanitize(right), to: room) + " "
        canvas.put(rightText, x: x + width - DisplayWidth.of(rightText), y: y, element: element)
    }
}
