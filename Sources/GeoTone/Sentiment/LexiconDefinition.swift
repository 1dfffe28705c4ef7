/// The raw content of a lexicon and its rule files, before compilation into lookup tables.
///
/// Words are lower-case UTF-8 byte strings as they appear in the files (the reference looks
/// up lower-cased tokens in a dictionary keyed exactly by the file's terms).
struct LexiconDefinition: Sendable {
    /// Single-word terms and valences; a later duplicate replaces an earlier one.
    var terms: [(term: [UInt8], valence: Double)] = []
    /// Position of each term in `terms`.
    var termIndex: [[UInt8]: Int] = [:]
    /// Multi-word terms (matched as token sequences in news mode only).
    var phrases: [(words: [[UInt8]], valence: Double)] = []
    /// `prefix*` terms: any token starting with the prefix.
    var wildcards: [(prefix: [UInt8], valence: Double)] = []
    /// Boosters and dampeners: one word (modifies the next sentiment words) or several
    /// (n-gram dampeners such as "kind of").
    var boosters: [(words: [[UInt8]], scalar: Double)] = []
    /// Negation words.
    var negations: [[UInt8]] = []
    /// Special-case idioms: a phrase sets the valence of the word it contains.
    var idioms: [(words: [[UInt8]], valence: Double)] = []
    /// Names whose words carry no sentiment in news mode (each a list of lower-case words).
    var neutralPhrases: [[[UInt8]]] = []
    /// News-mode shifter words (verbs that remove or reduce what follows).
    var shifters: [[UInt8]] = []
    /// News-mode reporting verbs (a sentence with one reports someone's words).
    var reporting: [[UInt8]] = []
    /// Emoji code point → description bytes.
    var emoji: [(codePoint: UInt32, description: [UInt8])] = []
}

extension LexiconDefinition {
    /// Sets a single-word term's valence, keeping the key's bytes as given; a later call for the
    /// same term replaces the value in place (Python dict semantics: last one wins).
    mutating func setTerm(_ term: [UInt8], _ valence: Double) {
        if let k = termIndex[term] {
            terms[k].valence = valence
        } else {
            termIndex[term] = terms.count
            terms.append((term, valence))
        }
    }

    /// Removes a single-word term; returns false when absent.
    ///
    /// The last term takes the removed one's place (O(1); the order of `terms` carries no meaning: lookups are by
    /// exact bytes and a later duplicate already replaced its value in place).
    mutating func removeTerm(_ term: [UInt8]) -> Bool {
        guard let k = termIndex.removeValue(forKey: term) else { return false }
        let last = terms.count - 1
        if k != last {
            terms[k] = terms[last]
            termIndex[terms[k].term] = k
        }
        terms.removeLast()
        return true
    }

    /// Adds a user term: a phrase when it has several words, a `prefix*` wildcard when
    /// `wildcards` allows, else a lower-cased single word.
    mutating func addUserTerm(_ text: String, _ valence: Double, wildcards allowWildcards: Bool) {
        let words = SentimentTokenizer.words(of: text)
        if words.count > 1 {
            phrases.append((words, valence))
        } else if allowWildcards, text.hasSuffix("*"), text.count > 1 {
            wildcards.append((Array(text.dropLast().lowercased().utf8), valence))
        } else {
            setTerm(Array(text.lowercased().utf8), valence)
        }
    }
}
