/// Finds country mentions in text of one language other than English, with that language's aliases and rules.
///
/// Word scripts (Latin, Cyrillic, Arabic): the text is cut into words of letters, digits and marks; each word is
/// folded to a key (lower case; Turkish dotted and dotless I; Russian ё → е; Arabic alef, yeh and teh marbuta
/// forms, vowel marks removed), elided articles before an apostrophe are dropped (`l'Italia` reads `Italia`) and
/// Turkish suffixes after one are dropped (`Türkiye'nin`). A word-level trie holds the aliases; a text word
/// follows an edge by its key, by the key less one of the language's endings (German), by a stem of
/// at least ``LanguageRules/minimumStem`` letters (`rus*`), with Arabic proclitics peeled, or, for an accent-free
/// word in Spanish, French, Italian or Portuguese, by the alias word with its accents removed (one way only).
/// The longest alias that passes its case rule wins; words of an alias are separated only by spaces or hyphens.
///
/// Han and Japanese text: characters are matched directly, longest first (see `LanguageMatcher+Characters`).
public struct LanguageMatcher: Sendable {
    public let language: Language
    let rules: LanguageRules
    let kinds: Set<MentionKind>
    /// Trie edges per node: exact keys, stems, and (accent-folding languages) the accent-free forms of both.
    var exact: [[String: Int32]] = [[:]]
    var stems: [[String: Int32]] = [[:]]
    var foldedExact: [[String: Int32]] = [[:]]
    var foldedStems: [[String: Int32]] = [[:]]
    /// Stems of names when the language limits their endings (``LanguageRules/maximumNameEnding``).
    var nameStems: [[String: Int32]] = [[:]]
    /// The longest stem in letters: longer prefixes of a word are never looked up (a hostile 1 MB word costs one pass).
    var longestStem = 0
    /// The alias ending at each node, or -1.
    var terminal: [Int32] = [-1]
    var entries: [Entry] = []
    /// Character scripts: alias → entry, the longest alias in characters, one-character abbreviations.
    var phrases: [String: Int32] = [:]
    var longestPhrase = 0
    /// Per first character of a phrase: the shortest and longest phrase starting with it (most characters start none).
    var phraseLengths: [Unicode.Scalar: (shortest: Int, longest: Int)] = [:]
    var compounds: [Unicode.Scalar: Int32] = [:]

    struct Entry: Sendable {
        var target: EntityID
        var kind: MentionKind
        var caseRule: AliasCase
        /// The alias words as written (stems without `*`), for the `exact` case rule.
        var words: [String]
        var stem: [Bool]
    }

    /// Whether the language's words are also looked up without their accents.
    var foldsAccents: Bool { [.es, .fr, .it, .pt].contains(language) }

    /// Compiles `gazetteer` for matching, reporting only mentions of `kinds`.
    public init(gazetteer: LanguageGazetteer, kinds: Set<MentionKind>) {
        language = gazetteer.language
        rules = gazetteer.rules
        self.kinds = kinds
        for alias in gazetteer.aliases {
            if language.script == .han || language.script == .japanese {
                addPhrase(alias)
            } else {
                addWords(alias)
            }
        }
    }

