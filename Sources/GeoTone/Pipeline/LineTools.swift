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
        let s = scorer.score(utf8: line).scores
        PythonFloatText.append(PythonRounding.round(s.negative, digits: 3), digits: 3, to: &out)
        out.append(0x09)
        PythonFloatText.append(PythonRounding.round(s.neutral, digits: 3), digits: 3, to: &out)
        out.append(0x09)
        PythonFloatText.append(PythonRounding.round(s.positive, digits: 3), digits: 3, to: &out)
        out.append(0x09)
        PythonFloatText.append(PythonRounding.round(s.compound, digits: 4), digits: 4, to: &out)
    }

    /// Scores every line of `input` (a file descriptor: standard input for `geotone score`) and writes one line
    /// of scores per line to `output`, in input order, on `jobs` threads. Lines are read in blocks of whole
    /// lines; a line's "\r\n" ending counts as its line feed, and invalid UTF-8 is repaired as `readLine` does.
    public func scoreLines(input: Int32, output: Int32, jobs: Int) throws {
        var workers = Array(repeating: ScoreLine(scorer: self), count: max(1, jobs))
        try LineStream.run(&workers, input: input, output: output)
    }
}

/// `geotone score`'s work on one line.
struct ScoreLine: LineTransform {
    let scorer: LineSentimentScorer
    mutating func transform(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        scorer.appendScores(of: line, to: &out)
        out.append(0x0A)
    }
}

/// `geotone countries`' work on one line: the `countries` column of the line analysed as an article body.
struct CountriesLine: LineTransform {
    var analyzer: SingleArticleAnalyzer
    mutating func transform(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let countries = analyzer.analyze(body: String(decoding: line, as: UTF8.self)).countries
        for (k, code) in countries.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ";")) }
            out.append(contentsOf: code.utf8)
        }
        out.append(0x0A)
    }
}

extension SingleArticleAnalyzer {
    /// Writes the countries of every line of `input` to `output` (one `;`-joined line each, in input order), on
    /// `jobs` threads with an analyzer each: `geotone countries`.
    public static func countryLines(resources: AnalysisResources, input: Int32, output: Int32, jobs: Int) throws {
        var workers = (0..<max(1, jobs)).map { _ in CountriesLine(analyzer: SingleArticleAnalyzer(resources: resources)) }
        try LineStream.run(&workers, input: input, output: output)
    }
}

/// Python's `repr` of a float that was rounded to a few decimals (`0.0`, `0.853`, `-0.4404`).
public enum PythonFloatText {
    /// Appends `format(x)` for an `x` already rounded to `digits` decimals (at most 9), without making a String:
    /// such a float's shortest round-trip text is its decimal digits without trailing zeros.
    static func append(_ x: Double, digits: Int, to out: inout [UInt8]) {
        if x == 0 || !x.isFinite || digits > 9 || abs(x) >= 1e9 {
            out.append(contentsOf: format(x).utf8)
            return
        }
        var p: UInt64 = 1
        for _ in 0..<digits { p *= 10 }
        let scaled = UInt64((abs(x) * Double(p)).rounded())
        if x < 0 { out.append(UInt8(ascii: "-")) }
        appendDecimal(scaled / p, to: &out)
        out.append(UInt8(ascii: "."))
        var fraction = scaled % p
        var width = digits
        while width > 1 && fraction % 10 == 0 { fraction /= 10; width -= 1 }
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (48, 48, 48, 48, 48, 48, 48, 48, 48)
        withUnsafeMutableBytes(of: &buffer) { b in
            var k = width - 1
            while k >= 0 { b[k] = 48 + UInt8(fraction % 10); fraction /= 10; k -= 1 }
            out.append(contentsOf: b[0..<width])
        }
    }

    static func appendDecimal(_ value: UInt64, to out: inout [UInt8]) {
        if value < 10 { out.append(48 + UInt8(value)); return }
        appendDecimal(value / 10, to: &out)
        out.append(48 + UInt8(value % 10))
    }

    public static func format(_ x: Double) -> String {
        if x == 0 { return "0.0" }
        var s = "\(x)"
        if !s.contains(".") && !s.contains("e") { s += ".0" }
        return s
    }
}
