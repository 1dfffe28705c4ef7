import Foundation
import Testing
@testable import GeoTone

@Suite struct StoreSafetyTests {
    /// A store with only migration 1 (as an older geotone wrote it) is upgraded in place, its data intact.
    @Test func olderSchemaUpgradedInPlace() throws {
        let work = try HistoryFixture.temporaryDirectory("upgrade")
        let path = work + "/old.sqlite"
        do {
            let old = try HistoryFixture.store(atVersion: 1, path: path)
            try old.execute("""
                INSERT INTO runs(id, label, started_at, finished_at, status, tool_version, options_json, options_hash,
                                 lexicon_checksum, gazetteer_checksum, input_fingerprint, articles, countries)
                VALUES (1, 'old', '2024-01-01T00:00:00Z', '2024-01-01T00:01:00Z', 'complete', '0.0.9', '{}', 'h', 'l', 'g', 'f', 1, 1);
                INSERT INTO country_stats VALUES (1, 'FR', 'FRA', 'France', 'Europe', 'Western Europe', 1, 2, 1.0, 3, 0.25, 1, 0);
                """)
        }
        let snapshot = { (db: SQLiteDatabase) in
            try db.query("SELECT id, label, started_at, finished_at, status, tool_version, options_json, options_hash, lexicon_checksum, gazetteer_checksum, input_fingerprint, articles, countries FROM runs")
                + db.query("SELECT * FROM country_stats")
        }
        let before = try snapshot(SQLiteDatabase(path: path))
        let store = try ResultStore(path: path)
        #expect(try store.schemaVersion() == SchemaMigrations.all.last?.version)
        let tables = try store.database.query("SELECT name FROM sqlite_master WHERE type = 'table'").map(\.[0].string)
        #expect(tables.contains("article_cache_keys") && !tables.contains("article_cache") && !tables.contains("mentions"))
        #expect(try store.database.query("SELECT error FROM runs WHERE id = 1")[0][0] == .null)
        #expect(try store.database.query("PRAGMA integrity_check")[0][0] == .text("ok"))
        #expect(try snapshot(store.database) == before)   // the runs row only gained the (NULL) error column
        #expect(try store.database.query("SELECT label, articles FROM latest_run") == [[.text("old"), .integer(1)]])
        #expect(try store.database.query("SELECT * FROM latest_country_stats").count == 1)
        let history = try RunHistory(path: path)
        #expect(try history.runs().map(\.label) == ["old"])
    }

    /// Cache entries written before migration 7 cannot be tied to their article rows (the old table kept no ordinal):
    /// the migration drops them, so a look-up is a miss (the article is analysed again), never a wrong result.
    @Test func cacheEntriesBeforeOneRowPerArticleAreDropped() throws {
        let work = try HistoryFixture.temporaryDirectory("upgrade-cache")
        let path = work + "/old.sqlite"
        let key = FastHash.Digest(high: 0x0123_4567_89AB_CDEF, low: 42)
        do {
            let old = try HistoryFixture.store(atVersion: 6, path: path)
            try old.execute("""
                INSERT INTO runs(id, started_at, status, tool_version, options_json, options_hash, lexicon_checksum, gazetteer_checksum)
                VALUES (1, '2024-01-01T00:00:00Z', 'complete', '0.0.9', '{}', 'h', 'l', 'g');
                INSERT INTO cache_methods(id, method_key) VALUES (1, 'method-a');
                INSERT INTO article_cache(method_id, cache_key, run_id, payload)
                VALUES (1, x'0123456789ABCDEF000000000000002A', 1, x'0102');
                INSERT INTO article_cache_keys(method_id, cache_key, entry) VALUES (1, x'0123456789ABCDEF000000000000002A', 1);
                """)
        }
        let store = try ResultStore(path: path)
        #expect(try store.schemaVersion() == SchemaMigrations.all.last?.version)
        let lookup = try ArticleCacheLookup(path: path, methodID: 1)
        #expect(!lookup.hasEntries)
        #expect(try lookup.lookup(key) == nil)
        #expect(try store.database.query("SELECT method_key FROM cache_methods") == [[.text("method-a")]])
    }

