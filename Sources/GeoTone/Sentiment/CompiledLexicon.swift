/// A lexicon and its rules compiled into one hash table of word entries, ready for scoring.
///
/// Immutable after init, so it is shared freely across threads. One probe per token yields
/// everything the rules need about a word: valence, booster scalar, negation, rule word, and
/// whether a phrase or idiom could start there.
// @unchecked: its buffers are written once while it is built and only read afterwards (shared by the workers).
final class CompiledLexicon: @unchecked Sendable {
    /// A multi-word sequence matched over tokens.
    struct Phrase: Sendable {
        /// Entry ids of the words.
        var words: [Int32]
        /// Synthetic entry id carrying the phrase valence; nil for a neutral (name) phrase.
        var entry: Int32?
    }

    /// Word → entry id.
    let table: LexiconTable
    /// The same table in flat storage for the hot path.
    let frozen: FrozenLexiconTable
    /// Entries by id (words first, then synthetic phrase and wildcard entries), in flat storage for the hot path.
    let entryBuffer: UnsafeMutableBufferPointer<WordEntry>
    /// Whether any wildcard exists (skips the prefix search otherwise).
    let hasWildcards: Bool
    /// Phrases of two or more words by their first two word ids: an index into `phraseLists`.
    let phrasesByFirstPair: SequenceTable<Int>
    /// Phrases sharing their first two words, longest first.
    let phraseLists: [[Phrase]]
    /// The one-word phrase of each entry id, if any (it applies when no longer phrase matches).
    let singleWordPhrases: [Phrase?]
    /// Idioms keyed by their word ids.
    let idioms: SequenceTable<Double>
    /// Multi-word boosters keyed by their word ids.
    let ngramBoosters: SequenceTable<Double>
    /// Wildcard prefix → synthetic entry id.
    let wildcardTable: LexiconTable
    /// Entry id of each wildcard, by wildcard id.
    let wildcardEntries: [Int32]
    /// Distinct wildcard prefix lengths, longest first.
    let wildcardLengths: [Int]
    /// Emoji code point → description.
    let emoji: [UInt32: [UInt8]]

