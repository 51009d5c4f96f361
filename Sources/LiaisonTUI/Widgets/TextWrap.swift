import LiaisonCore

/// Wraps read-only text (notices, dialog messages) into lines of at most
/// `width` cells. Chinese wraps between any two characters, but a line never
/// starts with closing punctuation (。，、）」…): the character before it moves
/// down with it, as Chinese typesetting does (避头).
public enum TextWrap {
    static let noLineStart: Set<Character> = ["。", "，", "、", "；", "：", "！", "？", "）", "」", "』", "》", "】",
                                              ".", ",", ";", ":", "!", "?", ")"]

    public static func lines(_ text: String, width: Int) -> [String] {
        let w = max(2, width)
        var out: [String] = []
        for paragraph in DisplaySanitizer.sanitize(text, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
            var line: [Character] = []
            var used = 0
            for c in paragraph {
                let cw = DisplayWidth.of(c)
                if used + cw > w && !line.isEmpty {
                    var carry: [Character] = []
                    if noLineStart.contains(c), line.count > 1 { carry = [line.removeLast()] }
                    out.append(String(line))
                    line = carry
                    used = carry.reduce(0) { $0 + DisplayWidth.of($1) }
                }
                line.append(c)
                used += cw
            }
            out.append(String(line))
        }
        return out
    }
}
