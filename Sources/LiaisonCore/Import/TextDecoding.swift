import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text the way Chinese offices save CSV: UTF-8 with or
/// without a BOM, or GB18030/GBK (Excel on Chinese Windows). GB18030 is a
/// superset of GBK and GB2312, decoded with the C library's iconv.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }

    public struct UndecodableError: LiaisonError {
        public var message: Bilingual {
            Bilingual("文件既不是 UTF-8 也不是 GB18030/GBK 编码", "The file is neither UTF-8 nor GB18030/GBK text")
        }
    }

    public static func decode(_ data: [UInt8]) throws -> (text: String, encoding: Encoding) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let text = gb18030(Array(bytes)) { return (text, .gb18030) }
        throw UndecodableError()
    }

    static func gb18030(_ bytes: [UInt8]) -> String? {
        convert(bytes, from: "GB18030", to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// Encodes text as GB18030 (for tests and for exports a Chinese Excel opens).
    public static func encodeGB18030(_ text: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    /// One iconv conversion of a whole buffer; nil when any byte cannot be converted.
    static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let cd = iconv_open(target, source)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // GB18030 and UTF-8 each take at most 4 bytes for a character the other writes in 2 or more.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if inLeft == 0 { return 0 }
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard rc != -1, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        return produced.map { Array(output[..<$0]) }
    }
}
