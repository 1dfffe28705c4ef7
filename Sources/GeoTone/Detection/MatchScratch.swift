/// Working memory of ``CountryMatcher/matches(in:bytes:dateline:into:scratch:)`` that one thread keeps from text to
/// text: the scan's notes on each mention and the homonym rule's per-country evidence. Without it every text
/// allocated these afresh, which on one-sentence texts (`geotone countries`) cost as much as the matching.
public struct MatchScratch: Sendable {
    /// Per mention of the text being scanned (`out[base...]`): what produced it.
    var info: [Scan.MentionInfo] = []
    /// The homonym rule's evidence per country, and its local places.
    var namedKey: [Int64] = []
    var hasLocal: [Bool] = []
    var local: [(country: Int32, key: Int32)] = []
    var places: [(country: Int32, count: Int)] = []

    /// Empty working memory; it grows with the texts it is used for.
    public init() {}
}
