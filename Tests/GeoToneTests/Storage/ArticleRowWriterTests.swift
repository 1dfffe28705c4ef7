import Foundation
import Testing
@testable import GeoTone

@Suite struct ArticleRowWriterTests {
    /// The statement that keeps the run's own pages in the page cache prepares and runs on every store the migrations
    /// make (it is prepared with `try?`, so a mistake in it would only lose speed, silently, without this test).
    @Test func thePagesTouchStatementRunsOnANewStore() throws {
        let path = try HistoryFixture.temporaryDirectory("row-writer") + "/store.sqlite"
        let store = try ResultStore(path: path)
        let writer = try ArticleRowWriter(database: store.database, runID: 1, methodID: nil)
        let touch = try #require(writer.touch)
        _ = try touch.step()
        touch.reset()
        #expect(ArticleRowWriter.touchEvery > 0)
    }

    /// A store whose indexes on `runs` were dropped by hand still takes a run: the touch is left out, nothing else.
    @Test func aStoreWithoutTheRunIndexesStillTakesARun() throws {
        let dir = try HistoryFixture.temporaryDirectory("row-writer-no-index")
        let samples = try HistoryFixture.copySamples()
        let db = dir + "/store.sqlite"
        let first = try HistoryFixture.analyze([samples], out: dir + "/out1", db: db)
        #expect(first.articles > 0)
        let plain = try SQLiteDatabase(path: db)
        try plain.execute("DROP INDEX runs_by_method; DROP INDEX runs_by_status")
        #expect(try ArticleRowWriter(database: plain, runID: 99, methodID: nil).touch == nil)
        let second = try HistoryFixture.analyze([samples], out: dir + "/out2", db: db) { $0.full = true }
        #expect(second.articles == first.articles)
        #expect(HistoryFixture.tables(dir + "/out2") == HistoryFixture.tables(dir + "/out1"))
    }
}
