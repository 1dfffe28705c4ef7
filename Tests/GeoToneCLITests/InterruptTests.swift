import Foundation
import Testing
@testable import GeoTone

/// Ctrl-C (SIGINT) or SIGTERM during `analyze`: no `*.tmp-*` file stays in `--out`, the earlier tables are unchanged.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct InterruptTests {
    @Test(arguments: [SIGINT, SIGTERM]) func signalLeavesNoTemporaryFiles(_ signalNumber: Int32) throws {
        let work = CLITestSupport.makeTemporaryDirectory("interrupt")
        try FileManager.default.createDirectory(atPath: work + "/in", withIntermediateDirectories: true)
        try HistoryCLI.writeCorpus(work + "/in/small.jsonl", count: 20)
        try FileManager.default.createDirectory(atPath: work + "/big", withIntermediateDirectories: true)
        try HistoryCLI.writeCorpus(work + "/big/corpus.jsonl", count: HistoryCLI.isRelease ? 40_000 : 6000)
        let out = work + "/out"
        #expect(try HistoryCLI.run(["analyze", work + "/in", "--out", out, "--quiet"]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".csv") }.sorted()
            .map { ($0, try Data(contentsOf: URL(fileURLWithPath: out + "/" + $0))) }

        let process = try HistoryCLI.process(["analyze", work + "/big", "--out", out, "--quiet", "--full"])
        try process.run()
        // Wait until the run is writing (its temporary tables exist), then interrupt it.
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while process.isRunning && Date() < deadline {
            if try FileManager.default.contentsOfDirectory(atPath: out).contains(where: { $0.contains(".tmp-") }) {
                sawTemporary = true
                break
            }
            usleep(5_000)
        }
        try #require(sawTemporary, "the run ended before it could be interrupted; use a bigger corpus")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signalNumber)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        for (name, bytes) in before {
            #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) == bytes, "\(name) changed")
        }
    }
}
