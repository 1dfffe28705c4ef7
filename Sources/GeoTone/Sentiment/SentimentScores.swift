/// VADER's four numbers for one text, at full precision.
///
/// `negative`, `neutral` and `positive` are proportions that sum to about 1; `compound` is the
/// normalised sum of valences in −1...1. Round only when formatting (see `rounded()`).
public struct SentimentScores: Sendable, Equatable {
    /// Share of negative valence.
    public var negative: Double
    /// Share of neutral tokens.
    public var neutral: Double
    /// Share of positive valence.
    public var positive: Double
    /// Normalised valence sum in −1...1.
    public var compound: Double

    /// Creates scores from the four numbers.
    public init(negative: Double, neutral: Double, positive: Double, compound: Double) {
        self.negative = negative
        self.neutral = neutral
        self.positive = positive
        self.compound = compound
    }

    /// All zeros, the score of a text without tokens.
    public static let zero = SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0)

    /// Digits the reference keeps for `negative`, `neutral` and `positive`.
    public static let proportionDigits = 3
    /// Digits the reference keeps for `compound`.
    public static let compoundDigits = 4

    /// The scores rounded as the reference returns them (3, 3, 3 and 4 decimals, half-even on the
    /// exact binary value, like Python's `round`).
    public func rounded() -> SentimentScores {
        SentimentScores(
            negative: PythonRounding.round(negative, digits: Self.proportionDigits),
            neutral: PythonRounding.round(neutral, digits: Self.proportionDigits),
            positive: PythonRounding.round(positive, digits: Self.proportionDigits),
            compound: PythonRounding.round(compound, digits: Self.compoundDigits))
    }
}
