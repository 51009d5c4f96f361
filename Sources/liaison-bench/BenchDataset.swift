import Foundation
import LiaisonCore

/// The province dataset, generated once and kept under `.build/liaison-bench/`
/// keyed by its parameters, so later runs reuse it. Sizes can be lowered with
/// LIAISON_BENCH_OPINIONS / _REPRESENTATIVES / _STATIONS for a quick run.
struct BenchDataset {
    let path: String
    let opinions: Int
    let generated: GenerationSummary?

    static func environmentInt(_ name: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
    }

    static var folder: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/liaison-bench")
    }

    static func prepare(reference: ReferenceData) throws -> BenchDataset {
        let options = GenerationOptions(opinions: environmentInt("LIAISON_BENCH_OPINIONS", 1_000_000),
                                        representatives: environmentInt("LIAISON_BENCH_REPRESENTATIVES", 87_000),
                                        stations: environmentInt("LIAISON_BENCH_STATIONS", 1_500), seed: 1)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The generator's format is part of the key: bump it when generated data changes shape.
        let name = "province-o\(options.opinions)-r\(options.representatives)-s\(options.stations)-seed\(options.seed)-g3.db"
        let path = folder.appendingPathComponent(name).path
        if DatabaseFile.inspect(path: path) == .liaison, (try? StationDatabase(path: path, reference: reference)) != nil {
            return BenchDataset(path: path, opinions: options.opinions, generated: nil)
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard let data = DataDirectory.locate() else { throw ReferenceData.MissingDataError(path: "Data/generate") }
        print("generating \(name) (once; later runs reuse it)…")
        let summary = try ProvinceGenerator.generate(at: path, options: options, reference: reference,
                                                     phrases: try PhraseBank.load(from: data))
        return BenchDataset(path: path, opinions: options.opinions, generated: summary)
    }
}
