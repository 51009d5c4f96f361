/// Order and repetition: which entries of a bundle are new, which were seen
/// before, and whether an earlier bundle is missing.
public struct SyncPlan: Sendable {
    /// New entries, in clock order (a valid causal order across origins).
    public var fresh: [SyncEntry] = []
    public var duplicates = 0
    /// Per origin, the sequence numbers that must arrive first.
    public var gaps: [SyncRange] = []

    public var isHeld: Bool { !gaps.isEmpty }

    /// `have`: the highest sequence held per origin (all below it are held too).
    public init(entries: [SyncEntry], have: [String: Int]) {
        let byOrigin = Dictionary(grouping: entries, by: \.origin)
        for (origin, list) in byOrigin.sorted(by: { $0.key < $1.key }) {
            let held = have[origin] ?? 0
            let newer = list.filter { $0.seq > held }.sorted { $0.seq < $1.seq }
            duplicates += list.count - newer.count
            if let first = newer.first, first.seq > held + 1 {
                gaps.append(SyncRange(origin: origin, first: held + 1, last: first.seq - 1))
            }
            fresh += newer
        }
        fresh.sort { ($0.hlc, $0.origin, $0.seq) < ($1.hlc, $1.origin, $1.seq) }
    }

    /// Whether each origin's entries are consecutive without repeats (as export writes them).
    public static func isContiguous(_ entries: [SyncEntry]) -> Bool {
        for (_, list) in Dictionary(grouping: entries, by: \.origin) {
            let seqs = list.map(\.seq).sorted()
            guard let first = seqs.first, first >= 1 else { return false }
            if seqs != Array(first..<(first + seqs.count)) { return false }
        }
        return true
    }

    public static func ranges(of entries: [SyncEntry]) -> [SyncRange] {
        Dictionary(grouping: entries, by: \.origin).map { origin, list in
            SyncRange(origin: origin, first: list.map(\.seq).min() ?? 0, last: list.map(\.seq).max() ?? 0)
        }.sorted { $0.origin < $1.origin }
    }
}
