import Foundation
import Testing
@testable import GeoTone

@Suite struct BatchPipelineTests {
    /// A JSONL corpus larger than two batches, with a duplicate of an early article near the end.
    func writeCorpus() throws -> String {
        let dir = try PipelineFixture.temporaryDirectory("batches")
        let countries = ["France", "Germany", "Kenya", "Japan", "Brazil", "Chile", "Poland", "Egypt"]
        var lines: [String] = []
        let total = Analyzer.batchArticles * 2 + 100
        for i in 0..<total {
            let n = i == total - 1 ? 1 : i   // the last article repeats the second one's text
            let a = countries[n % countries.count], b = countries[(n / countries.count) % countries.count]
            let text = "Story \(n) about \(a) and \(b). Talks failed badly."
            lines.append("{\"id\": \"a\(i)\", \"date\": \"2024-0\(1 + i % 9)-01\", \"text\": \"\(text)\"}")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/corpus.jsonl", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func manyBatchesGiveTheSameOutputsForOneAndTwoJobs() throws {
        let corpus = try writeCorpus()
        let one = try PipelineFixture.temporaryDirectory("batches1")
        let two = try PipelineFixture.temporaryDirectory("batches2")
        let (s1, _) = try PipelineFixture.analyze([corpus], out: one, jobs: 1)
        let (s2, _) = try PipelineFixture.analyze([corpus], out: two, jobs: 2)
        #expect(s1.articles == Analyzer.batchArticles * 2 + 100)
        #expect(s1.duplicates == 1 && s2.duplicates == 1)
        for table in ["articles", "mentions", "countries", "comentions", "regions", "timeline", "datelines"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: one + "/\(table).csv"))
            let b = try Data(contentsOf: URL(fileURLWithPath: two + "/\(table).csv"))
            #expect(a == b, "\(table).csv differs between --jobs 1 and --jobs 2")
        }
    }

    @Test func articlesKeepInputOrderAcrossBatches() throws {
        let corpus = try writeCorpus()
        let out = try PipelineFixture.temporaryDirectory("order")
        _ = try PipelineFixture.analyze([corpus], out: out, jobs: 2)
        let rows = try PipelineFixture.readCSV(out + "/articles.csv")
        #expect(rows.map { $0["article_id"] ?? "" } == rows.indices.map { "a\($0)" })
        #expect(rows.last?["duplicate_of"] == "a1")
    }
}
