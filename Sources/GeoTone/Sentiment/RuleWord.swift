/// The function words that VADER's rules test by name ("no", "but", "never", …).
///
/// They are part of the rules themselves rather than a word list, so they live here; every
/// other list (boosters, negations, idioms) is a data file in Datasets/lexicons/.
enum RuleWord: UInt8, CaseIterable, Sendable {
    case none = 0, no, but, kind, of, so, this, never, without, doubt, least, at, very, or, nor

    /// The lower-case spelling the rules compare with.
    var spelling: String {
        switch self {
        case .none: return ""
        case .no: return "no"
        case .but: return "but"
        case .kind: return "kind"
        case .of: return "of"
        case .so: return "so"
        case .this: return "this"
        case .never: return "never"
        case .without: return "without"
        case .doubt: return "doubt"
        case .least: return "least"
        case .at: return "at"
        case .very: return "very"
        case .or: return "or"
        case .nor: return "nor"
        }
    }

    /// "so" or "this", the words of the "never so/this good" rule.
    var isSoOrThis: Bool { self == .so || self == .this }
}

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
