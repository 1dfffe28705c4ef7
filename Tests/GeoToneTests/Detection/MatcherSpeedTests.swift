import Foundation
import Testing
@testable import GeoTone

/// Single-core speed of tokenizer + matcher over the Reuters texts; run with GEOTONE_BENCH=1
/// in a release build (`swift test -c release --filter MatcherSpeedTests`).
@Suite struct MatcherSpeedTests {
    /// CPU time of the calling thread: honest single-core speed on a shared machine.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.reuters)
                   && ProcessInfo.processInfo.environment["GEOTONE_BENCH"] != nil))
    func throughput() throws {
        let data = try #require(FileManager.default.contents(atPath: TestPaths.reuters))
        var texts: [[UInt8]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            texts.append(Array(((obj["title"] as? String ?? "") + "\n" + (obj["text"] as? String ?? "")).utf8))
        }
        let bytes = texts.reduce(0) { $0 + $1.count }
        let harness = MatcherHarness(directory: MatcherHarness.hasProjectGazetteer ? TestPaths.realGazetteer : TestPaths.fixtureGazetteer, kinds: MentionKind.defaultKinds)
        let tokenizer = Tokenizer()
        var scratch = TokenizedText()
        var mentions: [Mention] = []
        var best = 1e9, tokenOnly = 1e9, bestWall = Duration.seconds(1000)
        var count = 0
        for _ in 0..<3 {
            let clock = ContinuousClock()
            let c0 = MatcherSpeedTests.threadCPUSeconds()
            for t in texts {
                t.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &scratch) }
            }
            tokenOnly = min(tokenOnly, MatcherSpeedTests.threadCPUSeconds() - c0)
            let t1 = clock.now
            let c1 = MatcherSpeedTests.threadCPUSeconds()
            count = 0
            for t in texts {
                t.withUnsafeBufferPointer { p in
                    tokenizer.tokenize(p, into: &scratch)
                    mentions.removeAll(keepingCapacity: true)
                    harness.matcher.matches(in: scratch, bytes: p, into: &mentions)
                    count += mentions.count
                }
            }
            best = min(best, MatcherSpeedTests.threadCPUSeconds() - c1)
            bestWall = min(bestWall, clock.now - t1)
        }
        let wall = Double(bestWall.components.seconds) + Double(bestWall.components.attoseconds) / 1e18
        print("matcher speed: \(bytes) bytes, \(count) mentions; CPU time: tokenize \(Double(bytes) / 1e6 / tokenOnly) MB/s, "
              + "tokenize+match \(Double(bytes) / 1e6 / best) MB/s; wall tokenize+match \(Double(bytes) / 1e6 / wall) MB/s")
        #expect(count > 0)
    }
}

extension MatcherSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GEOTONE_BENCH"] != nil))
    func syntheticTokenizerSpeed() {
        let sentence = Array("The U.S. Treasury said on Tuesday that Kazakhstan's exports rose 5.93 pct to 1,234 mln dlrs in February, Reuters reported. ".utf8)
        var big: [UInt8] = []
        while big.count < 20_000_000 { big += sentence }
        let tokenizer = Tokenizer()
        var scratch = TokenizedText()
        let clock = ContinuousClock()
        let t0 = clock.now
        big.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &scratch) }
        let d = clock.now - t0
        let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        print("synthetic tokenize: \(Double(big.count) / 1e6 / s) MB/s, \(scratch.tokens.count) tokens")
    }
}
