import Foundation

/// Turns a `QRCode` into text, ANSI text, PBM or SVG, or terminal cells.
/// Every form includes the 4-module light quiet zone readers need.
public enum QRRenderer {
    /// Light modules around the symbol, as the standard requires.
    public static let quietZone = 4
    /// Pixels per module for PBM and SVG unless asked otherwise.
    public static let defaultScale = 4

    /// SGR for half blocks: black glyphs on a white background, both set
    /// explicitly so a dark-themed terminal does not invert the code.
    static let darkOnLight = "\u{1B}[30;47m"
    /// SGR backgrounds for the two-spaces-per-module form.
    static let darkBackground = "\u{1B}[40m"
    static let lightBackground = "\u{1B}[47m"
    static let reset = "\u{1B}[0m"

    /// Half blocks, two module rows per line, quiet zone included; lines end
    /// with "\n". With `colour` (the default) every line sets dark-on-light
    /// explicitly and resets at its end; without it the glyphs are the dark
    /// modules and need a light background (paper, files, `NO_COLOR`).
    public static func text(_ code: QRCode, colour: Bool = true) -> String {
        let lines = terminalLines(code, ascii: false).plainLines
        if colour {
            return lines.map { darkOnLight + $0 + reset + "\n" }.joined()
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Two spaces per module painted with SGR background colours, one line
    /// per module row: no block characters at all, so it stays square in
    /// terminals that draw ambiguous-width blocks double wide.
    public static func ansi(_ code: QRCode) -> String {
        var out = ""
        for row in terminalLines(code, ascii: true).rows {
            var current: Bool?
            for cell in row {
                if cell.isDark != current {
                    out += cell.isDark ? darkBackground : lightBackground
                    current = cell.isDark
                }
                out += cell.text
            }
            out += reset + "\n"
        }
        return out
    }

    /// Cells for a screen to draw: half blocks (one cell per two stacked
    /// modules) or, with `ascii`, two spaces per module.
    public static func terminalLines(_ code: QRCode, ascii: Bool = false) -> QRTerminalLines {
        let low = -quietZone
        let high = code.size + quietZone // exclusive
        var rows: [[QRTerminalCell]] = []
        if ascii {
            for y in low..<high {
                rows.append((low..<high).map { x in
                    let dark = code[x, y]
                    return QRTerminalCell(text: "  ", width: 2, upperDark: dark, lowerDark: dark)
                })
            }
        } else {
            // The side (n + 8) is odd: the last line's lower half is beyond the
            // quiet zone and stays light.
            for y in stride(from: low, to: high, by: 2) {
                rows.append((low..<high).map { x in
                    let upper = code[x, y]
                    let lower = y + 1 < high && code[x, y + 1]
                    return QRTerminalCell(
                        text: QRTerminalCell.halfBlock(upper: upper, lower: lower),
                        width: 1, upperDark: upper, lowerDark: lower
                    )
                })
            }
        }
        return QRTerminalLines(rows: rows, ascii: ascii)
    }

    /// Plain PBM (`P1`), 1 = dark, `scale` pixels per module, quiet zone included.
    /// Raster lines are wrapped at 70 characters as the format recommends.
    public static func pbm(_ code: QRCode, scale: Int = defaultScale) -> String {
        let scale = max(1, scale)
        let side = (code.size + 2 * quietZone) * scale
        var out = "P1\n\(side) \(side)\n"
        out.reserveCapacity(out.utf8.count + side * (side + side / 70 + 1))
        for pixelY in 0..<side {
            let y = pixelY / scale - quietZone
            var column = 0
            for pixelX in 0..<side {
                let x = pixelX / scale - quietZone
                out += code[x, y] ? "1" : "0"
                column += 1
                if column == 70 && pixelX + 1 < side {
                    out += "\n"
                    column = 0
                }
            }
            out += "\n"
        }
        return out
    }

    /// SVG with a white background and one path of dark modules, one unit per
    /// module in the view box and `scale` pixels per module as the size.
    public static func svg(_ code: QRCode, scale: Int = defaultScale) -> String {
        let scale = max(1, scale)
        let side = code.size + 2 * quietZone
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(side * scale)" height="\(side * scale)" \
        viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">
        \(svgBody(code, x: 0, y: 0))
        </svg>

        """
    }

    /// The background and modules of a symbol whose quiet zone's top-left
    /// corner sits at (x, y) in module units; shared with the card.
    static func svgBody(_ code: QRCode, x originX: Int, y originY: Int) -> String {
        let side = code.size + 2 * quietZone
        return """
        <rect x="\(originX)" y="\(originY)" width="\(side)" height="\(side)" fill="#FFFFFF"/>
        <path fill="#000000" d="\(svgPath(code, offsetX: originX + quietZone, offsetY: originY + quietZone))"/>
        """
    }

    /// One rectangle per horizontal run of dark modules keeps the path short.
    static func svgPath(_ code: QRCode, offsetX: Int, offsetY: Int) -> String {
        var parts: [String] = []
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < code.size && code[x, y] { x += 1 }
                parts.append("M\(start + offsetX),\(y + offsetY)h\(x - start)v1h-\(x - start)z")
            }
        }
        return parts.joined()
    }
}
