import Foundation
import Testing
@testable import GeoTone

/// `Analyzer.defersCheckpoint`: the run is committed when `run()` returns, readable from another connection while its
/// write-ahead log is still uncopied, and in the database file itself once `closeStore()` has run.
@Suite(.serialized) struct DeferredCheckpointTests {
    private func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    private func analyzer(out: String, defers: Bool) -> Analyzer {
        var options = AnalysisOptions(inputs: [PipelineFixture.sampleCorpus], outDirectory: out,
                                      datasetsDirectory: PipelineFixture.datasets, jobs: 2)
        options.defaultYear = 2024
        let analyzer = Analyzer(options: options, sink: CollectingSink())
        analyzer.defersCheckpoint = defers
        return analyzer
    }

    /// Articles of the latest complete run (nil when there is none), read from a copy of the database file alone (no -wal file beside it).
    private func articlesInFileAlone(_ db: String, copyTo copy: String) throws -> Int64? {
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let reader = try SQLiteDatabase(path: copy, create: false)
        // A new store's tables may themselves still be in the log.
        guard try reader.query("SELECT count(*) FROM sqlite_master WHERE name = 'runs'").first?.first?.int == 1 else { return nil }
        return try reader.query("SELECT articles FROM runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1").first?.first?.int
    }

    @Test func deferredRunIsReadableBeforeAndInTheFileAfterTheCheckpoint() throws {
        let out = try PipelineFixture.temporaryDirectory("deferred")
        let db = out + "/geotone.sqlite"
        let analyzer = analyzer(out: out, defers: true)
        let summary = try analyzer.run()
        #expect(summary.articles > 0)
        // Committed but not copied: the log holds the run, and another connection reads it.
        #expect((fileSize(db + "-wal") ?? 0) > 0, "the run should still be in the write-ahead log")
        let reader = try SQLiteDatabase(path: db, create: false)
        let status = try reader.query("SELECT status, articles FROM runs WHERE id = ?", [.integer(summary.runID)])
        #expect(status.first?[0].string == "complete")
        #expect(status.first?[1].int == Int64(summary.articles))
        #expect(try articlesInFileAlone(db, copyTo: out + "/before.sqlite") == nil, "the file alone should not hold the run yet")

        analyzer.closeStore()
        // Copied into the database file while the reader stayed open.
        #expect(try articlesInFileAlone(db, copyTo: out + "/after.sqlite") == Int64(summary.articles))
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

    @Test func defaultRunLeavesTheRunInTheFile() throws {
        let out = try PipelineFixture.temporaryDirectory("undeferred")
        let summary = try analyzer(out: out, defers: false).run()
        #expect(fileSize(out + "/geotone.sqlite-wal") == nil, "no write-ahead log should be left")
        #expect(try articlesInFileAlone(out + "/geotone.sqlite", copyTo: out + "/copy.sqlite") == Int64(summary.articles))
    }
}
