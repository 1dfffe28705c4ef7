import Foundation
import Testing
@testable import GeoTone

/// SIGKILL during `analyze`: the store stays intact, earlier runs are untouched, no unfinished run shows as
/// complete, and every output table is either the previous complete file or the new complete file.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct KillRunTests {
    /// Articles in the generated corpus (fewer with a debug binary, to keep the suite fast).
    static let articles = HistoryCLI.isRelease ? 3000 : 500
    /// Moments of the kill, as fractions of a complete run's duration: 20 moments spread over the run
    /// (start-up, reading, writing, the commit and the renames at the end).
    static let killFractions = (1...20).map { Double($0) / 21 }
    static let tables = ["articles.csv", "mentions.csv", "countries.csv", "comentions.csv", "regions.csv", "timeline.csv", "datelines.csv"]

    @Test func killedRunsLeaveConsistentResults() throws {
        let work = CLITestSupport.makeTemporaryDirectory("kill")
        let corpusA = work + "/a", corpusB = work + "/b"
        for dir in [corpusA, corpusB] { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        try HistoryCLI.writeCorpus(corpusA + "/corpus.jsonl", count: Self.articles)
        try HistoryCLI.writeCorpus(corpusB + "/corpus.jsonl", count: Self.articles, start: Self.articles / 10)

        // The old state (corpus A) in out/, and the new complete tables (corpus B) computed elsewhere.
        let out = work + "/out", db = out + "/geotone.sqlite"
        #expect(try HistoryCLI.run(["analyze", corpusA, "--out", out, "--quiet"]).status == 0)
        let started = Date()
        #expect(try HistoryCLI.run(["analyze", corpusB, "--out", work + "/expected", "--quiet"]).status == 0)
        let duration = Date().timeIntervalSince(started)
        var allowed: [String: Set<Data>] = [:]
        for name in Self.tables {
            let old = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            let new = try Data(contentsOf: URL(fileURLWithPath: work + "/expected/" + name))
            #expect(old != new || name == "datelines.csv", "\(name): corpus B should change it")
            allowed[name] = [old, new]
        }
        let firstRunChecksum = try Self.runChecksum(db, run: 1)

        var killedBeforeCommit = 0
        for fraction in Self.killFractions {
            let runsBefore = try SQLiteDatabase(path: db).query("SELECT count(*) FROM runs")[0][0]
            let process = try HistoryCLI.process(["analyze", corpusB, "--out", out, "--full", "--quiet"])
            try process.run()
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let store = try SQLiteDatabase(path: db)
            #expect(try store.query("PRAGMA integrity_check") == [[.text("ok")]], "after kill at \(fraction)")
            #expect(try Self.runChecksum(db, run: 1) == firstRunChecksum, "run 1 changed after kill at \(fraction)")
            let runs = try store.query("SELECT id, status, finished_at IS NOT NULL, articles FROM runs ORDER BY id")
            if try store.query("SELECT count(*) FROM runs")[0][0] == runsBefore { killedBeforeCommit += 1 }
            for run in runs {
                #expect(run[1] == .text("complete"), "run \(run[0]) is \(run[1]) after kill at \(fraction)")
                #expect(run[2] == .integer(1))
                let stored = try store.query("SELECT count(*) FROM run_articles WHERE run_id = ?", [run[0]])[0][0]
                #expect(stored == run[3], "complete run \(run[0]) has \(stored) of \(run[3]) article rows")
            }
            for name in Self.tables {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
                #expect(allowed[name]?.contains(bytes) == true, "\(name) is neither the old nor the new complete file (kill at \(fraction))")
            }
        }
        #expect(killedBeforeCommit >= 1, "no kill landed before the commit; the test proved nothing")
        // The next run completes, cleans up stray temporary files and its tables are the new ones.
        #expect(try HistoryCLI.run(["analyze", corpusB, "--out", out, "--quiet"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        for name in Self.tables {
            let expected = try Data(contentsOf: URL(fileURLWithPath: work + "/expected/" + name))
            #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) == expected, "\(name) after the final run")
        }
        #expect(try Self.runChecksum(db, run: 1) == firstRunChecksum)
    }

    /// SIGKILL during a store's first run, which is written with a rollback journal: the store opens intact, with
    /// no run or with the complete run, and the next run into it completes with the expected tables.
    @Test func killedFirstRunsLeaveAnIntactStore() throws {
        let work = CLITestSupport.makeTemporaryDirectory("kill-first")
        let corpus = work + "/a"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try HistoryCLI.writeCorpus(corpus + "/corpus.jsonl", count: Self.articles)
        let started = Date()
        #expect(try HistoryCLI.run(["analyze", corpus, "--out", work + "/expected", "--quiet"]).status == 0)
        let duration = Date().timeIntervalSince(started)
        var killedBeforeCommit = 0
        for (k, fraction) in Self.killFractions.enumerated() where k % 2 == 1 {
            let out = work + "/out\(k)", db = out + "/geotone.sqlite"
            let process = try HistoryCLI.process(["analyze", corpus, "--out", out, "--quiet"])
            try process.run()
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: db) {
                let store = try SQLiteDatabase(path: db)
                #expect(try store.query("PRAGMA integrity_check") == [[.text("ok")]], "after kill at \(fraction)")
                let hasRuns = try store.query("SELECT count(*) FROM sqlite_master WHERE name = 'runs'")[0][0] == .integer(1)
                let runs = hasRuns ? try store.query("SELECT id, status, articles FROM runs ORDER BY id") : []
                if runs.isEmpty { killedBeforeCommit += 1 }
                for run in runs {
                    #expect(run[1] == .text("complete"), "run \(run[0]) is \(run[1]) after kill at \(fraction)")
                    let stored = try store.query("SELECT count(*) FROM run_articles WHERE run_id = ?", [run[0]])[0][0]
                    #expect(stored == run[2], "complete run \(run[0]) has \(stored) of \(run[2]) article rows")
                }
            } else {
                killedBeforeCommit += 1
            }
            #expect(try HistoryCLI.run(["analyze", corpus, "--out", out, "--full", "--quiet"]).status == 0, "after kill at \(fraction)")
            for name in Self.tables {
                let expected = try Data(contentsOf: URL(fileURLWithPath: work + "/expected/" + name))
                #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) == expected, "\(name) after kill at \(fraction)")
            }
            #expect(try SQLiteDatabase(path: db).query("PRAGMA journal_mode") == [[.text("wal")]])
        }
        #expect(killedBeforeCommit >= 1, "no kill landed before the commit; the test proved nothing")
    }

    /// A checksum of run `run`'s rows in every table.
    static func runChecksum(_ path: String, run: Int64) throws -> String {
        let db = try SQLiteDatabase(path: path)
        var hasher = SHA256()
        for (table, key) in [("runs", "id"), ("articles", "run_id"), ("mentions", "run_id"), ("country_stats", "run_id"),
                             ("comentions", "run_id"), ("region_stats", "run_id"), ("timeline", "run_id"), ("datelines", "run_id"),
                             ("diagnostics", "run_id")] {
            for row in try db.query("SELECT * FROM \(table) WHERE \(key) = ? ORDER BY 1, 2, 3", [.integer(run)]) {
                hasher.update(Array((table + ":" + row.map { "\($0)" }.joined(separator: "\u{1F}") + "\n").utf8))
            }
        }
        return hasher.hexDigest
    }
}
