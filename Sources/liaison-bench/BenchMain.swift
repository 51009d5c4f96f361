import Foundation
import LiaisonCore

/// Every headline figure of issue 10, each beside its goal.
enum BenchMain {
    static func run() -> Int32 {
        print("liaison-bench — median and p99 beside each goal; anchors are raw SQLite doing the same work")
        do {
            let reference = try ReferenceData.loadDefault()
            let clock = ContinuousClock()
            let start = clock.now
            let dataset = try BenchDataset.prepare(reference: reference)
            if let g = dataset.generated {
                print(String(format: "dataset generated in %.1f s (goal: well under 120 s for 1M): %d stations, %d representatives, %d visitors, %d opinions, %d cases, %d events",
                             g.seconds, g.stations, g.representatives, g.visitors, g.opinions, g.cases, g.events))
            } else {
                print("dataset: \(dataset.path) (reused; delete it to time generation again)")
            }
            _ = start
            print("Front desk (\(dataset.opinions) opinions):")
            FrontDeskBenchmark.firstFrameLines(path: dataset.path).forEach { print($0) }
            let store = try StationDatabase(path: dataset.path, reference: reference)
            store.actor = "bench"
            FrontDeskBenchmark.keystrokeLines(store: store).forEach { print($0) }
            print("Store:")
            StoreBenchmark.scanLines(store: store).forEach { print($0) }
            StoreBenchmark.intakeLines(datasetPath: dataset.path, reference: reference).forEach { print($0) }
            print("Search and report (\(dataset.opinions) opinions):")
            benchSearchLines(store: store).forEach { print($0) }
            print("Import:")
            ImportBenchmark.lines(dataset: store, reference: reference).forEach { print($0) }
            benchQRLines().forEach { print($0) }
            print("Sync:")
            benchSyncLines().forEach { print($0) }
            return 0
        } catch {
            print("liaison-bench: \(error)")
            return 1
        }
    }
}
