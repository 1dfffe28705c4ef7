/// Tuning values of news mode (see Documentation/Scoring.md, "News mode").
enum NewsConstants {
    /// Weight of positive valences in the sums. News and editorial prose uses positive words
    /// loosely ("help", "support", "better") while negative words mark real trouble; raters
    /// follow the negative words more (negativity bias). Measured on NYT half 0, held on half 1.
    static let positiveWeight = 0.6
    /// Factor for a negative word under negation ("not bad", "no problem"): the absence of a
    /// bad thing is reported as neutral, not as praise. The reference uses −0.74.
    static let negatedNegativeFactor = 0.0
    /// Factor for a negative word after a shifter such as "reduce" or "prevent" ("reduce the
    /// risk", "prevent a crisis"): the trouble is being removed, so the word counts as neutral.
    static let shiftedNegativeFactor = 0.0
    /// How many words before a negative word a shifter reaches (as far as negations reach).
    static let shifterReach = 3
    /// Weight of every valence in a sentence with a reporting verb (`news_reporting.txt`: "said", "told",
    /// "according to"…). Such a sentence relays someone's words or view; the report itself is mostly neutral
    /// about them, and a strong evaluation still shows through. Measured on NewsMTSC train halves A and B.
    static let reportedSpeechWeight = 0.2
}
