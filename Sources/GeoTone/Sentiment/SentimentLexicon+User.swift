extension SentimentLexicon {
    /// Categories of a Lexicoder-style dictionary and the valence each maps to.
    ///
    /// `neg_positive` entries are negated positives ("not good") and count as negative;
    /// `neg_negative` entries are negated negatives ("not bad") and count as positive.
    public static let categoryValences: [String: Double] = [
        "positive": categoryValence, "negative": -categoryValence,
        "neg_positive": -categoryValence, "neg_negative": categoryValence,
    ]
    /// Valence given to a category-dictionary match: a typical moderate VADER word ("good" is 1.9).
    public static let categoryValence = 2.0
    /// Valences accepted in a user lexicon (wide enough for AFINN's −5...5).
    static let userRange: ClosedRange<Double> = -5...5
    /// Most terms a user lexicon may have (the scoring table packs ids into 20 bits; the rest of
    /// the id space is left for rule words, phrases and caller-supplied names).
    public static let maxUserTerms = 500_000
    /// Header words recognised (and skipped) on the first line of a user lexicon.
    static let headerWords: Set<String> = ["term", "word", "phrase", "score", "valence", "category", "sentiment"]

    /// Loads a user lexicon; the format is detected from its lines.
    ///
    /// Formats (tab-separated, one entry per line, `#` starts a comment line, an optional
    /// header such as `term<TAB>score` is skipped):
    /// - `term<TAB>score`: valences used as given (VADER scale; −5...5 accepted). Extra columns
    ///   (VADER's standard deviation and ratings) are ignored.
    /// - `term<TAB>category` with categories positive, negative, neg_positive, neg_negative
    ///   (Lexicoder style): mapped to ±`categoryValence`.
    /// A term with spaces is a phrase (matched in news mode); `word*` matches every word that
    /// starts with `word`. Duplicate terms are errors.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - rules: a lexicon whose boosters, negations, idioms, shifters, reporting verbs and emoji to reuse
    ///     (e.g. the bundled "vader"); nil scores by valences alone, with no modifiers.
    public static func load(path: String, rules: SentimentLexicon? = nil) throws -> SentimentLexicon {
        let file = try LexiconFile(path: path)
        var definition = LexiconDefinition()
        if let base = rules?.definition {
            definition.boosters = base.boosters
            definition.negations = base.negations
            definition.idioms = base.idioms
            definition.shifters = base.shifters
            definition.reporting = base.reporting
            definition.emoji = base.emoji
        }
        var lines = file.lines.filter { !$0.text.hasPrefix("#") }
        if let first = lines.first, let head = LexiconFile.fields(first.text).first?.lowercased(),
           headerWords.contains(head), LexiconFile.fields(first.text).count >= 2,
           Double(LexiconFile.fields(first.text)[1]) == nil,
           categoryValences[LexiconFile.fields(first.text)[1].lowercased()] == nil {
            lines.removeFirst()
        }
        try file.forEachRow(lines) { row, seen throws(SentimentError) in
            let f = row.fields
            guard f.count >= 2, !f[0].isEmpty else { throw file.malformed(row, "expected term<TAB>score or term<TAB>category") }
            try seen.check(f[0].lowercased(), line: row.number, path: file.path)
            let value: Double
            if let category = categoryValences[f[1].lowercased()] {
                value = category
            } else {
                value = try file.number(f[1], line: row.number, range: userRange)
            }
            definition.addUserTerm(f[0], value, wildcards: true)
        }
        let distinct = definition.terms.count + definition.phrases.count + definition.wildcards.count
        if distinct > maxUserTerms {
            throw SentimentError.malformed(path: path, line: lines.last?.number ?? 1,
                                           reason: "\(distinct) terms; at most \(maxUserTerms) are supported")
        }
        var hasher = ChecksumBuilder()
        hasher.add(file)
        if let rules { hasher.add(text: "rules:" + rules.checksum) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return SentimentLexicon(name: name, definition: definition, checksum: hasher.hexDigest)
    }
}
