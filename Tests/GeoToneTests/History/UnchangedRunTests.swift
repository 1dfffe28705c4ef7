import Foundation
import Testing
@testable import GeoTone

/// A run over unchanged inputs with an unchanged method and untouched outputs takes the earlier run's results;
/// any change (content, modification time, outputs, options, `--full`) means a real run.
@Suite struct UnchangedRunTests {
    /// Corpus with one malformed JSONL line, so that diagnostics must be carried over too.
    static func corpus() throws -> String {
        let dir = try HistoryFixture.copySamples(excluding: ["01", "02", "03", "04"])
        try """
        {"id":"j1","title":"Chile and Peru sign a fishing pact","text":"Chile and Peru signed the pact in Lima on Monday."}
        {"id":"j2","title":"broken
        {"id":"j3","title":"Kenya talks","text":"Kenya and Uganda discussed the railway."}

        """.write(toFile: dir + "/wire.jsonl", atomically: true, encoding: .utf8)
        return dir
    }

    static func modificationDate(_ path: String) throws -> Date {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    @Test func unchangedRunTakesEarlierResults() throws {
        let corpus = try Self.corpus()
        let work = try HistoryFixture.temporaryDirectory("unchanged")
        let out = work + "/out", db = work + "/h.sqlite"
        let first = try HistoryFixture.analyze([corpus], out: out, db: db)
        #expect(first.reusedRun == nil)
        #expect((first.diagnostics[.error] ?? 0) + (first.diagnostics[.warning] ?? 0) > 0)
        let tables = HistoryFixture.tables(out)
        let stamps = try HistoryFixture.csvNames.map { try Self.modificationDate(out + "/" + $0) }

        let second = try HistoryFixture.analyze([corpus], out: out, db: db)
        #expect(second.reusedRun == first.runID)
        #expect(second.articles == first.articles && second.duplicates == first.duplicates && second.undated == first.undated)
        #expect(second.countries == first.countries && second.pairs == first.pairs && second.meanCompound == first.meanCompound)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.inputFingerprint == first.inputFingerprint)
        // The CSV files were not rewritten.
        #expect(HistoryFixture.tables(out) == tables)
        #expect(try HistoryFixture.csvNames.map { try Self.modificationDate(out + "/" + $0) } == stamps)

        // Every per-run table reads the same under the new run id; article rows are shared, not copied.
        let store = try SQLiteDatabase(path: db)
        for (table, order) in [("run_articles", "ordinal"), ("run_mentions", "ordinal, entity"), ("country_stats", "country"),
                               ("comentions", "country_a, country_b"), ("region_stats", "level, region"),
                               ("timeline", "period, entity_type, entity"), ("datelines", "dateline_country"),
                               ("diagnostics", "seq"), ("run_inputs", "seq"), ("run_outputs", "name")] {
            func rows(_ run: Int64) throws -> [[String]] {
                try store.query("SELECT * FROM \(table) WHERE run_id = ? ORDER BY \(order)", [.integer(run)]).map { $0.dropFirst().map(\.string) }
            }
            let a = try rows(first.runID), b = try rows(second.runID)
            #expect(!a.isEmpty, "\(table) is empty")
            #expect(a == b, "\(table) differs")
        }
        #expect(try store.query("SELECT count(*) FROM articles WHERE run_id = ?", [.integer(second.runID)])[0][0] == .integer(0))
        // The recorded date range (what the report shows) is that of the article rows, for both runs.
        let scanned = try store.query("""
            SELECT min(date), max(date) FROM run_articles WHERE run_id = ? AND date IS NOT NULL AND duplicate_of IS NULL
            """, [.integer(first.runID)])[0]
        #expect(scanned[0] != .null)
        for run in [first.runID, second.runID] {
            #expect(try store.query("SELECT first_date, last_date FROM runs WHERE id = ?", [.integer(run)])[0] == scanned)
        }
        #expect(try store.query("SELECT reused_run, rows_run FROM runs WHERE id = ?", [.integer(second.runID)])[0]
                == [.integer(first.runID), .integer(first.runID)])

        // A third run points at the run that holds the rows, not at a chain.
        let third = try HistoryFixture.analyze([corpus], out: out, db: db)
        #expect(third.reusedRun == second.runID)
        #expect(try store.query("SELECT rows_run FROM runs WHERE id = ?", [.integer(third.runID)])[0][0] == .integer(first.runID))
        #expect(try store.query("SELECT count(*) FROM latest_articles")[0][0] == .integer(Int64(first.articles)))
        #expect(try store.query("PRAGMA foreign_key_check").isEmpty)
    }

