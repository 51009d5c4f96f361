import LiaisonCore

/// The sign-in (and idle-lock) gate in front of every screen at a real
/// station: name and PIN, or a representative's scanned code and PIN; on the
/// first run it creates the station admin. The secret is never drawn.
public struct SignInGate: Sendable, Equatable {
    public enum Mode: Sendable, Equatable { case signIn, locked, firstAdmin }

    public let mode: Mode
    var name = TextField()
    var secret = TextField()
    var again = TextField()
    var focus = 0
    var error: Bilingual?

    public init(mode: Mode, name: String = "") {
        self.mode = mode
        self.name = TextField(name)
        focus = name.isEmpty ? 0 : 1
    }

    var fieldCount: Int { mode == .firstAdmin ? 3 : 2 }

    public enum Outcome: Sendable, Equatable { case editing, submit }

    public mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.tab), .key(.down): focus = (focus + 1) % fieldCount; return .editing
        case .key(.backTab), .key(.up): focus = (focus + fieldCount - 1) % fieldCount; return .editing
        case .key(.enter):
            // A scanned code arrives as text + Enter in the name field: move on to the PIN.
            if focus == 0 { focus = 1; return .editing }
            if mode == .firstAdmin && focus == 1 { focus = 2; return .editing }
            return .submit
        default:
            switch focus {
            case 0: _ = name.handle(event)
            case 1: _ = secret.handle(event)
            default: _ = again.handle(event)
            }
            return .editing
        }
    }

    /// Signs in (or creates the first admin); the user on success, else the
    /// gate keeps a message and clears the secret.
    public mutating func submit(to store: StationDatabase) -> User? {
        do {
            let user: User
            let who = name.text.trimmingSpaces
            switch mode {
            case .firstAdmin:
                guard secret.text == again.text else { throw SignInMismatch() }
                user = try store.createFirstAdmin(name: who, secret: secret.text)
            case .signIn, .locked:
                user = CodeParser.isScan(who)
                    ? try store.authenticate(scannedCode: who, pin: secret.text)
                    : try store.authenticate(name: who, secret: secret.text)
            }
            return user
        } catch let e as LiaisonError {
            error = e.message
        } catch {
            self.error = Catalogue.dataError
        }
        secret = TextField()
        again = TextField()
        focus = 1
        return nil
    }

    public func render(into canvas: inout Canvas, area: Rect, language: Language) {
        canvas.fill(area)
        let box = area.centered(width: min(area.width, 64), height: min(area.height, 11))
        let title: Bilingual = mode == .firstAdmin ? Catalogue.firstAdminTitle : (mode == .locked ? Catalogue.lockedTitle : Catalogue.signInTitle)
        canvas.box(box, element: .dialog, title: title(language))
        let inner = box.inset(2)
        let labels = [Catalogue.signInName, Catalogue.signInSecret, Catalogue.signInRepeat].prefix(fieldCount)
        let labelWidth = labels.map { DisplayWidth.of($0(language)) }.max() ?? 8
        for (i, label) in labels.enumerated() where inner.y + i * 2 < inner.maxY {
            let y = inner.y + i * 2
            canvas.putFitted(label(language), x: inner.x, y: y, width: labelWidth, element: .label)
            let x = inner.x + labelWidth + 1, w = max(1, inner.width - labelWidth - 1)
            if i == 0 {
                name.render(into: &canvas, x: x, y: y, width: w, focused: focus == 0)
            } else {
                // Show one dot per character typed, never the secret.
                let field = i == 1 ? secret : again
                let dots = TextField(String(repeating: "•", count: field.characters.count))
                dots.render(into: &canvas, x: x, y: y, width: w, focused: focus == i)
            }
        }
        if let error {
            canvas.putFitted(error(language), x: inner.x, y: inner.maxY - 2, width: inner.width, element: .error)
        }
        canvas.putFitted(Catalogue.signInHint(language), x: inner.x, y: inner.maxY - 1, width: inner.width, element: .hint)
    }
}

struct SignInMismatch: LiaisonError {
    var message: Bilingual { Catalogue.secretsDiffer }
}
