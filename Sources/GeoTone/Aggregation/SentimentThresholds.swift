/// Where a compound score counts as positive or negative (VADER's customary ±0.05).
public enum SentimentThresholds {
    /// Compound at or above this is a positive sentence.
    public static let positive = 0.05
    /// Compound at or below this is a negative sentence.
    public static let negative = -0.05
}
