import LiaisonCore

// The figures colleagues' benchmark files provide (SearchBenchmark.swift,
// SyncBenchmark.swift, QRBenchmark.swift), called from one place.
func benchSearchLines(store: StationDatabase) -> [String] { searchBenchmarkLines(store: store) }
func benchSyncLines() -> [String] { syncBenchmarkLines() }
func benchQRLines() -> [String] { qrBenchmarkLines() }
