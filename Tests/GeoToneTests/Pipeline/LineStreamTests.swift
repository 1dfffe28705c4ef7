import Foundation
import Testing
@testable import GeoTone
import GeoToneTestSupport

/// The line tools' loop (`geotone score`, `geotone countries`): the same lines as `readLine` gives, in input
/// order, whatever the block size and the number of workers.
@Suite("Line stream")
struct LineStreamTests {
    static let lines = [
        "The talks were good, officials said.", "", "Russia and Ukraine signed a deal in Istanbul.",
        "“The deal isn’t good,” he told reporters.\r", "Police Killed At Least 378 Black Americans",
        "Bad bytes \u{FFFD} here", String(repeating: "A very long line about France and Germany. ", count: 40),
        "no final line feed: Japan",
    ]

    /// The input as bytes: the lines joined by "\n", one line with invalid UTF-8 (0xFF) in place of U+FFFD.
    static var input: [UInt8] {
        var bytes = Array(lines.joined(separator: "\n").utf8)
        let marker = Array("\u{FFFD}".utf8)
        if let at = bytes.firstRange(of: marker) { bytes.replaceSubrange(at, with: [0xFF]) }
        return bytes
    }

    /// What `readLine` gives for `input`: "\n" and "\r\n" stripped, invalid UTF-8 repaired.
    static var expectedLines: [String] {
        lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    /// Runs `workers` over `input` through real files, returns the output.
    static func run<T: LineTransform>(_ workers: inout [T], input: [UInt8], blockSize: Int) throws -> String {
        let dir = try TestScratch.makeDirectory("geotone-linestream")
        try Data(input).write(to: URL(fileURLWithPath: dir + "/in"))
        FileManager.default.createFile(atPath: dir + "/out", contents: nil)
        let inFile = try FileHandle(forReadingFrom: URL(fileURLWithPath: dir + "/in"))
        let outFile = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/out"))
        try LineStream.run(&workers, input: inFile.fileDescriptor, output: outFile.fileDescriptor, blockSize: blockSize)
        try inFile.close()
        try outFile.close()
        return try String(contentsOfFile: dir + "/out", encoding: .utf8)
    }

    @Test("score: one line of scores per input line, as formattedScores gives them", arguments: [(7, 1), (64, 2), (1 << 22, 2), (64, 3)])
    func scoreLines(blockSize: Int, jobs: Int) throws {
        let scorer = try LineSentimentScorer(datasetsDirectory: SentimentTestSupport.datasets, lexicon: "news")
        var workers = (0..<jobs).map { _ in ScoreLine(scorer: scorer, scratch: SentimentScratch()) }
        let output = try Self.run(&workers, input: Self.input, blockSize: blockSize)
        let expected = Self.expectedLines.map { scorer.formattedScores($0) + "\n" }.joined()
        #expect(output == expected)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count == Self.lines.count + 1)
    }

    @Test("countries: each line's countries column, as SingleArticleAnalyzer gives it", arguments: [(7, 1), (64, 2)])
    func countryLines(blockSize: Int, jobs: Int) throws {
        let resources = try AnalysisResources(datasetsDirectory: SentimentTestSupport.datasets, lexicon: "news", mentionKinds: nil)
        var workers = (0..<jobs).map { _ in CountriesLine(analyzer: SingleArticleAnalyzer(resources: resources)) }
        let output = try Self.run(&workers, input: Self.input, blockSize: blockSize)
        var analyzer = SingleArticleAnalyzer(resources: resources)
        let expected = Self.expectedLines.map { analyzer.analyze(body: $0).countries.joined(separator: ";") + "\n" }.joined()
        #expect(output == expected)
        #expect(output.contains("RU;TR;UA\n") && output.hasSuffix("JP\n"))  // Istanbul names Turkey
    }

    @Test("an empty input gives an empty output; a lone line feed one empty line")
    func emptyInput() throws {
        let scorer = try LineSentimentScorer(datasetsDirectory: SentimentTestSupport.datasets, lexicon: "vader")
        var workers = [ScoreLine(scorer: scorer, scratch: SentimentScratch()), ScoreLine(scorer: scorer, scratch: SentimentScratch(textCapacity: 8))]
        #expect(try Self.run(&workers, input: [], blockSize: 16) == "")
        #expect(try Self.run(&workers, input: [0x0A], blockSize: 16) == "0.0\t0.0\t0.0\t0.0\n")
    }

    @Test("shares cut a block after line feeds only, covering it once", arguments: [1, 2, 3, 5])
    func shares(count: Int) {
        let block = Array("a\nbb\n\ncccc\nd".utf8)
        let shares = LineStream.shares(of: block, count: count)
        #expect(shares.first?.lowerBound == 0 && shares.last?.upperBound == block.count)
        for (a, b) in zip(shares, shares.dropFirst()) {
            #expect(a.upperBound == b.lowerBound)
            #expect(block[a.upperBound - 1] == 0x0A)
        }
        #expect(shares.count <= count)
    }

    @Test("UTF-8 validation: well-formed text passes, overlongs, surrogates, truncations and stray bytes fail")
    func validation() {
        let good: [[UInt8]] = [Array("plain".utf8), Array("“Zürich” – 東京 😀".utf8), []]
        let bad: [[UInt8]] = [[0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                              [0xE2, 0x80], [0x80], [0x61, 0xC3]]
        for bytes in good { #expect(bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }, "\(bytes)") }
        for bytes in bad { #expect(!bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }, "\(bytes)") }
    }
}