    private mutating func addWords(_ alias: Alias) {
        var words: [String] = [], stem: [Bool] = [], node = 0
        var wordList: [Word] = []
        let raw = Array(alias.surface.replacingStars().utf8)
        raw.withUnsafeBufferPointer { segment($0, into: &wordList) }
        let stars = alias.surface.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.hasSuffix("*") }
        guard !wordList.isEmpty else { return }
        for (n, w) in wordList.enumerated() {
            let isStem = n < stars.count && stars[n]
            var key = w.key
            if language == .ar { key = stripArticle(key) }
            words.append(w.surface)
            stem.append(isStem)
            let folded = foldsAccents ? Self.stripAccents(key) : key
            if isStem { longestStem = max(longestStem, key.unicodeScalars.count) }
            let short = isStem && rules.maximumNameEnding != nil && alias.kind != .demonym
            node = Int(child(of: node, key: key, stem: isStem, short: short, folded: folded != key ? folded : nil))
        }
        if terminal[node] < 0 {
            terminal[node] = Int32(entries.count)
            entries.append(Entry(target: alias.target, kind: alias.kind, caseRule: alias.caseRule, words: words, stem: stem))
        }
    }

    private mutating func child(of node: Int, key: String, stem: Bool, short: Bool, folded: String?) -> Int32 {
        if let c = (short ? nameStems : stem ? stems : exact)[node][key] { return c }
        let c = Int32(terminal.count)
        terminal.append(-1)
        exact.append([:]); stems.append([:]); foldedExact.append([:]); foldedStems.append([:]); nameStems.append([:])
        if short { nameStems[node][key] = c } else if stem { stems[node][key] = c } else { exact[node][key] = c }
        if let folded {
            if stem { foldedStems[node][folded] = c } else { foldedExact[node][folded] = c }
        }
        return c
    }

    /// The Arabic article removed from the front of an alias word (text words are looked up with and without it).
    func stripArticle(_ key: String) -> String {
        for a in rules.articles where key.hasPrefix(a) && key.unicodeScalars.count - a.unicodeScalars.count >= 2 {
            return String(key.unicodeScalars.dropFirst(a.unicodeScalars.count))
        }
        return key
    }

    /// Appends the mentions found in `bytes` to `mentions`; `sentenceStarts` are the byte offsets where the
    /// tokenizer's sentences start (a mention belongs to the last sentence starting at or before it).
    ///
    /// - Complexity: O(words × alias depth × lookups per word) for word scripts; O(characters × longest alias)
    ///   for Han and Japanese.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>, sentenceStarts: [Int], into mentions: inout [Mention]) {
        if language.script == .han || language.script == .japanese {
            matchCharacters(bytes, sentenceStarts: sentenceStarts, into: &mentions)
            return
        }
        var words: [Word] = []
        segment(bytes, into: &words)
        var i = 0
        var stack: [(node: Int32, next: Int)] = []
        while i < words.count {
            var best: (end: Int, entry: Int32)?
            stack.removeAll(keepingCapacity: true)
            stack.append((0, i))
            while let (node, j) = stack.popLast() {
                guard j < words.count, j == i || words[j].joined else { continue }
                for c in children(of: Int(node), word: words[j]) {
                    let e = terminal[Int(c)]
                    if e >= 0 && (best == nil || j + 1 > best!.end) && passes(entries[Int(e)], words[i...j]) {
                        best = (j + 1, e)
                    }
                    stack.append((c, j + 1))
                }
            }
            guard let best else { i += 1; continue }
            let entry = entries[Int(best.entry)]
            if kinds.contains(entry.kind) {
                let start = words[i].start
                mentions.append(Mention(entity: entry.target, kind: entry.kind, tokenStart: Int32(i), tokenEnd: Int32(best.end),
                                        byteStart: Int32(start), byteEnd: Int32(words[best.end - 1].end),
                                        sentence: Int32(Self.sentence(of: start, starts: sentenceStarts))))
            }
            i = best.end
        }
    }

    /// Index of the last sentence starting at or before `offset` (0 when none).
    static func sentence(of offset: Int, starts: [Int]) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    func passes(_ entry: Entry, _ words: ArraySlice<Word>) -> Bool {
        switch entry.caseRule {
        case .fold: return true
        case .title: return words.first!.upperFirst
        case .exact:
            for (n, w) in words.enumerated() {
                let alias = entry.words[n]
                if entry.stem[n] ? !w.surface.hasPrefix(alias) : w.surface != alias { return false }
            }
            return true
        }
    }

    /// The trie nodes reached from `node` by `word`, by every reading the language's rules allow.
    func children(of node: Int, word: Word) -> [Int32] {
        var out: [Int32] = []
        func look(_ key: String, folded: Bool, withStems: Bool) {
            let ex = folded ? foldedExact[node] : exact[node]
            if let c = ex[key] { out.append(c) }
            guard withStems else { return }
            let st = folded ? foldedStems[node] : stems[node]
            let names = folded ? [:] : nameStems[node]
            if st.isEmpty && names.isEmpty { return }
            let scalars = key.unicodeScalars
            let count = scalars.count
            var prefix = String.UnicodeScalarView()
            for (n, s) in scalars.enumerated() {
                if n >= longestStem { break }
                prefix.append(s)
                guard n + 1 >= rules.minimumStem else { continue }
                if let c = st[String(prefix)] { out.append(c) }
                if let c = names[String(prefix)], count - (n + 1) <= rules.maximumNameEnding ?? count { out.append(c) }
            }
        }
        if language == .ar {
            for key in arabicReadings(word.key) { look(key, folded: false, withStems: true) }
        } else {
            look(word.key, folded: false, withStems: true)
            for ending in rules.endings where word.key.hasSuffix(ending) {
                let base = String(word.key.dropLast(ending.count))
                if base.count >= rules.minimumStem { look(base, folded: false, withStems: false) }
            }
            if foldsAccents && word.accentFree { look(word.key, folded: true, withStems: true) }
        }
        if out.count > 1 {
            var seen = Set<Int32>()
            out = out.filter { seen.insert($0).inserted }
        }
        return out
    }

    /// An Arabic word as written and with its proclitics peeled: conjunction, then preposition, then article.
    func arabicReadings(_ key: String) -> [String] {
        func peel(_ words: [String], _ prefixes: [String]) -> [String] {
            var out = words
            for w in words {
                for p in prefixes where w.hasPrefix(p) && w.unicodeScalars.count - p.unicodeScalars.count >= 2 {
                    out.append(String(w.unicodeScalars.dropFirst(p.unicodeScalars.count)))
                }
            }
            return out
        }
        return peel(peel(peel([key], rules.conjunctions), rules.prepositions), rules.articles)
    }
}

private extension String {
    /// The alias with its stem marks removed (they are read from the words separately).
    func replacingStars() -> String { String(filter { $0 != "*" }) }
}
