/// Counts and a compound sum for sentences about one entity; mergeable in any order with the same result.
///
/// Compounds are summed in fixed point (`compoundScale` units per 1.0) so that the total does not depend on
/// how articles were split between workers: `--jobs 1` and `--jobs 2` give byte-identical outputs.
public struct Tally: Sendable, Equatable {
    /// Fixed-point units per compound unit: 1e-9 resolution, room for 9e9 sentences at |compound| = 1.
    public static let compoundScale = 1_000_000_000.0
    public var articles = 0
    public var mentions = 0
    public var sentences = 0
    public var compoundUnits: Int64 = 0
    public var positiveSentences = 0
    public var negativeSentences = 0

    public init() {}

    /// Adds one sentence's compound.
    @inlinable public mutating func addSentence(_ compound: Double) {
        sentences += 1
        compoundUnits &+= Int64((compound * Self.compoundScale).rounded())
        if compound >= SentimentThresholds.positive { positiveSentences += 1 }
        if compound <= SentimentThresholds.negative { negativeSentences += 1 }
    }

    /// One sentence's compound as ``addSentence(_:)`` counts it, worked out once for every tally it goes to.
    public struct SentenceShare: Sendable {
        @usableFromInline let units: Int64
        @usableFromInline let positive: Int
        @usableFromInline let negative: Int
        @inlinable public init(_ compound: Double) {
            units = Int64((compound * Tally.compoundScale).rounded())
            positive = compound >= SentimentThresholds.positive ? 1 : 0
            negative = compound <= SentimentThresholds.negative ? 1 : 0
        }
    }

    /// Adds one sentence (the same counts as ``addSentence(_:)`` with its compound).
    @inlinable public mutating func add(_ share: SentenceShare) {
        sentences += 1
        compoundUnits &+= share.units
        positiveSentences += share.positive
        negativeSentences += share.negative
    }

    /// Mean compound over the counted sentences, nil when there are none.
    public var meanCompound: Double? { sentences > 0 ? Double(compoundUnits) / Self.compoundScale / Double(sentences) : nil }

    public static func += (lhs: inout Tally, rhs: Tally) {
        lhs.articles += rhs.articles
        lhs.mentions += rhs.mentions
        lhs.sentences += rhs.sentences
        lhs.compoundUnits &+= rhs.compoundUnits
        lhs.positiveSentences += rhs.positiveSentences
        lhs.negativeSentences += rhs.negativeSentences
    }
}
