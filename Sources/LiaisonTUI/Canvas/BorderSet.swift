/// Line-drawing characters. Box-drawing glyphs are East Asian "ambiguous":
/// terminals set to ambiguous = wide draw them two cells wide and the layout
/// breaks, so `--ascii` swaps in plain ASCII.
public struct BorderSet: Sendable, Equatable {
    public let horizontal: Character
    public let vertical: Character
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character
    /// Full block for bar charts.
    public let block: Character
    /// Eight rising levels for sparklines.
    public let levels: [Character]

    public static let unicode = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        block: "█", levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])

    public static let ascii = BorderSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        block: "#", levels: ["_", ".", ":", "-", "=", "+", "*", "#"])
}