    /// Each kind of change is noticed: the run is a real one and its tables equal a fresh computation.
    @Test(arguments: ["content, same size and time", "modification time", "output edited", "output missing", "options", "--full"])
    func anyChangeMeansARealRun(change: String) throws {
        let corpus = try Self.corpus()
        let work = try HistoryFixture.temporaryDirectory("changed")
        let out = work + "/out", db = work + "/h.sqlite"
        let first = try HistoryFixture.analyze([corpus], out: out, db: db)
        let target = corpus + "/wire.jsonl"
        var configure: (inout AnalysisOptions) -> Void = { _ in }
        switch change {
        case "content, same size and time":
            let stamp = try Self.modificationDate(target)
            let text = try String(contentsOfFile: target, encoding: .utf8)
            try text.replacingOccurrences(of: "Kenya and Uganda", with: "Kenya and Rwanda").write(toFile: target, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: target)
        case "modification time":
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_500_000_000)], ofItemAtPath: target)
        case "output edited":
            let handle = try #require(FileHandle(forWritingAtPath: out + "/countries.csv"))
            try handle.seekToEnd()
            handle.write(Data("x".utf8))
            try handle.close()
        case "output missing":
            try FileManager.default.removeItem(atPath: out + "/regions.csv")
        case "options":
            configure = { $0.period = .week }
        default:
            configure = { $0.full = true }
        }
        let second = try HistoryFixture.analyze([corpus], out: out, db: db, configure: configure)
        #expect(second.reusedRun == nil, "\(change) was not noticed")
        #expect(second.runID == first.runID + 1)
        let fresh = try HistoryFixture.analyze([corpus], out: work + "/fresh", db: work + "/fresh.sqlite", configure: configure)
        #expect(HistoryFixture.tables(out) == HistoryFixture.tables(work + "/fresh"), "\(change): tables differ from a fresh run")
        if change == "content, same size and time" {
            let countries = try String(contentsOfFile: out + "/countries.csv", encoding: .utf8)
            #expect(countries.contains("\"RW\""))
        }
    }

    /// A problem found while listing the inputs is carried over when it recurs; a new one means a real run.
    @Test func listingProblemsMustRecur() throws {
        let corpus = try Self.corpus()
        try FileManager.default.createSymbolicLink(atPath: corpus + "/gone.txt", withDestinationPath: corpus + "/missing-1.txt")
        let work = try HistoryFixture.temporaryDirectory("listing")
        let out = work + "/out", db = work + "/h.sqlite"
        let first = try HistoryFixture.analyze([corpus], out: out, db: db)
        let second = try HistoryFixture.analyze([corpus], out: out, db: db)
        #expect(second.reusedRun == first.runID)
        #expect(second.diagnostics == first.diagnostics)
        try FileManager.default.createSymbolicLink(atPath: corpus + "/gone-too.txt", withDestinationPath: corpus + "/missing-2.txt")
        let third = try HistoryFixture.analyze([corpus], out: out, db: db)
        #expect(third.reusedRun == nil)
        #expect(third.diagnosticCount > second.diagnosticCount)
    }

    /// Two corpora analysed in turn into one store (separate output folders) each find their own earlier run.
    @Test func alternatingCorporaFindTheirOwnRun() throws {
        let a = try Self.corpus()
        let b = try HistoryFixture.copySamples(excluding: ["00", "01", "02"])
        let work = try HistoryFixture.temporaryDirectory("alternate")
        let db = work + "/h.sqlite"
        let firstA = try HistoryFixture.analyze([a], out: work + "/a", db: db)
        let firstB = try HistoryFixture.analyze([b], out: work + "/b", db: db)
        let againA = try HistoryFixture.analyze([a], out: work + "/a", db: db)
        let againB = try HistoryFixture.analyze([b], out: work + "/b", db: db)
        #expect(againA.reusedRun == firstA.runID)
        #expect(againB.reusedRun == firstB.runID)
        // Corpus B's files in corpus A's output folder: the file list matches run B, but the CSV files there are A's.
        let crossed = try HistoryFixture.analyze([b], out: work + "/a", db: db)
        #expect(crossed.reusedRun == nil)
    }

    /// An output folder inside the corpus is not read back as input, so the second run is still unchanged.
    @Test func outputFolderInsideTheCorpus() throws {
        let corpus = try Self.corpus()
        let out = corpus + "/out"
        let first = try HistoryFixture.analyze([corpus], out: out, db: out + "/h.sqlite")
        let second = try HistoryFixture.analyze([corpus], out: out, db: out + "/h.sqlite")
        #expect(second.articles == first.articles && second.files == first.files)
        #expect(second.reusedRun == first.runID)
        #expect(second.diagnostics[.error] == first.diagnostics[.error])
    }
}
