import Foundation
import LiaisonCore

/// A one-line message that goes away by itself after a few seconds
/// ("已保存", a broken theme…). Time is passed in, so tests need no clock.
public struct MessageLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }

    public private(set) var text: Bilingual?
    public private(set) var kind: Kind = .info
    private var expires: Date = .distantPast

    public init() {}

    public mutating func show(_ text: Bilingual, kind: Kind = .info, now: Date = Date(), seconds: TimeInterval = 5) {
        self.text = text
        self.kind = kind
        self.expires = now.addingTimeInterval(seconds)
    }

    /// Clear the message once its time is up. Returns true when it changed.
    @discardableResult
    public mutating func tick(now: Date) -> Bool {
        guard text != nil, now >= expires else { return false }
        text = nil
        return true
    }

    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, language: Language) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1))
        guard let text else { return }
        canvas.putFitted(" " + text(language), x: x, y: y, width: width, element: kind == .error ? .error : .message)
    }
}
