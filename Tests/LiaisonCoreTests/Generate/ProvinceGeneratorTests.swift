import Foundation
import Testing
@testable import LiaisonCore

/// The synthetic data generator at small scale: the same seed makes the same
/// data, and what it makes obeys every rule normal use obeys.
@Suite struct ProvinceGeneratorTests {
    static let end = StationTime.parse("2026-03-02T18:00:00.000+08:00")!
    static let phrases = try! PhraseBank.load(from: Fixtures.dataDirectory)

    static func options(seed: UInt64 = 7, opinions: Int = 3_000) -> GenerationOptions {
        GenerationOptions(opinions: opinions, representatives: 400, stations: 12, seed: seed, end: end, days: 150)
    }

    static func generate(_ folder: TemporaryFolder, _ name: String, _ options: GenerationOptions) throws
        -> (StationDatabase, GenerationSummary) {
        let path = folder.path(name)
        let summary = try ProvinceGenerator.generate(at: path, options: options, reference: Fixtures.reference, phrases: phrases)
        return (try StationDatabase(path: path, reference: Fixtures.reference), summary)
    }

    /// Every row of the record tables, in key order, as one text.
    static func dump(_ store: StationDatabase) throws -> String {
        var out = ""
        for table in ["station", "representative", "visitor", "visitor_personal", "cases", "case_event", "opinion",
                      "case_supervisor", "case_counter"] {
            let columns = try store.db.query("SELECT name FROM pragma_table_info(?)", [.text(table)]) { $0.string(0) }
            let select = columns.map { "quote(\($0))" }.joined(separator: " || '|' || ")
            try store.db.forEach("SELECT \(select) FROM \(table) ORDER BY 1") { row in
                out += table + ":" + row.string(0) + "\n"
                return true
            }
        }
        return out
    }

    @Test func sameSeedSameDataOtherSeedOtherData() throws {
        let folder = TemporaryFolder()
        let (a, _) = try Self.generate(folder, "a.db", Self.options(seed: 11, opinions: 600))
        let (b, _) = try Self.generate(folder, "b.db", Self.options(seed: 11, opinions: 600))
        let (c, _) = try Self.generate(folder, "c.db", Self.options(seed: 12, opinions: 600))
        let dumpA = try Self.dump(a)
        #expect(dumpA.count > 10_000)
        #expect(dumpA == (try Self.dump(b)))
        #expect(dumpA != (try Self.dump(c)))
    }

