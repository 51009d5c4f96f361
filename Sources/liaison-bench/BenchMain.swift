import Foundation
import LiaisonCore

/// Every headline figure of issue 10, each beside its goal. Arguments name
/// the sections to run (`frontdesk store search report import qr sync`); none runs all.
enum BenchMain {
    static let sections = ["frontdesk", "store", "search", "report", "import", "qr", "sync"]

    static func run(arguments: [String]) -> Int32 {
        let unknown = arguments.filter { !sections.contains($0) }
        guard unknown.isEmpty else {
            print("liaison-bench: unknown section \(unknown.joined(separator: " ")); sections: \(sections.joined(separator: " "))")
            return 2
        }
        let chosen = Set(arguments.isEmpty ? sections : arguments)
        print("liaison-bench — median and p99 beside each goal; anchors are raw SQLite doing the same work")
        do {
            let reference = try ReferenceData.loadDefault()
            let needsDataset = !chosen.isDisjoint(with: ["frontdesk", "store", "search", "report", "import"])
            if needsDataset {
                let dataset = try BenchDataset.prepare(reference: reference)
                if let g = dataset.generated {
                    print(String(format: "dataset generated in %.1f s (goal: well under 120 s for 1M): %d stations, %d representatives, %d visitors, %d opinions, %d cases, %d events",
                                 g.seconds, g.stations, g.representatives, g.visitors, g.opinions, g.cases, g.events))
                    print("  seconds per step: " + g.phases.map { "\($0.name) " + String(format: "%.1f", $0.seconds) }.joined(separator: ", "))
                } else {
                    print("dataset: \(dataset.path) (reused; delete it to time generation again)")
                }
                if chosen.contains("frontdesk") {
                    print("Front desk (\(dataset.opinions) opinions):")
                    FrontDeskBenchmark.firstFrameLines(path: dataset.path).forEach { print($0) }
                }
                let store = try StationDatabase(path: dataset.path, reference: reference)
                store.actor = "bench"
                if chosen.contains("frontdesk") { FrontDeskBenchmark.keystrokeLines(store: store).forEach { print($0) } }
                if chosen.contains("store") {
                    print("Store:")
                    StoreBenchmark.scanLines(store: store).forEach { print($0) }
                    StoreBenchmark.intakeLines(datasetPath: dataset.path, reference: reference).forEach { print($0) }
                }
                if chosen.contains("search") {
                    print("Search (\(dataset.opinions) opinions):")
                    benchSearchLines(store: store).forEach { print($0) }
                }
                if chosen.contains("report") {
                    print("Report (\(dataset.opinions) opinions):")
                    reportBenchmarkLines(store: store).forEach { print($0) }
                }
                if chosen.contains("import") {
                    print("Import:")
                    ImportBenchmark.lines(dataset: store, reference: reference).forEach { print($0) }
                }
            }
            if chosen.contains("qr") { benchQRLines().forEach { print($0) } }
            if chosen.contains("sync") {
                print("Sync:")
                benchSyncLines().forEach { print($0) }
            }
            return 0
        } catch {
            print("liaison-bench: \(error)")
            return 1
        }
    }
}
