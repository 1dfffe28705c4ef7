/// One word-like token of a text, described by byte offsets and a case-folded hash.
///
/// A token is a run of letters and digits (any byte ≥ 0x80 counts as a letter unless it
/// starts a known punctuation sequence), with internal apostrophes (`O'Brien`, `d’Ivoire`),
/// dotted abbreviations kept whole (`U.S.`, `U.K.`, `U.S.A.`), and digit groups (`1.5`, `5,000`).
/// Hyphens split tokens but are remembered in ``flags`` so compounds such as `Sino-Japanese`
/// can be recognised.
public struct Token: Sendable, Hashable {
    /// Byte offset of the first byte of the token.
    public var start: Int32
    /// Byte offset one past the last byte of the token (a possessive `'s` included).
    public var end: Int32
    /// Byte offset one past the last byte that ``hash`` covers: equals ``end`` unless the
    /// token ends in a possessive `'s` / `’s`, which is left out.
    public var coreEnd: Int32
    /// Flags describing case, position and surrounding hyphens; see ``TokenFlags``.
    public var flags: TokenFlags
    /// ``TokenHash`` of the case-folded core bytes (ASCII and Latin-1 letters folded,
    /// `’` folded to `'`, a dotted abbreviation always hashed with its final dot).
    public var hash: UInt64

    /// Creates a token from its parts.
    @inlinable
    public init(start: Int32, end: Int32, coreEnd: Int32, flags: TokenFlags, hash: UInt64) {
        self.start = start
        self.end = end
        self.coreEnd = coreEnd
        self.flags = flags
        self.hash = hash
    }

    /// The byte range of the whole token.
    @inlinable public var byteRange: Range<Int> { Int(start)..<Int(end) }
}

/// Bit flags attached to each ``Token``.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public var rawValue: UInt16
    /// Creates flags from raw bits.
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The token contains at least one letter.
    public static let hasLetter = TokenFlags(rawValue: 1 << 0)
    /// The first letter of the token is upper case.
    public static let firstUpper = TokenFlags(rawValue: 1 << 1)
    /// The token has at least one letter and no lower-case letter.
    public static let allUpper = TokenFlags(rawValue: 1 << 2)
    /// The token contains a lower-case letter.
    public static let hasLower = TokenFlags(rawValue: 1 << 3)
    /// The token contains a digit.
    public static let hasDigit = TokenFlags(rawValue: 1 << 4)
    /// The token is the first of its sentence.
    public static let sentenceInitial = TokenFlags(rawValue: 1 << 5)
    /// A hyphen joins this token to the previous one (`Russia` in `U.S.-Russia`).
    public static let hyphenBefore = TokenFlags(rawValue: 1 << 6)
    /// A hyphen joins this token to the next one (`Sino` in `Sino-Japanese`).
    public static let hyphenAfter = TokenFlags(rawValue: 1 << 7)
    /// The token ended in a possessive `'s`, left out of its hash.
    public static let possessive = TokenFlags(rawValue: 1 << 8)
    /// The token is a dotted abbreviation such as `U.S.`.
    public static let dottedAbbreviation = TokenFlags(rawValue: 1 << 9)
    /// The token lies on a line written entirely in capitals (a headline, a wire title).
    public static let allCapsSegment = TokenFlags(rawValue: 1 << 10)
}