    @Test func generatedDatabasePassesCheckWithEveryStateAndLegalHistories() throws {
        let folder = TemporaryFolder()
        let (store, summary) = try Self.generate(folder, "p.db", Self.options())
        #expect(summary.opinions == 3_000)
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM opinion") == 3_000)
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM station") == 12)
        let report = try store.check()
        #expect(report.ok, "\(report.problems.prefix(5).map(\.en))")
        #expect(report.checkedCases == summary.cases)
        // Every state of the closed loop occurs.
        let states = Set(try store.db.query("SELECT DISTINCT state FROM cases") { $0.string(0) })
        for state in CaseState.allCases { #expect(states.contains(state.rawValue), "no case is \(state)") }
        // Every transition is one the state machine allows.
        let legal = Set(CaseStateMachine.legalTransitions.map { "\($0.from.rawValue)>\($0.to.rawValue)" })
        let taken = try store.db.query("""
            SELECT DISTINCT from_state || '>' || to_state FROM case_event WHERE kind = 'transition' AND from_state IS NOT NULL
            """) { $0.string(0) }
        #expect(taken.count >= 8)
        for pair in taken { #expect(legal.contains(pair), "illegal transition \(pair)") }
        // Merged cases point at a case that records the link.
        let merged = try store.db.query("SELECT id, merged_into FROM cases WHERE state = 'merged'") { ($0.string(0), $0.string(1)) }
        #expect(!merged.isEmpty)
        for (id, target) in merged {
            #expect(try store.db.scalarInt("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND kind = 'link' AND related_case_id = ?",
                                           [.text(target), .text(id)]) == 1)
        }
        // Case numbers are unique per station; counters continue after the highest number.
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM (SELECT station_id, number FROM cases GROUP BY 1, 2 HAVING COUNT(*) > 1)") == 0)
        #expect(try store.db.scalarInt("""
            SELECT COUNT(*) FROM case_counter k WHERE k.last <> (SELECT COUNT(*) FROM cases c
                WHERE c.station_id = k.station_id AND substr(c.number, 4, 4) = CAST(k.year AS TEXT))
            """) == 0)
        // Supervisors match the folded histories.
        for (caseID, rep) in try store.db.query("SELECT case_id, representative_id FROM case_supervisor", [], { ($0.string(0), $0.string(1)) }) {
            #expect(try store.history(caseID: caseID).supervisors.contains(rep))
        }
    }

    @Test func representativesHaveValidUniqueCodesAndResolve() throws {
        let folder = TemporaryFolder()
        let (store, _) = try Self.generate(folder, "r.db", Self.options(opinions: 200))
        let reps = try store.representatives()
        #expect(reps.count == 400)
        #expect(Set(reps.map(\.code)).count == reps.count)
        for rep in reps.prefix(60) {
            guard case .representative(let code) = try CodeParser.parse("REP:" + rep.code) else {
                Issue.record("code \(rep.code) does not parse"); continue
            }
            #expect(code.identifier == rep.code)
            #expect(try store.resolveRepresentative(scanned: code.description).representative.id == rep.id)
        }
        // Every station has representatives.
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM station s WHERE NOT EXISTS (SELECT 1 FROM representative r WHERE r.station_id = s.id)") == 0)
    }

    @Test func indexesAndSettingsEqualANormalDatabaseAndDeskWorkContinues() throws {
        let folder = TemporaryFolder()
        let (store, _) = try Self.generate(folder, "i.db", Self.options(opinions: 500))
        let normal = try StationDatabase.create(path: folder.path("normal.db"), stationName: "对照站", reference: Fixtures.reference)
        let indexSQL = "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"
        let generated = try store.db.query(indexSQL) { $0.string(0) + ":" + $0.string(1) }
        #expect(!generated.isEmpty)
        #expect(generated == (try normal.db.query(indexSQL) { $0.string(0) + ":" + $0.string(1) }))
        #expect(try store.db.scalarString("PRAGMA journal_mode") == "wal")
        #expect(try store.db.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM visitor v WHERE NOT EXISTS (SELECT 1 FROM visitor_personal p WHERE p.visitor_id = v.id)") == 0)
        if try store.hasSearchQueue() {
            #expect(try store.pendingSearchRows() == 0)
            #expect(try store.db.scalarInt("SELECT COUNT(*) FROM search_doc WHERE kind = 'opinion'") == 500)
        }
        // A normal intake at the home station after generation gets the next free number.
        store.now = { Self.end }
        let year = CivilDate.local(Self.end).year
        let before = try store.db.scalarInt("SELECT COALESCE(MAX(last), 0) FROM case_counter WHERE station_id = ? AND year = ?",
                                            [.text(store.station.id), .integer(Int64(year))])
        let c = try store.intakeOne()
        #expect(c.number == String(format: "DS-%04d-%06d", year, before + 1))
        #expect(try store.check().ok)
    }

    @Test func refusesAnExistingDatabase() throws {
        let folder = TemporaryFolder()
        let (store, _) = Fixtures.station(in: folder)
        _ = try store.intakeOne()
        #expect(throws: StoreError.self) {
            try ProvinceGenerator.generate(at: store.path, options: Self.options(opinions: 10), reference: Fixtures.reference,
                                           phrases: Self.phrases)
        }
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM opinion") == 1)
    }
}

/// The bulk-built search index holds what the row-by-row queue drain would.
@Suite struct BulkSearchIndexTests {
    @Test func bulkSearchIndexEqualsTheQueueDrain() throws {
        let folder = TemporaryFolder()
        var options = ProvinceGeneratorTests.options(seed: 5, opinions: 400)
        let (bulk, _) = try ProvinceGeneratorTests.generate(folder, "bulk.db", options)
        options.searchIndexInBulk = false
        let (drained, _) = try ProvinceGeneratorTests.generate(folder, "drained.db", options)
        func docs(_ store: StationDatabase, _ kind: String) throws -> [String] {
            try store.db.query("SELECT ref_id FROM search_doc WHERE kind = ? ORDER BY docid", [.text(kind)]) { $0.string(0) }
        }
        // Every kind the drain indexes (opinions, cases, visitors, and any the search schema adds).
        let kinds = try drained.db.query("SELECT DISTINCT kind FROM search_doc ORDER BY kind") { $0.string(0) }
        #expect(Set(kinds).isSuperset(of: ["opinion", "case", "visitor"]))
        for kind in kinds {
            let expected = try docs(drained, kind)
            #expect(!expected.isEmpty)
            #expect(try docs(bulk, kind) == expected, "\(kind) documents differ")
        }
        let names = "SELECT visitor_id || initials || full FROM search_name ORDER BY visitor_id"
        #expect(try bulk.db.query(names) { $0.string(0) } == (try drained.db.query(names) { $0.string(0) }))
        let repNames = "SELECT representative_id || initials || full FROM search_rep_name ORDER BY representative_id"
        let expectedRepNames = try drained.db.query(repNames) { $0.string(0) }
        #expect(expectedRepNames.count == 400)
        #expect(try bulk.db.query(repNames) { $0.string(0) } == expectedRepNames)
        #expect(try bulk.pendingSearchRows() == 0)
        // The indexes built beside the load and copied in are whole FTS5 indexes, merged, with FTS5's settings.
        for fts in ["search_opinion", "search_case", "search_visitor", "search_representative"] {
            try bulk.db.execute("INSERT INTO \(fts)(\(fts)) VALUES ('integrity-check')")
            #expect(try bulk.db.scalarInt("SELECT COUNT(DISTINCT segid) FROM \(fts)_idx") == 1, "\(fts) segments")
            // FTS5's defaults, whether stored or absent (the bulk build's own settings must not stay).
            let settings = try bulk.db.query("SELECT k || '=' || v FROM \(fts)_config WHERE k <> 'version' ORDER BY k") { $0.string(0) }
            #expect(settings.allSatisfy { ["automerge=4", "hashsize=1048576"].contains($0) }, "\(fts) settings \(settings)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("bulk.db") + "-search"))
        // The same words find the same records, for one- and two-character terms.
        let sample = try drained.db.query("SELECT text FROM opinion ORDER BY id LIMIT 5") { $0.string(0) }
        for text in sample {
            let chars = Array(text)
            for term in [String(chars[2]), String(chars[3...4])] {
                let match = term.count == 1 ? "uni : \"\(term)\"" : "bi : \"\(term)\""
                let sql = "SELECT d.ref_id FROM search_opinion f JOIN search_doc d ON d.docid = f.rowid WHERE search_opinion MATCH ? ORDER BY d.ref_id"
                let found = try bulk.db.query(sql, [.text(match)]) { $0.string(0) }
                #expect(!found.isEmpty)
                #expect(found == (try drained.db.query(sql, [.text(match)]) { $0.string(0) }), "search for \(term)")
            }
        }
        // The queue triggers are back: a new intake is queued for indexing.
        bulk.now = { ProvinceGeneratorTests.end }
        _ = try bulk.intakeOne()
        #expect(try bulk.pendingSearchRows() > 0)
    }
}
