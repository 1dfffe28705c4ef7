/// Tuning of ``FocusSelector``: which countries an article is mainly about.
///
/// The defaults were chosen by micro-F1 of `focus` against the editors' country codes of the
/// Reuters-21578 development set (see `Documentation/Detection.md`).
public struct FocusRule: Sendable, Hashable {
    /// The dateline's country is in focus.
    public var includeDateline: Bool
    /// Countries named in the title are in focus.
    public var includeTitle: Bool
    /// A body country with at least this many mentions is in focus.
    public var minimumMentions: Int
    /// A body country with at least this share of the body's country mentions is in focus;
    /// nil turns the share test off.
    public var minimumShare: Double?
    /// The first country named in the body is in focus when nothing else is.
    public var firstMentionedFallback: Bool

    /// Creates a rule.
    public init(includeDateline: Bool, includeTitle: Bool, minimumMentions: Int, minimumShare: Double?,
                firstMentionedFallback: Bool) {
        self.includeDateline = includeDateline
        self.includeTitle = includeTitle
        self.minimumMentions = minimumMentions
        self.minimumShare = minimumShare
        self.firstMentionedFallback = firstMentionedFallback
    }

    /// The measured default: dateline, title, and body countries named at least four times
    /// (Reuters-21578 development set: the best micro-F1 of the grid in `Documentation/Detection.md`).
    public static let standard = FocusRule(includeDateline: true, includeTitle: true, minimumMentions: 4,
                                           minimumShare: nil, firstMentionedFallback: false)
}

/// Picks the countries an article is mainly about from its dateline, title and body mentions.
public struct FocusSelector: Sendable {
    /// The rule applied.
    public let rule: FocusRule

    /// Creates a selector.
    public init(rule: FocusRule = .standard) { self.rule = rule }

    /// The focus countries, ascending by country index.
    /// - Parameters:
    ///   - dateline: the dateline's country, if resolved.
    ///   - title: country indices named in the title, in order (repeats allowed).
    ///   - body: country indices named in the body, in order (repeats allowed).
    public func select(dateline: Int?, title: [Int], body: [Int]) -> [Int] {
        var focus: [Int] = []
        focus.reserveCapacity(title.count + 4)
        if rule.includeDateline, let d = dateline { focus.append(d) }
        if rule.includeTitle { focus.append(contentsOf: title) }
        if !body.isEmpty {
            // Mentions per country counted over the body's countries sorted (runs of equal indices), no dictionary.
            let sortedBody = body.sorted()
            let total = Double(body.count)
            let share = rule.minimumShare ?? .infinity
            var start = 0
            while start < sortedBody.count {
                var end = start + 1
                while end < sortedBody.count && sortedBody[end] == sortedBody[start] { end += 1 }
                let n = end - start
                if n >= rule.minimumMentions || Double(n) / total >= share { focus.append(sortedBody[start]) }
                start = end
            }
            if focus.isEmpty && rule.firstMentionedFallback { focus.append(body[0]) }
        }
        focus.sort()
        var unique: [Int] = []
        unique.reserveCapacity(focus.count)
        for c in focus where unique.last != c { unique.append(c) }
        return unique
    }
}
