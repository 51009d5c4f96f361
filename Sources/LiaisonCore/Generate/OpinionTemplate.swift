/// An opinion template split once into literal pieces and `{x}` slots, so
/// filling a million of them is appending, not repeated search-and-replace.
struct OpinionTemplate {
    enum Piece {
        case literal(String)
        case slot(Character)
    }

    let pieces: [Piece]

    init(_ text: String) {
        var pieces: [Piece] = []
        var literal = ""
        var chars = Array(text)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "{", chars.count >= 2, chars[chars.startIndex + 1] == "}" {
                if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
                pieces.append(.slot(chars[chars.startIndex]))
                chars = chars.dropFirst(2)
            } else {
                literal.append(c)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The text with each slot filled by `value(slot)`.
    func fill(into text: inout String, _ value: (Character) -> String) {
        for piece in pieces {
            switch piece {
            case .literal(let s): text += s
            case .slot(let c): text += value(c)
            }
        }
    }
}
