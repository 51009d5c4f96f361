import Foundation

/// Reads renderings back into module matrices, for tests.
enum QRTextParsing {
    /// Half-block text (optionally with SGR sequences) → rows of modules,
    /// quiet zone included; nil on an unknown character or ragged lines.
    static func matrix(fromHalfBlocks text: String) -> [[Bool]]? {
        let lines = stripSGR(text).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard let width = lines.first?.count, lines.allSatisfy({ $0.count == width }) else { return nil }
        var rows: [[Bool]] = []
        for line in lines {
            var upper: [Bool] = []
            var lower: [Bool] = []
            for character in line {
                switch character {
                case "█": upper.append(true); lower.append(true)
                case "▀": upper.append(true); lower.append(false)
                case "▄": upper.append(false); lower.append(true)
                case " ": upper.append(false); lower.append(false)
                default: return nil
                }
            }
            rows.append(upper)
            rows.append(lower)
        }
        // The side is odd: the last line's lower half lies outside and must be light.
        if rows.count == width + 1, let last = rows.last, !last.contains(true) {
            rows.removeLast()
        }
        return rows.count == width ? rows : nil
    }

    /// Two-space cells under SGR 40 (dark) / 47 (light) backgrounds → rows of
    /// modules; nil on anything else.
    static func matrix(fromBackgrounds text: String) -> [[Bool]]? {
        var rows: [[Bool]] = []
        for line in text.split(separator: "\n") {
            var row: [Bool] = []
            var dark: Bool?
            var rest = Substring(line)
            while !rest.isEmpty {
                if rest.hasPrefix("\u{1B}[40m") {
                    dark = true
                    rest = rest.dropFirst(5)
                } else if rest.hasPrefix("\u{1B}[47m") {
                    dark = false
                    rest = rest.dropFirst(5)
                } else if rest.hasPrefix("\u{1B}[0m") {
                    dark = nil
                    rest = rest.dropFirst(4)
                } else if rest.hasPrefix("  "), let current = dark {
                    row.append(current)
                    rest = rest.dropFirst(2)
                } else {
                    return nil
                }
            }
            rows.append(row)
        }
        guard let width = rows.first?.count, rows.allSatisfy({ $0.count == width }), rows.count == width else { return nil }
        return rows
    }

    /// The symbol without its 4-module quiet zone, or nil when the zone has a dark module.
    static func interior(_ rows: [[Bool]]) -> [[Bool]]? {
        let side = rows.count
        for (y, row) in rows.enumerated() {
            for (x, dark) in row.enumerated() where dark {
                if x < 4 || y < 4 || x >= side - 4 || y >= side - 4 { return nil }
            }
        }
        return rows[4..<(side - 4)].map { Array($0[4..<(side - 4)]) }
    }

    static func stripSGR(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                guard iterator.next() == "[" else { continue }
                while let next = iterator.next(), !(0x40...0x7E).contains(next.value) {}
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
