/// Sentence scores for single lines (`geotone score`).
public struct LineSentimentScorer: Sendable {
    let scorer: SentimentScorer

    public init(datasetsDirectory: String, lexicon: String) throws {
        let (lex, mode) = try LexiconChoice.load(lexicon, datasetsDirectory: datasetsDirectory)
        scorer = SentimentScorer(lexicon: lex, mode: mode)
    }

    /// `neg<TAB>neu<TAB>pos<TAB>compound`, rounded half-even to 3, 3, 3 and 4 decimals as the reference prints them.
    public func formattedScores(_ line: String) -> String {
        let s = scorer.score(line).scores
        func f(_ x: Double, _ d: Int) -> String { PythonFloatText.format(PythonRounding.round(x, digits: d)) }
        return "\(f(s.negative, 3))\t\(f(s.neutral, 3))\t\(f(s.positive, 3))\t\(f(s.compound, 4))"
    }
}

/// Python's `repr` of a float that was rounded to a few decimals (`0.0`, `0.853`, `-0.4404`).
public enum PythonFloatText {
    public static func format(_ x: Double) -> String {
        if x == 0 { return "0.0" }
        var s = "\(x)"
        if !s.contains(".") && !s.contains("e") { s += ".0" }
        return s
    }
}
