/// Which rule set the scorer applies.
///
/// `.vader` reproduces PyPI `vadersentiment==3.3.2` exactly, quirks included; `.news` (the default
/// for the pipeline) fixes the quirks that hurt news text. Documentation/Scoring.md lists every
/// difference.
public enum SentimentMode: String, Sendable, CaseIterable {
    /// VADER with fixes for news text (typographic quotes, "but" by position, precedence, dampeners, names).
    case news
    /// The reference VADER 3.3.2 behaviour, bug for bug.
    case vader
}
