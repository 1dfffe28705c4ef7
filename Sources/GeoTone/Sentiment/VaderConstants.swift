/// The tuning values of the VADER rules, named as in the reference and kept at its values.
///
/// All come from Hutto & Gilbert (2014) and `vadersentiment` 3.3.2; they are empirically derived
/// mean rating changes on VADER's −4...4 valence scale.
enum VaderConstants {
    /// Valence added (away from zero) by a booster such as "very".
    static let boosterIncrement = 0.293
    /// Valence added (toward zero in news mode) by a dampener such as "slightly".
    static let boosterDecrement = -0.293
    /// Valence added (away from zero) to an ALL-CAPS word in a text that mixes case.
    static let capsIncrement = 0.733
    /// Factor applied to a negated valence.
    static let negationScalar = -0.74
    /// Factor on a booster two words before the sentiment word.
    static let boosterDecayTwoBack = 0.95
    /// Factor on a booster three words before the sentiment word.
    static let boosterDecayThreeBack = 0.9
    /// Factor for "never so/this good".
    static let neverSoThisFactor = 1.25
    /// Factor on valences before "but".
    static let beforeButFactor = 0.5
    /// Factor on valences after "but".
    static let afterButFactor = 1.5
    /// Exclamation marks counted at most.
    static let maxExclamations = 4
    /// Valence added per exclamation mark.
    static let exclamationIncrement = 0.292
    /// Question marks needed before they count.
    static let minQuestionMarks = 2
    /// Question marks that still count one by one.
    static let maxCountedQuestionMarks = 3
    /// Valence added per question mark (2 or 3 of them).
    static let questionIncrement = 0.18
    /// Valence added for 4 or more question marks.
    static let questionCap = 0.96
    /// The normalisation constant: compound = sum / sqrt(sum² + alpha).
    static let normalizationAlpha = 15.0
    /// How many words back negations and boosters reach.
    static let lookBack = 3
    /// Stripped tokens this short (in code points) keep their punctuation (emoticons like ":)").
    static let emoticonMaxLength = 2
}