    /// A second writer waits for the busy timeout, then fails with `ResultStoreError.busy`; nothing is written.
    @Test func secondWriterFailsWhenBusy() throws {
        let corpus = try HistoryFixture.copySamples(excluding: ["00", "01", "02", "03", "04"])
        let work = try HistoryFixture.temporaryDirectory("busy")
        let db = work + "/history.sqlite"
        _ = try ResultStore(path: db)
        let holder = try SQLiteDatabase(path: db)
        try holder.execute("BEGIN IMMEDIATE")
        let started = Date()
        #expect {
            try HistoryFixture.analyze([corpus], out: work + "/out", db: db) { $0.busyTimeoutMilliseconds = 300 }
        } throws: { error in
            guard case ResultStoreError.busy = error else { return false }
            return "\(error)".contains("another geotone run is writing")
        }
        #expect(Date().timeIntervalSince(started) >= 0.29)
        try holder.execute("ROLLBACK")
        #expect(try holder.query("SELECT count(*) FROM runs")[0][0] == .integer(0))
        #expect(!FileManager.default.fileExists(atPath: work + "/out/countries.csv"))
    }

    /// An error mid-run rolls everything back and leaves only a `failed` run row with the error message.
    @Test func failedRunRecordedAfterRollback() throws {
        let corpus = try HistoryFixture.copySamples(excluding: ["00", "01", "02", "03"])
        let work = try HistoryFixture.temporaryDirectory("failed")
        let db = work + "/history.sqlite", out = work + "/out"
        let good = try HistoryFixture.analyze([corpus], out: out, db: db)
        let store = try SQLiteDatabase(path: db)
        let checksum = try HistoryFixture.rowChecksum(store, run: good.runID)
        let countriesBefore = FileManager.default.contents(atPath: out + "/countries.csv")
        // A directory in the way of countries.csv's temporary file makes the run fail after the article tables.
        let blocker = out + "/countries.csv.tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
        #expect(throws: OutputFileError.self) {
            try HistoryFixture.analyze([corpus], out: out, db: db) { $0.full = true }
        }
        try FileManager.default.removeItem(atPath: blocker)
        let runs = try store.query("SELECT id, status, error IS NOT NULL, finished_at IS NOT NULL FROM runs ORDER BY id")
        #expect(runs == [[.integer(good.runID), .text("complete"), .integer(0), .integer(1)],
                         [.integer(good.runID + 1), .text("failed"), .integer(1), .integer(1)]])
        #expect(try store.query("SELECT count(*) FROM articles WHERE run_id = ?", [.integer(good.runID + 1)])[0][0] == .integer(0))
        #expect(try store.query("SELECT count(*) FROM article_cache_keys WHERE run_id = ?", [.integer(good.runID + 1)])[0][0] == .integer(0))
        #expect(try HistoryFixture.rowChecksum(store, run: good.runID) == checksum)
        #expect(FileManager.default.contents(atPath: out + "/countries.csv") == countriesBefore)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        let listed = try RunHistory(path: db).runsWithChanges()
        #expect(listed.last?.change == nil && listed.last?.run.status == .failed)
    }

    /// Temporary files of dead processes are removed at the next start; a live process's are kept.
    @Test func staleTemporaryFilesRemoved() throws {
        let dir = try HistoryFixture.temporaryDirectory("stale")
        let deadPID = Int32.max - 7   // above pid_max on Linux: no such process
        _ = FileManager.default.createFile(atPath: dir + "/countries.csv.tmp-\(deadPID)", contents: Data("x".utf8))
        _ = FileManager.default.createFile(atPath: dir + "/countries.csv.tmp-1", contents: Data("x".utf8))   // init: alive
        _ = FileManager.default.createFile(atPath: dir + "/countries.csv", contents: Data("y".utf8))
        #expect(StaleTemporaryFiles.remove(in: dir) == ["countries.csv.tmp-\(deadPID)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["countries.csv", "countries.csv.tmp-1"])
    }
}

/// The report reads stores as they are (it never migrates): one written only by an older geotone still works.
@Suite struct OlderStoreReportTests {
    @Test func reportReadsAnUnmigratedStore() throws {
        let work = try HistoryFixture.temporaryDirectory("old-report")
        let path = work + "/old.sqlite"
        let old = try HistoryFixture.store(atVersion: 4, path: path)
        try old.execute("""
            INSERT INTO runs(id, label, started_at, finished_at, status, tool_version, options_json, options_hash,
                             lexicon_checksum, gazetteer_checksum, input_fingerprint, articles, countries)
            VALUES (1, 'old', '2024-01-01T00:00:00Z', '2024-01-01T00:01:00Z', 'complete', '0.0.9', '{}', 'h', 'l', 'g', 'f', 2, 1);
            INSERT INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, words, sentences,
                                 content_hash, countries, focus)
            VALUES (1, 1, 'a', 'p', 1, '2024-02-03', 'field', 'T', 10, 1, 'h1', 'FR', 'FR'),
                   (1, 2, 'b', 'p', 2, '2024-05-06', 'field', 'T', 10, 1, 'h2', 'FR', 'FR');
            INSERT INTO country_stats VALUES (1, 'FR', 'FRA', 'France', 'Europe', 'Western Europe', 2, 2, 1.0, 2, 0.25, 1, 0);
            """)
        let data = try ReportLoader(database: old).load(run: 1)
        #expect(data.dateRange?.0 == "2024-02-03" && data.dateRange?.1 == "2024-05-06")
    }
}

extension HistoryFixture {
    /// A store as an older geotone left it: the first `version` migrations applied and recorded, nothing else.
    /// ``store(atVersion:path:)`` holding one complete run, id 1, of `articles` articles naming `countries` countries.
    static func storeWithOneRun(atVersion version: Int, path: String, articles: Int, countries: Int) throws -> SQLiteDatabase {
        let db = try store(atVersion: version, path: path)
        try db.run("""
            INSERT INTO runs(id, label, started_at, finished_at, status, tool_version, options_json, options_hash,
                             lexicon_checksum, gazetteer_checksum, input_fingerprint, articles, countries)
            VALUES (1, 'old', '2024-01-01T00:00:00Z', '2024-01-01T00:01:00Z', 'complete', '0.0.9', '{}', 'h', 'l', 'g', 'f', ?, ?)
            """, [.integer(Int64(articles)), .integer(Int64(countries))])
        return db
    }

    static func store(atVersion version: Int, path: String) throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: path)
        try db.execute("CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT")
        for migration in SchemaMigrations.all.prefix(version) {
            try db.execute(migration.sql)
            try db.run("INSERT INTO schema_migrations VALUES (?, ?, '2024-01-01T00:00:00Z')",
                       [.integer(Int64(migration.version)), .text(migration.name)])
        }
        return db
    }
}
