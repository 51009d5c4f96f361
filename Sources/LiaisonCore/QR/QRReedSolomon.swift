import Foundation

/// Reed–Solomon error correction over GF(2⁸) with the QR code's reducing
/// polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D) and generator roots α⁰…αⁿ⁻¹.
enum QRReedSolomon {
    static let reducingPolynomial = 0x11D

    /// exp[i] = αⁱ, doubled in length so that a sum of two logarithms needs no modulo.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= reducingPolynomial }
        }
        for i in 255..<512 { table[i] = table[i - 255] }
        return table
    }()

    /// log[x] for x ≠ 0; log[0] is unused.
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = i }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }

    /// Coefficients of ∏(x − αⁱ) for i in 0..<degree, highest power first,
    /// leading 1 omitted (it is implied by the division below).
    static func generator(degree: Int) -> [UInt8] {
        precondition(degree >= 1 && degree <= 255)
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1 // start from the constant polynomial 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            // Multiply by (x − root); subtraction is XOR in GF(2⁸).
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    /// The remainder of data·xⁿ divided by the generator: the n ECC codewords.
    static func remainder(of data: ArraySlice<UInt8>, generator: [UInt8]) -> [UInt8] {
        let degree = generator.count
        // −1 marks a zero coefficient, which contributes nothing.
        let generatorLogs = generator.map { $0 == 0 ? -1 : log[Int($0)] }
        var result = [UInt8](repeating: 0, count: degree)
        // Long division, one data byte at a time, over raw buffers: this loop is
        // most of the cost of error correction.
        result.withUnsafeMutableBufferPointer { r in
            exp.withUnsafeBufferPointer { exp in
                log.withUnsafeBufferPointer { log in
                    generatorLogs.withUnsafeBufferPointer { g in
                        for byte in data {
                            let factor = byte ^ r[0]
                            for j in 1..<degree { r[j - 1] = r[j] }
                            r[degree - 1] = 0
                            if factor != 0 {
                                let factorLog = log[Int(factor)]
                                for j in 0..<degree where g[j] >= 0 {
                                    r[j] ^= exp[g[j] + factorLog]
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
