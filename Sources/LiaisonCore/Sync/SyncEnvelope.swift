import Foundation

/// The file around a bundle or receipt: a magic line, the SHA-256 of the
/// payload, an HMAC-SHA256 when the stations share a key, then the payload.
/// A truncated or altered file fails the checksum; a forged one the HMAC.
public enum SyncEnvelope {
    static let magic = "LIAISON-SYNC 1"

    public static func seal(_ payload: Data, key: [UInt8]?) -> Data {
        let sum = Hex.encode(SHA256.hash(payload))
        let mac = key.map { Hex.encode(HMACSHA256.authenticationCode(for: payload, key: $0)) } ?? "-"
        var out = Data("\(magic)\nsha256 \(sum)\nhmac-sha256 \(mac)\n\n".utf8)
        out.append(payload)
        return out
    }

    /// A checked payload and its (not yet verified) HMAC.
    public struct Opened: Sendable {
        public let payload: Data
        public let checksum: String
        public let mac: [UInt8]?

        /// Verifies the HMAC against the key enrolled for the sender (nil: none enrolled).
        public func authenticate(key: [UInt8]?) throws {
            switch (key, mac) {
            case (nil, nil): return
            case (nil, .some): throw SyncError.keyNotEnrolled
            case (.some, nil): throw SyncError.unsigned
            case let (.some(key), .some(mac)):
                guard HMACSHA256.isValid(mac, for: payload, key: key) else { throw SyncError.forged }
            }
        }
    }

    public static func open(_ data: Data) throws -> Opened {
        let bytes = [UInt8](data)
        var lines: [String] = []
        var start = 0
        var index = 0
        while lines.count < 4 && index < bytes.count && index < 512 {
            if bytes[index] == 0x0A {
                lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        guard lines.count == 4, lines[0] == magic, lines[3].isEmpty,
              lines[1].hasPrefix("sha256 "), lines[2].hasPrefix("hmac-sha256 ") else {
            throw SyncError.notSyncFile
        }
        let sum = String(lines[1].dropFirst("sha256 ".count))
        let macText = String(lines[2].dropFirst("hmac-sha256 ".count))
        let payload = Data(bytes[start...])
        guard let expected = Hex.decode(sum), expected.count == SHA256.byteCount,
              ConstantTime.isEqual(SHA256.hash(payload), expected) else {
            throw SyncError.damaged
        }
        var mac: [UInt8]?
        if macText != "-" {
            guard let decoded = Hex.decode(macText), decoded.count == HMACSHA256.byteCount else { throw SyncError.damaged }
            mac = decoded
        }
        return Opened(payload: payload, checksum: sum, mac: mac)
    }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    private struct KindProbe: Decodable { let kind: String }

    /// Decodes a payload after checking what kind of file it is.
    static func decode<T: Decodable>(_ type: T.Type, kind: String, from payload: Data) throws -> T {
        guard let probe = try? JSONDecoder().decode(KindProbe.self, from: payload) else { throw SyncError.notSyncFile }
        guard probe.kind == kind else { throw SyncError.wrongKind(expected: kind) }
        do { return try JSONDecoder().decode(type, from: payload) } catch { throw SyncError.notSyncFile }
    }
}
