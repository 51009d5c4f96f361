import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LiaisonCore

/// `liaison qr TEXT | --representative CODE [--ecc L|M|Q|H] [--format text|ansi|pbm|svg|card]
/// [--scale N] [--mask 0-7] [--min-version N] [--out FILE]`.
enum QRCommand {
    static func run(_ c: Context, _ args: [String]) throws -> Int32 {
        let a = c.arguments
        let ecc = try a["ecc"].map { text -> QRErrorCorrection in
            guard let level = QRErrorCorrection(letter: text) else {
                throw Arguments.UsageError(message: Bilingual("--ecc 只能是 L、M、Q 或 H", "--ecc must be L, M, Q or H"))
            }
            return level
        } ?? .medium
        let mask = try a.int("mask")
        if let mask, !(0...7).contains(mask) {
            throw Arguments.UsageError(message: Bilingual("--mask 应在 0 到 7 之间", "--mask must be 0 to 7"))
        }
        let minVersion = try a.int("min-version") ?? 1
        guard (1...40).contains(minVersion) else {
            throw Arguments.UsageError(message: Bilingual("--min-version 应在 1 到 40 之间", "--min-version must be 1 to 40"))
        }
        let scale = try a.int("scale") ?? QRRenderer.defaultScale
        guard (1...64).contains(scale) else {
            throw Arguments.UsageError(message: Bilingual("--scale 应在 1 到 64 之间", "--scale must be 1 to 64"))
        }
        let format = a["format"] ?? "text"
        var card: RepresentativeCard?
        let payload: String
        if let rep = a["representative"] {
            guard args.isEmpty else {
                throw Arguments.UsageError(message: Bilingual("给了 --representative 就不要再给文本", "give either TEXT or --representative, not both"))
            }
            let store = try c.openStore()
            let found = try store.resolveRepresentative(scanned: rep)
            card = found
            payload = found.payload
        } else {
            guard args.count == 1 else {
                throw Arguments.UsageError(message: Bilingual("用法：liaison qr 文本 | --representative 代码", "usage: liaison qr TEXT | --representative CODE"))
            }
            payload = args[0]
        }
        let output: String
        switch format {
        case "card":
            guard let card else {
                throw Arguments.UsageError(message: Bilingual("--format card 需要 --representative", "--format card needs --representative"))
            }
            let r = card.representative
            output = try RepresentativeCardSVG(name: r.name, level: r.level.label.zh, station: card.stationName,
                                               code: card.payload, errorCorrection: ecc).render()
        case "text", "ansi", "pbm", "svg":
            let code = try QRCode.encode(text: payload, ecc: ecc, mask: mask, minVersion: minVersion)
            switch format {
            case "text":
                // Explicit dark-on-light colours on a terminal; plain half blocks into a file, a pipe or under NO_COLOR.
                let toTerminal = a["out"] == nil && isatty(1) == 1 && (c.environment["NO_COLOR"] ?? "").isEmpty
                output = QRRenderer.text(code, colour: toTerminal)
            case "ansi": output = QRRenderer.ansi(code)
            case "pbm": output = QRRenderer.pbm(code, scale: scale)
            default: output = QRRenderer.svg(code, scale: scale)
            }
        default:
            throw Arguments.UsageError(message: Bilingual("--format 只能是 text、ansi、pbm、svg 或 card",
                                                          "--format must be text, ansi, pbm, svg or card"))
        }
        try c.write(Data(output.utf8), to: a["out"])
        return ExitCode.success
    }
}