    /// Compiles `definition` with its neutral phrases plus `extraNeutralPhrases` (each a list of
    /// lower-case words).
    init(_ definition: LexiconDefinition, extraNeutralPhrases: [[[UInt8]]] = []) {
        let neutralPhrases = definition.neutralPhrases + extraNeutralPhrases
        var table = LexiconTable(capacity: definition.terms.count + 64)
        var entries: [WordEntry] = []
        func entryID(_ word: [UInt8]) -> Int32 {
            let id = table.insert(word)
            if Int(id) == entries.count { entries.append(WordEntry()) }
            return id
        }
        for (term, valence) in definition.terms {
            let id = Int(entryID(term))
            entries[id].valence = valence
            entries[id].flags.insert(.inLexicon)
        }
        var ngramBoosters: [SequenceKey: Double] = [:]
        for (words, scalar) in definition.boosters {
            if words.count == 1 {
                let id = Int(entryID(words[0]))
                entries[id].booster = scalar
                entries[id].flags.insert(.booster)
            } else {
                let ids = words.map { entryID($0) }
                for id in ids { entries[Int(id)].flags.insert(.idiomWord) }
                if let key = SequenceKey(ids) { ngramBoosters[key] = scalar }
            }
        }
        for word in definition.negations { entries[Int(entryID(word))].flags.insert(.negation) }
        for word in definition.shifters { entries[Int(entryID(word))].flags.insert(.shifter) }
        for word in definition.reporting { entries[Int(entryID(word))].flags.insert(.reporting) }
        for rule in RuleWord.allCases where rule != .none {
            entries[Int(entryID(Array(rule.spelling.utf8)))].rule = rule
        }
        var idioms: [SequenceKey: Double] = [:]
        for (words, valence) in definition.idioms {
            let ids = words.map { entryID($0) }
            for id in ids { entries[Int(id)].flags.insert(.idiomWord) }
            if let key = SequenceKey(ids) { idioms[key] = valence }
        }
        var phraseLists: [(words: [Int32], valence: Double?)] = []
        for (words, valence) in definition.phrases { phraseLists.append((words.map { entryID($0) }, valence)) }
        for words in neutralPhrases where !words.isEmpty {
            phraseLists.append((words.map { entryID($0) }, nil))
        }
        var byFirst: [Int32: [Phrase]] = [:]
        for (words, valence) in phraseLists {
            var synthetic: Int32?
            if let valence {
                synthetic = Int32(entries.count)
                entries.append(WordEntry(valence: valence, flags: .inLexicon))
            }
            entries[Int(words[0])].flags.insert(.startsPhrase)
            byFirst[words[0], default: []].append(Phrase(words: words, entry: synthetic))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.words.count > $1.words.count } }
        var wildcardTable = LexiconTable(capacity: definition.wildcards.count)
        var wildcardEntries: [Int32] = []
        var lengths = Set<Int>()
        for (prefix, valence) in definition.wildcards {
            let id = Int(wildcardTable.insert(prefix))
            let entry = WordEntry(valence: valence, flags: .inLexicon)
            if id == wildcardEntries.count {
                wildcardEntries.append(Int32(entries.count))
                entries.append(entry)
            } else {
                entries[Int(wildcardEntries[id])] = entry
            }
            lengths.insert(prefix.count)
        }
        var emoji: [UInt32: [UInt8]] = [:]
        for (codePoint, description) in definition.emoji { emoji[codePoint] = description }
        self.table = table
        self.frozen = FrozenLexiconTable(table)
        self.entryBuffer = .allocate(capacity: max(entries.count, 1))
        _ = self.entryBuffer.initialize(from: entries)
        self.hasWildcards = !definition.wildcards.isEmpty
        // Candidates keep their longest-first order within each pair list; any phrase of two or
        // more words that matches has the next token as its second word, and a one-word phrase
        // (after all longer ones in that order) matches whenever it is reached.
        var pairIndex: [SequenceKey: Int] = [:]
        var pairLists: [[Phrase]] = []
        var singles = [Phrase?](repeating: nil, count: entries.count)
        for first in byFirst.keys.sorted() {
            for phrase in byFirst[first] ?? [] {
                guard phrase.words.count >= 2 else {
                    if singles[Int(first)] == nil { singles[Int(first)] = phrase }
                    continue
                }
                let key = SequenceKey(phrase.words[0], phrase.words[1])
                if let k = pairIndex[key] { pairLists[k].append(phrase) } else {
                    pairIndex[key] = pairLists.count
                    pairLists.append([phrase])
                }
            }
        }
        self.phrasesByFirstPair = SequenceTable(pairIndex)
        self.phraseLists = pairLists
        self.singleWordPhrases = singles
        self.idioms = SequenceTable(idioms)
        self.ngramBoosters = SequenceTable(ngramBoosters)
        self.wildcardTable = wildcardTable
        self.wildcardEntries = wildcardEntries
        self.wildcardLengths = lengths.sorted(by: >)
        self.emoji = emoji
    }

    deinit { entryBuffer.deallocate() }

    /// The entry id for a lower-case word given as bytes, consulting wildcards when the word
    /// has no valence of its own.
    func resolve(exact: Int32?, lowercased word: UnsafeBufferPointer<UInt8>) -> Int32? {
        if wildcardLengths.isEmpty { return exact }
        if let exact {
            let flags = entryBuffer[Int(exact)].flags
            if !flags.isDisjoint(with: [.inLexicon, .booster, .negation]) || entryBuffer[Int(exact)].rule != .none {
                return exact
            }
        }
        for length in wildcardLengths where length <= word.count {
            if let id = wildcardTable.lookup(UnsafeBufferPointer(rebasing: word[0..<length])) {
                return wildcardEntries[Int(id)]
            }
        }
        return exact
    }
}
