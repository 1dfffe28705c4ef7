/// A sentiment lexicon with its rule data (boosters, negations, idioms, emoji), compiled for
/// scoring. Immutable after loading; share one instance across threads.
///
/// Bundled lexicons: `vader` (the reference data, unchanged), `news` (`vader` plus
/// `news_adjustments.tsv`, `news_idiom_removals.tsv`, `news_neutral_phrases.txt` and
/// `news_shifters.txt`, `news_reporting.txt`, `news_negations.txt`) and
/// `afinn` (AFINN-165 scaled by 0.8 onto VADER's range, with VADER's rule data).
public final class SentimentLexicon: Sendable {
    /// The lexicon's name ("vader", "news", "afinn", or the user file's name).
    public let name: String
    /// SHA-256 hex over every data file actually used (names, sizes and bytes, in load order).
    public let checksum: String
    /// Number of distinct valence terms (single words, phrases and wildcards).
    public let termCount: Int
    let definition: LexiconDefinition
    let compiled: CompiledLexicon

    init(name: String, definition: LexiconDefinition, checksum: String) {
        self.name = name
        self.definition = definition
        self.checksum = checksum
        self.termCount = definition.terms.count + definition.phrases.count + definition.wildcards.count
        self.compiled = CompiledLexicon(definition)
    }

    /// Names accepted by `loadBundled`.
    public static let bundledNames = ["vader", "news", "afinn"]

    /// The lexicon valence of `word` (lower-cased), if it has one; for tests and tools.
    public func valence(of word: String) -> Double? {
        guard let id = compiled.table.lookup(Array(word.lowercased().utf8)) else { return nil }
        let entry = compiled.entryBuffer[Int(id)]
        return entry.flags.contains(.inLexicon) ? entry.valence : nil
    }
}
