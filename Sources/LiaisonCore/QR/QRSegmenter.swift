import Foundation

/// Splits a payload into numeric, alphanumeric and byte segments so that the
/// whole takes the fewest bits at a given version.
///
/// Dynamic programming over the bytes, in the manner of nayuki's
/// `QrSegmentAdvanced`: for each position and each mode we keep the cheapest
/// cost of ending there in that mode, then walk back. Costs are counted in
/// sixths of a bit so that the fractional widths of numeric (10/3) and
/// alphanumeric (11/2) characters stay integers.
enum QRSegmenter {
    private static let modes: [QRSegmentMode] = [.byte, .alphanumeric, .numeric]
    private static let byteCost = 8 * 6
    private static let alphanumericCost = 33 // 5.5 bits
    private static let numericCost = 20 // 3.33 bits

    /// The cheapest segmentation of `bytes` at `version` (the version only
    /// matters through the width of each segment's character-count field).
    static func optimalSegments(_ bytes: [UInt8], version: Int) -> [QRSegment] {
        guard !bytes.isEmpty else { return [] }
        let modeCount = modes.count
        let headerCosts = modes.map { (4 + $0.characterCountBits(version: version)) * 6 }
        let unreachable = Int.max / 2

        // chosen[i * modeCount + m] = mode index of byte i on the cheapest path
        // that is in mode m after byte i; -1 when m cannot hold byte i.
        var chosen = [Int8](repeating: -1, count: bytes.count * modeCount)
        var previous = headerCosts
        var current = [Int](repeating: unreachable, count: modeCount)

        for (i, byte) in bytes.enumerated() {
            let row = i * modeCount
            for m in 0..<modeCount { current[m] = unreachable }

            // Stay in the same mode and add this byte.
            current[0] = previous[0] + byteCost
            chosen[row] = 0
            if QRSegmentMode.isAlphanumeric(byte) {
                current[1] = previous[1] + alphanumericCost
                chosen[row + 1] = 1
            }
            if QRSegmentMode.isNumeric(byte) {
                current[2] = previous[2] + numericCost
                chosen[row + 2] = 2
            }

            // Or close the segment here (round up to whole bits) and open another,
            // paying its header now.
            for to in 0..<modeCount {
                for from in 0..<modeCount where chosen[row + from] >= 0 {
                    let cost = (current[from] + 5) / 6 * 6 + headerCosts[to]
                    if chosen[row + to] < 0 || cost < current[to] {
                        current[to] = cost
                        chosen[row + to] = Int8(from)
                    }
                }
            }
            swap(&previous, &current)
        }

        // Walk back from the cheapest final state to a mode per byte.
        var state = 0
        for m in 1..<modeCount where previous[m] < previous[state] {
            state = m
        }
        var modePerByte = [Int8](repeating: 0, count: bytes.count)
        for i in stride(from: bytes.count - 1, through: 0, by: -1) {
            state = Int(chosen[i * modeCount + state])
            modePerByte[i] = Int8(state)
        }

        // Group runs of one mode into segments.
        var segments: [QRSegment] = []
        var start = 0
        for i in 1...bytes.count where i == bytes.count || modePerByte[i] != modePerByte[start] {
            let run = bytes[start..<i]
            switch modes[Int(modePerByte[start])] {
            case .numeric: segments.append(.numeric(run))
            case .alphanumeric: segments.append(.alphanumeric(run))
            default: segments.append(.bytes(run))
            }
            start = i
        }
        return segments
    }
}
