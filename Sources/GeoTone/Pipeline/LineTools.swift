/// Sentence scores for single lines (`geotone score`).
public struct LineSentimentScorer: Sendable {
    let scorer: SentimentScorer

    public init(datasetsDirectory: String, lexicon: String) throws {
        let (lex, mode) = try LexiconChoice.load(lexicon, datasetsDirectory: datasetsDirectory)
        scorer = SentimentScorer(lexicon: lex, mode: mode)
    }

    /// `neg<TAB>neu<TAB>pos<TAB>compound`, rounded half-even to 3, 3, 3 and 4 decimals as the reference prints them.
    public func formattedScores(_ line: String) -> String {
        var out: [UInt8] = []
        var copy = line
        copy.withUTF8 { appendScores(of: $0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the formatted scores of the UTF-8 text `line` (without its line feed) to `out`.
    func appendScores(of line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        appendScores(scorer.score(utf8: line).scores, to: &out)
    }

    /// Appends the formatted scores of the UTF-8 text `line`, scored in `scratch`, to `out`.
    func appendScores(of line: UnsafeBufferPointer<UInt8>, scratch: SentimentScratch, to out: inout [UInt8]) {
        appendScores(scorer.score(utf8: line, scratch: scratch).scores, to: &out)
    }

    /// Appends `s` formatted.
    private func appendScores(_ s: SentimentScores, to out: inout [UInt8]) {
        // Four numbers of at most `PythonFloatText.maxLength` bytes and three tabs, formatted on the stack and
        // appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * PythonFloatText.maxLength + 3) { buffer in
            let p = buffer.baseAddress.unsafelyUnwrapped
            var k = PythonFloatText.write(PythonRounding.round(s.negative, digits: 3), digits: 3, to: p)
            p[k] = 0x09
            k += 1
            k += PythonFloatText.write(PythonRounding.round(s.neutral, digits: 3), digits: 3, to: p + k)
            p[k] = 0x09
            k += 1
            k += PythonFloatText.write(PythonRounding.round(s.positive, digits: 3), digits: 3, to: p + k)
            p[k] = 0x09
            k += 1
            k += PythonFloatText.write(PythonRounding.round(s.compound, digits: 4), digits: 4, to: p + k)
            out.append(contentsOf: UnsafeBufferPointer(start: p, count: k))
        }
    }

    /// Scores every line of `input` (a file descriptor: standard input for `geotone score`) and writes one line
    /// of scores per line to `output`, in input order, on `jobs` threads. Lines are read in blocks of whole
    /// lines; a line's "\r\n" ending counts as its line feed, and invalid UTF-8 is repaired as `readLine` does.
    public func scoreLines(input: Int32, output: Int32, jobs: Int) throws {
        var workers = (0..<max(1, jobs)).map { _ in ScoreLine(scorer: self, scratch: SentimentScratch()) }
        try LineStream.run(&workers, input: input, output: output)
    }
}

/// `geotone score`'s work on one line.
struct ScoreLine: LineTransform {
    let scorer: LineSentimentScorer
    /// This worker's own scratch memory.
    let scratch: SentimentScratch
    mutating func transform(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        scorer.appendScores(of: line, scratch: scratch, to: &out)
        out.append(0x0A)
    }
}

/// `geotone countries`' work on one line: the `countries` column of the line analysed as an article body.
struct CountriesLine: LineTransform {
    var analyzer: SingleArticleAnalyzer
    mutating func transform(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        analyzer.analyzer.appendCountries(ofBody: line, to: &out)
        out.append(0x0A)
    }
}

extension SingleArticleAnalyzer {
    /// Writes the countries of every line of `input` to `output` (one `;`-joined line each, in input order), on
    /// `jobs` threads with an analyzer each: `geotone countries`.
    public static func countryLines(resources: AnalysisResources, input: Int32, output: Int32, jobs: Int) throws {
        var workers = (0..<max(1, jobs)).map { _ in CountriesLine(analyzer: SingleArticleAnalyzer(resources: resources, sentiment: false)) }
        try LineStream.run(&workers, input: input, output: output)
    }
}

/// Python's `repr` of a float that was rounded to a few decimals (`0.0`, `0.853`, `-0.4404`).
public enum PythonFloatText {
    /// Bytes `write` writes at most.
    static let maxLength = 32

    /// Appends `format(x)` for an `x` already rounded to `digits` decimals (at most 9), without making a String.
    static func append(_ x: Double, digits: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxLength) { buffer in
            let count = write(x, digits: digits, to: buffer.baseAddress.unsafelyUnwrapped)
            out.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: count))
        }
    }

    /// Writes `format(x)` for an `x` already rounded to `digits` decimals (at most 9) to `p` (room for
    /// `maxLength` bytes) and returns its length: such a float's shortest round-trip text is its decimal digits
    /// without trailing zeros.
    static func write(_ x: Double, digits: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if x == 0 {
            p[0] = UInt8(ascii: "0")
            p[1] = UInt8(ascii: ".")
            p[2] = UInt8(ascii: "0")
            return 3
        }
        if !x.isFinite || digits > 9 || abs(x) >= 1e9 {
            var k = 0
            for b in format(x).utf8.prefix(maxLength) { p[k] = b; k += 1 }
            return k
        }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale &*= 10 }
        let scaled = UInt64((abs(x) * Double(scale)).rounded())
        var k = 0
        if x < 0 { p[0] = UInt8(ascii: "-"); k = 1 }
        // Integer part (below 10^9): digits backwards into a small buffer, then forwards.
        var integer = scaled / scale
        var reversed: (UInt64, UInt64) = (0, 0)
        var length = 0
        withUnsafeMutableBytes(of: &reversed) { r in
            repeat {
                r[length] = 48 + UInt8(integer % 10)
                integer /= 10
                length += 1
            } while integer > 0
            for j in 0..<length { p[k + j] = r[length - 1 - j] }
        }
        k += length
        p[k] = UInt8(ascii: ".")
        k += 1
        var fraction = scaled % scale
        var width = digits
        while width > 1 && fraction % 10 == 0 { fraction /= 10; width -= 1 }
        var j = width - 1
        while j >= 0 { p[k + j] = 48 + UInt8(fraction % 10); fraction /= 10; j -= 1 }
        return k + width
    }

    public static func format(_ x: Double) -> String {
        if x == 0 { return "0.0" }
        var s = "\(x)"
        if !s.contains(".") && !s.contains("e") { s += ".0" }
        return s
    }
}
