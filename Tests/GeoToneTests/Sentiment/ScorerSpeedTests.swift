import Foundation
import Testing
@testable import GeoTone

/// Single-core speed of the sentiment scorer over real sentences; report only, no timed
/// assertions. Run with `GEOTONE_BENCH=1 swift test -c release --filter ScorerSpeedTests`.
///
/// With `GEOTONE_SCORE_DUMP=<file>` it also writes the exact bit patterns of every score, so two
/// builds can be compared for bit-identical results (`cmp` the two files).
@Suite struct ScorerSpeedTests {
    /// The Reuters corpus as the pipeline sees it: normalized, split into sentences by the Text
    /// stage; plus the raw lines (not normalized: typographic quotes, odd spaces) for the slow paths.
    static func sentences() -> (normalized: [[UInt8]], raw: [[UInt8]]) {
        guard let data = FileManager.default.contents(atPath: TestPaths.reuters) else { return ([], []) }
        let normalizer = TextNormalizer()
        let tokenizer = Tokenizer()
        var scratch = TokenizedText()
        var normalized: [[UInt8]] = [], raw: [[UInt8]] = []
        var bytes: [UInt8] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            let text = Array(((obj["title"] as? String ?? "") + "\n\n" + (obj["text"] as? String ?? "")).utf8)
            for rawLine in text.split(separator: UInt8(ascii: "\n")) { raw.append(Array(rawLine)) }
            bytes.removeAll(keepingCapacity: true)
            text.withUnsafeBufferPointer { normalizer.normalize($0, into: &bytes) }
            bytes.withUnsafeBufferPointer { p in
                tokenizer.tokenize(p, into: &scratch)
                for range in scratch.sentenceByteRanges { normalized.append(Array(p[range])) }
            }
        }
        return (normalized, raw)
    }

    /// Texts with emoji, typographic quotes, Unicode spaces and case, for the dump.
    static let unicodeTexts: [String] = [
        "I love it 😀 but the 💔 hurts", "“Great” news ‘indeed’ – she said", "NO WAY\u{00A0}this is BAD!!!",
        "Ünited Stätes are GRÊAT", "ÉCOLE is fine", "don’t like it", "It isn\u{02BC}t good", "😂😂😂",
        "wasn't\u{2003}bad at all", "ǅemal is good", "Σ IS GOOD and σ is bad", ":) :( :-) <3 :D",
    ]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.reuters)
                   && ProcessInfo.processInfo.environment["GEOTONE_BENCH"] != nil))
    func throughput() throws {
        let (normalized, raw) = Self.sentences()
        let bytes = normalized.reduce(0) { $0 + $1.count }
        let scorers: [(String, SentimentScorer)] = [("news", SentimentTestSupport.newsScorer),
                                                    ("vader", SentimentTestSupport.vaderScorer)]
        var dump = ""
        for (name, scorer) in scorers {
            var best = 1e9
            var words = 0
            for _ in 0..<3 {
                let c0 = MatcherSpeedTests.threadCPUSeconds()
                words = 0
                for s in normalized {
                    s.withUnsafeBufferPointer { words += scorer.score(utf8: $0).tone.words }
                }
                best = min(best, MatcherSpeedTests.threadCPUSeconds() - c0)
            }
            print("scorer speed \(name): \(normalized.count) sentences, \(bytes) bytes, \(words) words; "
                  + "CPU \(Double(bytes) / 1e6 / best) MB/s")
            guard ProcessInfo.processInfo.environment["GEOTONE_SCORE_DUMP"] != nil else { continue }
            let all = normalized + raw + Self.unicodeTexts.map { Array($0.utf8) }
            for s in all {
                let r = s.withUnsafeBufferPointer { scorer.score(utf8: $0) }
                let v = [r.scores.negative, r.scores.neutral, r.scores.positive, r.scores.compound]
                dump += v.map { String($0.bitPattern, radix: 16) }.joined(separator: " ")
                dump += " \(r.tone.words) \(r.tone.positiveWords) \(r.tone.negativeWords)\n"
            }
        }
        if let path = ProcessInfo.processInfo.environment["GEOTONE_SCORE_DUMP"] {
            try dump.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(bytes > 0)
    }
}
