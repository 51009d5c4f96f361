import Foundation

/// Random bytes for salts and keys. `SystemRandomNumberGenerator` reads the
/// kernel's CSPRNG (getrandom / arc4random), so it is fit for secrets.
public enum SecureRandom {
    public static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
