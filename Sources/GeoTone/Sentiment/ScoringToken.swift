/// One token as the rules see it: its lexicon entry and its shape.
struct ScoringToken: Sendable {
    /// Shape flags of a token.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// Python's `str.isupper()`: has a cased character and no lower-case or title-case one.
        static let upper = Flags(rawValue: 1 << 0)
        /// The lower-cased token contains "n't" (the reference counts it as a negation).
        static let containsNT = Flags(rawValue: 1 << 1)
        /// Starts with an upper-case letter but is not ALL CAPS ("Justice", "Party").
        static let titleCase = Flags(rawValue: 1 << 2)
        /// A stand-alone quote (`"`, `''`, ``` `` ```) or a token ending in a colon, after which
        /// a capital letter does not mark a name.
        static let quoteOrColon = Flags(rawValue: 1 << 3)
        /// The raw token opens a quotation (`"Faith`, `''Give`): its capital does not mark a name.
        static let opensQuote = Flags(rawValue: 1 << 4)
        /// Starts with a lower-case letter ("rallied", "in"): what tells sentence case from Title Case.
        static let lowerInitial = Flags(rawValue: 1 << 5)
    }
    /// Entry id for a token that is no word the lexicon or rules know.
    static let plainWord: Int32 = -1

    /// Entry id in the compiled lexicon, or `plainWord`.
    var entry: Int32
    /// Shape flags.
    var flags: Flags
    /// The entry's flags (empty for a plain word), copied so most rule tests read the token only.
    var wordFlags: WordEntry.Flags
    /// The entry's rule word.
    var rule: RuleWord

    /// A token; `wordFlags` and `rule` are filled in by `assign(entry:from:)`.
    init(entry: Int32, flags: Flags) {
        self.entry = entry
        self.flags = flags
        self.wordFlags = []
        self.rule = .none
    }

    /// Points the token at `entry` (or makes it a plain word for a negative id).
    @inline(__always)
    mutating func assign(entry id: Int32, from entries: UnsafeMutableBufferPointer<WordEntry>) {
        entry = id
        if id >= 0 {
            wordFlags = entries[Int(id)].flags
            rule = entries[Int(id)].rule
        } else {
            wordFlags = []
            rule = .none
        }
    }
}
