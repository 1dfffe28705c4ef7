import Foundation
import Testing
@testable import GeoTone

@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct RunsCompareCommandTests {
    @Test func runsAndCompareEndToEnd() throws {
        let work = CLITestSupport.makeTemporaryDirectory("runs")
        let corpus = work + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try HistoryCLI.writeCorpus(corpus + "/a.jsonl", count: 40)
        let out = work + "/out"
        #expect(try HistoryCLI.run(["analyze", corpus, "--out", out, "--label", "first", "--quiet"]).status == 0)
        try HistoryCLI.writeCorpus(corpus + "/b.jsonl", count: 20, start: 40)
        let second = try HistoryCLI.run(["analyze", corpus, "--out", out, "--label", "second"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("unchanged articles reused from earlier runs: 40 "))
        #expect(try HistoryCLI.run(["analyze", corpus, "--out", out, "--lexicon", "vader", "--quiet"]).status == 0)

        let runs = try HistoryCLI.run(["runs", "--db", out + "/geotone.sqlite"])
        #expect(runs.status == 0)
        let lines = runs.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("id  label"))
        #expect(lines[0].contains("changes"))
        #expect(lines[1].hasSuffix("first") && lines[1].contains("complete"))
        #expect(lines[2].hasSuffix("data") && lines[2].contains("second"))
        #expect(lines[3].hasSuffix("method"))
        // Aligned: every line has the status column at the same offset.
        let offsets = lines.dropFirst().map { $0.range(of: "complete")?.lowerBound.utf16Offset(in: $0) }
        #expect(Set(offsets).count == 1)

        let compareDir = work + "/cmp"
        let compare = try HistoryCLI.run(["compare", "1", "2", "--db", out + "/geotone.sqlite", "--out", compareDir])
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("What changed: only the input DATA"))
        #expect(compare.stdout.contains("Countries up"))
        for name in ["summary.txt", "countries.csv", "comentions.csv", "regions.csv"] {
            #expect(FileManager.default.fileExists(atPath: compareDir + "/" + name), "\(name) missing")
        }
        let latest = try HistoryCLI.run(["compare", "--db", out + "/geotone.sqlite", "--out", compareDir])
        #expect(latest.stdout.contains("A = run 2, B = run 3"))
        #expect(latest.stdout.contains("the METHOD changed"))

        let missing = try HistoryCLI.run(["runs", "--db", work + "/nope.sqlite"])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("no geotone database"))
        let badRun = try HistoryCLI.run(["compare", "1", "9", "--db", out + "/geotone.sqlite", "--out", compareDir])
        #expect(badRun.status == 3 && badRun.stderr.contains("there is no run 9"))
    }
}
