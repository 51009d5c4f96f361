/// How characters other than Han with a reading take part in pinyin keys
/// and matching: letters and digits stand for themselves, in lower case;
/// everything else (spaces, punctuation, the · in 阿卜杜·热合曼) is skipped.
enum PinyinText {
    /// The lower-case form a scalar matches as, or nil if it is skipped.
    @inline(__always)
    static func literal(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A: return scalar
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)
        case 0x80...: return nonASCIILiteral(scalar)
        default: return nil
        }
    }

    private static func nonASCIILiteral(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        // Full-width digits and letters, as some input methods type them.
        case 0xFF10...0xFF19: return Unicode.Scalar(v - 0xFF10 + 0x30)
        case 0xFF21...0xFF3A: return Unicode.Scalar(v - 0xFF21 + 0x61)
        case 0xFF41...0xFF5A: return Unicode.Scalar(v - 0xFF41 + 0x61)
        default: break
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        // A letter with a one-scalar lower case (é, Д) or a Han character the
        // table lacks: it can still be matched by typing it.
        let lower = properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first : scalar
    }
}
