import Foundation
import Testing
@testable import GeoTone

/// `Analyzer.defersCheckpoint`: the run is committed when `run()` returns, readable from another connection while its
/// write-ahead log is still uncopied, and in the database file itself once `closeStore()` has run.
@Suite(.serialized) struct DeferredCheckpointTests {
    private func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    private func analyzer(out: String, defers: Bool, full: Bool = false) -> Analyzer {
        var options = AnalysisOptions(inputs: [PipelineFixture.sampleCorpus], outDirectory: out,
                                      datasetsDirectory: PipelineFixture.datasets, jobs: 2)
        options.defaultYear = 2024
        options.full = full
        let analyzer = Analyzer(options: options, sink: CollectingSink())
        analyzer.defersCheckpoint = defers
        return analyzer
    }

    /// Articles of the latest complete run (nil when there is none), read from a copy of the database file alone (no -wal file beside it).
    private func articlesInFileAlone(_ db: String, copyTo copy: String) throws -> Int64? {
        try latestRunInFileAlone(db, copyTo: copy)?.articles
    }

    /// Id and articles of the latest complete run in a copy of the database file alone (nil when there is none).
    private func latestRunInFileAlone(_ db: String, copyTo copy: String) throws -> (id: Int64, articles: Int64)? {
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let reader = try SQLiteDatabase(path: copy, create: false)
        // A new store's tables may themselves still be in the log.
        guard try reader.query("SELECT count(*) FROM sqlite_master WHERE name = 'runs'").first?.first?.int == 1 else { return nil }
        guard let row = try reader.query("SELECT id, articles FROM runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1").first,
              let id = row[0].int, let articles = row[1].int else { return nil }
        return (id, articles)
    }

    @Test func deferredRunIsReadableBeforeAndInTheFileAfterTheCheckpoint() throws {
        let out = try PipelineFixture.temporaryDirectory("deferred")
        let db = out + "/geotone.sqlite"
        // The store's first run (it creates the store: rollback journal, nothing deferred), then the deferred one.
        let first = analyzer(out: out, defers: true)
        let firstRun = try first.run()
        first.closeStore()
        #expect(try latestRunInFileAlone(db, copyTo: out + "/first.sqlite")?.id == firstRun.runID)
        // `full`: the run writes its own article rows (an unchanged run would share the first one's).
        let analyzer = analyzer(out: out, defers: true, full: true)
        let summary = try analyzer.run()
        #expect(summary.articles > 0)
        // Committed but not copied: the log holds the run, and another connection reads it.
        #expect((fileSize(db + "-wal") ?? 0) > 0, "the run should still be in the write-ahead log")
        let reader = try SQLiteDatabase(path: db, create: false)
        let status = try reader.query("SELECT status, articles FROM runs WHERE id = ?", [.integer(summary.runID)])
        #expect(status.first?[0].string == "complete")
        #expect(status.first?[1].int == Int64(summary.articles))
        #expect(try latestRunInFileAlone(db, copyTo: out + "/before.sqlite")?.id == firstRun.runID,
                "the file alone should not hold the run yet")

        analyzer.closeStore()
        // Copied into the database file while the reader stayed open.
        #expect(try latestRunInFileAlone(db, copyTo: out + "/after.sqlite")?.id == summary.runID)
        #expect(try articlesInFileAlone(db, copyTo: out + "/after2.sqlite") == Int64(summary.articles))
        #expect(try reader.query("SELECT count(*) FROM articles WHERE run_id = ?", [.integer(summary.runID)]).first?.first?.int
                == Int64(summary.articles))
        analyzer.closeStore()   // a second call has nothing left to do
    }

    /// The public form: `follow` reads the committed run on its own connection; when `run(whileCheckpointing:)`
    /// returns, the database file alone holds the run.
    @Test func followReadsTheRunWhileTheCheckpointRuns() throws {
        let out = try PipelineFixture.temporaryDirectory("while-checkpointing")
        let db = out + "/geotone.sqlite"
        let (summary, seen) = try analyzer(out: out, defers: false).run(whileCheckpointing: { summary in
            try RunReader(database: SQLiteDatabase(path: db, create: false)).run(summary.runID)?.articles
        })
        #expect(seen == summary.articles)
        #expect(try articlesInFileAlone(db, copyTo: out + "/after.sqlite") == Int64(summary.articles))
    }

    /// A store's first run is written with a rollback journal (no log, no checkpoint) and leaves the store in
    /// write-ahead-log mode, with no journal or log file beside it; the second run writes through the log again.
    @Test func aNewStoresFirstRunSkipsTheLog() throws {
        let out = try PipelineFixture.temporaryDirectory("first-run")
        let db = out + "/geotone.sqlite"
        let first = try analyzer(out: out, defers: false).run()
        #expect(fileSize(db + "-wal") == nil && fileSize(db + "-journal") == nil)
        let reader = try SQLiteDatabase(path: db, create: false)
        #expect(try reader.query("PRAGMA journal_mode") == [[.text("wal")]])
        #expect(try reader.query("SELECT status, articles FROM runs WHERE id = ?", [.integer(first.runID)])
                == [[.text("complete"), .integer(Int64(first.articles))]])
        #expect(try reader.query("PRAGMA integrity_check") == [[.text("ok")]])
        let deferred = analyzer(out: out, defers: true, full: true)
        let second = try deferred.run()
        #expect((fileSize(db + "-wal") ?? 0) > 0, "the second run goes through the write-ahead log")
        deferred.closeStore()
        #expect(try articlesInFileAlone(db, copyTo: out + "/copy.sqlite") == Int64(second.articles))
        // A store created but never written is in write-ahead-log mode too once closed.
        let empty = out + "/empty.sqlite"
        _ = try ResultStore(path: empty)
        #expect(try SQLiteDatabase(path: empty, create: false).query("PRAGMA journal_mode") == [[.text("wal")]])
    }

    @Test func defaultRunLeavesTheRunInTheFile() throws {
        let out = try PipelineFixture.temporaryDirectory("undeferred")
        let summary = try analyzer(out: out, defers: false).run()
        #expect(fileSize(out + "/geotone.sqlite-wal") == nil, "no write-ahead log should be left")
        #expect(try articlesInFileAlone(out + "/geotone.sqlite", copyTo: out + "/copy.sqlite") == Int64(summary.articles))
    }
}
