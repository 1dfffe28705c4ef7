import Foundation
import Testing
@testable import GeoTone

@Suite struct IncrementalRunTests {
    /// A partial first run fills the cache; the second run on the whole corpus reuses it for the unchanged
    /// articles; its tables equal, byte for byte, those of a `--full` run and of a run on a fresh store.
    @Test func incrementalEqualsFullRecomputation() throws {
        let fullCorpus = try HistoryFixture.copySamples()
        let partCorpus = try HistoryFixture.copySamples(excluding: ["00", "01"])
        // One article edited between the runs: it must be analysed again.
        let edited = try FileManager.default.contentsOfDirectory(atPath: fullCorpus).filter { $0.hasPrefix("02") }.sorted()[0]
        let editedPath = fullCorpus + "/" + edited
        try (String(contentsOfFile: editedPath, encoding: .utf8) + "\nOfficials in Chile and Peru welcomed the outcome.\n")
            .write(toFile: editedPath, atomically: true, encoding: .utf8)

        let work = try HistoryFixture.temporaryDirectory("incremental")
        let db = work + "/history.sqlite"
        let first = try HistoryFixture.analyze([partCorpus], out: work + "/first", db: db)
        #expect(first.reused == 0)
        let incremental = try HistoryFixture.analyze([fullCorpus], out: work + "/incremental", db: db)
        let analysed = incremental.articles - incremental.duplicates
        #expect(incremental.reused > 0)
        #expect(incremental.reused < analysed)   // new and edited articles were analysed
        let again = try HistoryFixture.analyze([fullCorpus], out: work + "/again", db: db)
        #expect(again.reused == analysed)
        let full = try HistoryFixture.analyze([fullCorpus], out: work + "/full", db: db) { $0.full = true }
        #expect(full.reused == 0)
        let fresh = try HistoryFixture.analyze([fullCorpus], out: work + "/fresh", db: work + "/fresh.sqlite")

        let reference = HistoryFixture.tables(work + "/fresh")
        #expect(reference.count == HistoryFixture.csvNames.count)
        for dir in ["incremental", "again", "full"] {
            let tables = HistoryFixture.tables(work + "/" + dir)
            for name in HistoryFixture.csvNames {
                #expect(tables[name] == reference[name], "\(dir)/\(name) differs from a full recomputation")
            }
        }
        // The store rows agree too (compared as text, full precision).
        let store = try SQLiteDatabase(path: db)
        for table in ["country_stats", "comentions", "region_stats", "timeline"] {
            let a = try store.query("SELECT * FROM \(table) WHERE run_id = ?", [.integer(incremental.runID)]).map { $0.dropFirst().map(\.string) }
            let b = try store.query("SELECT * FROM \(table) WHERE run_id = ?", [.integer(full.runID)]).map { $0.dropFirst().map(\.string) }
            #expect(a == b, "\(table) rows differ")
        }
        // Every analysed article row of the --full run holds its cache entry, and every key points at the newest row
        // with it: one key per distinct article, none dangling.
        #expect(try store.query("SELECT count(*) FROM articles WHERE run_id = ? AND cache_payload IS NOT NULL",
                                [.integer(full.runID)])[0][0] == .integer(Int64(analysed)))
        let keys = try store.query("SELECT count(*), count(DISTINCT cache_key) FROM article_cache_keys")[0]
        #expect(keys[0] == keys[1])
        #expect(try store.query("""
            SELECT count(*) FROM articles a JOIN article_cache_keys k ON k.method_id = a.method_id AND k.cache_key = a.cache_key
            WHERE a.run_id = ?1 AND k.run_id <> ?1
            """, [.integer(full.runID)])[0][0] == .integer(0))
        let dangling = try store.query("""
            SELECT count(*) FROM article_cache_keys k LEFT JOIN articles a
                ON a.run_id = k.run_id AND a.ordinal = k.ordinal AND a.cache_key = k.cache_key
            WHERE a.ordinal IS NULL
            """)[0][0]
        #expect(dangling == .integer(0))
        // The payloads read back for merging are those the analysis encoded (the full and incremental runs agree).
        let reader = RunReader(database: store)
        let payloads = try reader.cachedArticles(run: full.runID)
        #expect(payloads.count == analysed)
        #expect(try reader.cachedArticles(run: incremental.runID).map(\.payload) == payloads.map(\.payload))
        _ = fresh
    }

    /// A different method (lexicon) never reuses results of another.
    @Test func methodChangeDoesNotReuse() throws {
        let corpus = try HistoryFixture.copySamples(excluding: ["01", "02", "03", "04"])
        let work = try HistoryFixture.temporaryDirectory("method")
        let db = work + "/history.sqlite"
        try HistoryFixture.analyze([corpus], out: work + "/news", db: db)
        let vader = try HistoryFixture.analyze([corpus], out: work + "/vader", db: db) { $0.lexicon = "vader" }
        #expect(vader.reused == 0)
        let vaderAgain = try HistoryFixture.analyze([corpus], out: work + "/vader2", db: db) { $0.lexicon = "vader" }
        #expect(vaderAgain.reused == vaderAgain.articles - vaderAgain.duplicates)
        #expect(HistoryFixture.tables(work + "/vader") == HistoryFixture.tables(work + "/vader2"))
    }
}
