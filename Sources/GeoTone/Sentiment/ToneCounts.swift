/// GDELT-style tone counts for a text; add them up across sentences and articles with `+`.
///
/// A word is positive (negative) when its final valence after all rules is above (below) zero,
/// so "not good" counts as a negative word. Every token counts as a word.
public struct ToneCounts: Sendable, Equatable {
    /// Tokens seen.
    public var words: Int
    /// Tokens whose final valence is above zero.
    public var positiveWords: Int
    /// Tokens whose final valence is below zero.
    public var negativeWords: Int

    /// Creates counts.
    public init(words: Int = 0, positiveWords: Int = 0, negativeWords: Int = 0) {
        self.words = words
        self.positiveWords = positiveWords
        self.negativeWords = negativeWords
    }

    /// Scale of the percentage scores.
    public static let percent = 100.0

    /// (positive − negative) / words × 100; 0 for no words.
    public var tone: Double { positiveScore - negativeScore }
    /// Positive words / words × 100; 0 for no words.
    public var positiveScore: Double { share(positiveWords) }
    /// Negative words / words × 100; 0 for no words.
    public var negativeScore: Double { share(negativeWords) }
    /// Positive score + negative score: how emotionally charged the text is.
    public var polarity: Double { positiveScore + negativeScore }

    private func share(_ n: Int) -> Double {
        words == 0 ? 0 : Double(n) / Double(words) * Self.percent
    }

    /// Sums two counts.
    public static func + (lhs: ToneCounts, rhs: ToneCounts) -> ToneCounts {
        ToneCounts(words: lhs.words + rhs.words,
                   positiveWords: lhs.positiveWords + rhs.positiveWords,
                   negativeWords: lhs.negativeWords + rhs.negativeWords)
    }

    /// Adds `rhs` into `lhs`.
    public static func += (lhs: inout ToneCounts, rhs: ToneCounts) { lhs = lhs + rhs }
}
