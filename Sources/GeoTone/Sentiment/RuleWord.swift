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
