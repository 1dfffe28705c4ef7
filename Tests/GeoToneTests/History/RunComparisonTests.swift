import Foundation
import Testing
@testable import GeoTone

@Suite struct RunComparisonTests {
    /// Two runs on a corpus that changed in between: every compared value equals what each run stored, and
    /// the article counts agree with an independent count over the runs' article rows.
    @Test func dataChangeComparedValueByValue() throws {
        let before = try HistoryFixture.copySamples(excluding: ["05", "06"])
        let after = try HistoryFixture.copySamples(excluding: ["001", "002", "003", "004"])
        let work = try HistoryFixture.temporaryDirectory("compare")
        let db = work + "/history.sqlite"
        let a = try HistoryFixture.analyze([before], out: work + "/a", db: db, label: "before")
        let b = try HistoryFixture.analyze([after], out: work + "/b", db: db, label: "after")

        let history = try RunHistory(path: db)
        let comparison = try RunComparison(history: history)
        #expect(comparison.a.id == a.runID && comparison.b.id == b.runID)
        #expect(comparison.change == .data)
        #expect(comparison.methodDifferences.isEmpty)

        func articleCounts(_ run: Int64) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for row in try history.reader.database.query("SELECT countries FROM run_articles WHERE run_id = ? AND duplicate_of IS NULL", [.integer(run)]) {
                for code in row[0].string.split(separator: ";") { counts[String(code), default: 0] += 1 }
            }
            return counts
        }
        let countsA = try articleCounts(a.runID), countsB = try articleCounts(b.runID)
        let codes = Set(countsA.keys).union(countsB.keys)
        #expect(comparison.countries.rows.count == codes.count)
        var previous = Int.max
        for row in comparison.countries.rows {
            let code = row.key[0]
            #expect(row.a?.articles == countsA[code], "\(code) in A")
            #expect(row.b?.articles == countsB[code], "\(code) in B")
            #expect(row.articlesChange == (countsB[code] ?? 0) - (countsA[code] ?? 0))
            let expected: ComparisonTable.Status = countsA[code] == nil ? .new : countsB[code] == nil ? .gone : row.status
            #expect(row.status == expected)
            for (run, entry) in [(a.runID, row.a), (b.runID, row.b)] {
                guard let entry else { continue }
                let stored = try history.reader.database.query(
                    "SELECT share_of_articles, mean_compound FROM country_stats WHERE run_id = ? AND country = ?",
                    [.integer(run), .text(code)])[0]
                #expect(entry.measures[0] == stored[0].double && entry.measures[1] == stored[1].double)
            }
            #expect(abs(row.articlesChange) <= previous)
            previous = abs(row.articlesChange)
        }
        for row in comparison.pairs.rows {
            let stored = { (run: Int64) in try history.reader.database.query(
                "SELECT articles FROM comentions WHERE run_id = ? AND country_a = ? AND country_b = ?",
                [.integer(run), .text(row.key[0]), .text(row.key[1])]).first?[0].int.map(Int.init) }
            let storedA = try stored(a.runID), storedB = try stored(b.runID)
            #expect(row.a?.articles == storedA && row.b?.articles == storedB)
        }
        #expect(comparison.regions.rows.allSatisfy { $0.a != nil || $0.b != nil })

        let out = work + "/compare"
        let files = try ComparisonWriter(comparison).write(to: out)
        #expect(files.count == 4)
        let countriesCSV = try String(contentsOfFile: out + "/countries.csv", encoding: .utf8)
        let bytes = try #require(FileManager.default.contents(atPath: out + "/countries.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(countriesCSV.contains("\"country\",\"name\",\"articles_a\""))
        #expect(countriesCSV.split(separator: "\r\n").count == comparison.countries.rows.count + 1)
        let summary = try String(contentsOfFile: out + "/summary.txt", encoding: .utf8)
        #expect(summary.contains("only the input DATA"))

        let listed = try history.runsWithChanges()
        #expect(listed.map { $0.change } == [.first, .data])
    }

    /// A different option or lexicon is reported as a method change, with the option named.
    @Test func methodChangeDetected() throws {
        let corpus = try HistoryFixture.copySamples(excluding: ["01", "02", "03", "04"])
        let work = try HistoryFixture.temporaryDirectory("method-change")
        let db = work + "/history.sqlite"
        try HistoryFixture.analyze([corpus], out: work + "/1", db: db)
        try HistoryFixture.analyze([corpus], out: work + "/2", db: db) { $0.mentionKinds = ["name", "abbreviation"] }
        try HistoryFixture.analyze([corpus], out: work + "/3", db: db) { $0.mentionKinds = ["name", "abbreviation"] }
        try HistoryFixture.analyze([corpus], out: work + "/4", db: db) { $0.lexicon = "vader" }
        let history = try RunHistory(path: db)
        #expect(try history.runsWithChanges().map { $0.change } == [.first, .method, RunChange.none, .method])
        let kinds = try RunComparison(history: history, a: 1, b: 2)
        #expect(kinds.change == .method)
        #expect(kinds.methodDifferences.contains { $0.hasPrefix("option mention_kinds:") })
        let lexicon = try RunComparison(history: history, a: 3, b: 4)
        #expect(lexicon.methodDifferences.contains("option lexicon: \"news\" -> \"vader\""))
        #expect(lexicon.methodDifferences.contains { $0.hasPrefix("lexicon checksum:") })
        #expect(ComparisonWriter(lexicon).summaryText().contains("the METHOD changed"))
        let same = try RunComparison(history: history, a: 2, b: 3)
        #expect(same.change == RunChange.none)
        #expect(same.countries.rows.allSatisfy { $0.status == .same })
        #expect(throws: HistoryError.self) { try RunComparison(history: history, a: 1, b: 99) }
    }
}
