import Foundation
@testable import LiaisonCore

/// Reads the reference symbols and capacities written by Scripts/qr_fixtures.py.
enum QRFixtures {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // QR
        .deletingLastPathComponent() // LiaisonCoreTests
        .deletingLastPathComponent() // Tests
        .appendingPathComponent("Fixtures/qr")

    struct Symbol {
        let name: String
        let segments: [QRSegment]
        /// The payload when the automatic segmentation should give `segments`.
        let text: [UInt8]?
        let usesECI: Bool
        let ecc: QRErrorCorrection
        let minVersion: Int
        let boost: Bool
        let mask: Int
        let autoMask: Int
        let version: Int
        let usedECC: QRErrorCorrection
        /// rows[y][x], true = dark.
        let rows: [[Bool]]
    }

    struct Capacity {
        let version: Int
        let ecc: QRErrorCorrection
        let numeric: Int
        let alphanumeric: Int
        let byte: Int
    }

    static func symbols() throws -> [Symbol] {
        let text = try String(contentsOf: folder.appendingPathComponent("symbols.txt"), encoding: .utf8)
        var result: [Symbol] = []
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("# ") }
            guard let rowsStart = lines.firstIndex(of: "rows:") else { continue }
            var fields: [String: String] = [:]
            for line in lines[..<rowsStart] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
            func field(_ key: String) throws -> String {
                guard let value = fields[key] else { throw FixtureError.missing(key) }
                return value
            }
            func level(_ key: String) throws -> QRErrorCorrection {
                guard let level = QRErrorCorrection(letter: try field(key)) else { throw FixtureError.missing(key) }
                return level
            }
            var segments: [QRSegment] = []
            var usesECI = false
            for part in try field("segments").split(separator: " ") {
                let mode = part.prefix(1)
                let payload = String(part.dropFirst(2))
                switch mode {
                case "N": segments.append(.numeric(hexBytes(payload)))
                case "A": segments.append(.alphanumeric(hexBytes(payload)))
                case "B": segments.append(.bytes(hexBytes(payload)))
                case "E":
                    segments.append(.eci(Int(payload)!))
                    usesECI = true
                default: throw FixtureError.missing("segment mode \(mode)")
                }
            }
            let textField = try field("text")
            result.append(Symbol(
                name: try field("name"),
                segments: segments,
                text: textField == "-" ? nil : hexBytes(textField),
                usesECI: usesECI,
                ecc: try level("ecc"),
                minVersion: Int(try field("min-version"))!,
                boost: try field("boost") == "1",
                mask: Int(try field("mask"))!,
                autoMask: Int(try field("auto-mask"))!,
                version: Int(try field("version"))!,
                usedECC: try level("used-ecc"),
                rows: lines[(rowsStart + 1)...].map { $0.map { $0 == "#" } }
            ))
        }
        return result
    }

    static func capacities() throws -> [Capacity] {
        let text = try String(contentsOf: folder.appendingPathComponent("capacity.txt"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: " ").map(String.init)
            return Capacity(
                version: Int(f[0])!, ecc: QRErrorCorrection(letter: f[1])!,
                numeric: Int(f[2])!, alphanumeric: Int(f[3])!, byte: Int(f[4])!
            )
        }
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    enum FixtureError: Error {
        case missing(String)
    }
}

extension QRCode {
    /// The symbol as rows of booleans, for comparing with fixtures and parsed renderings.
    var rows: [[Bool]] {
        (0..<size).map { y in (0..<size).map { x in self[x, y] } }
    }
}
