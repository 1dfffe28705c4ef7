/// What the rules know about one distinct lower-case word (or phrase, or wildcard).
struct WordEntry: Sendable {
    /// Bit flags of `WordEntry`.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The word has a valence in the lexicon.
        static let inLexicon = Flags(rawValue: 1 << 0)
        /// The word is a single-word booster or dampener.
        static let booster = Flags(rawValue: 1 << 1)
        /// The word is in the negation list.
        static let negation = Flags(rawValue: 1 << 2)
        /// Some phrase (multi-word term or neutral name) starts with this word.
        static let startsPhrase = Flags(rawValue: 1 << 3)
        /// The word occurs in an idiom or a multi-word booster.
        static let idiomWord = Flags(rawValue: 1 << 4)
        /// A news-mode shifter ("reduce", "prevent", …): a negative word after it counts as neutral.
        static let shifter = Flags(rawValue: 1 << 5)
        /// A news-mode reporting verb ("said", "told", "according"): the sentence reports someone's words.
        static let reporting = Flags(rawValue: 1 << 6)
    }

    /// Lexicon valence (VADER scale); meaningful with `.inLexicon`.
    var valence: Double = 0
    /// Booster scalar; meaningful with `.booster`.
    var booster: Double = 0
    /// Flags.
    var flags: Flags = []
    /// The rule word this entry spells, if any.
    var rule: RuleWord = .none
}
