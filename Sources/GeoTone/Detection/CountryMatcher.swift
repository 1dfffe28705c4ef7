/// Finds the countries, regions and groups a tokenized text names.
///
/// Compiled once from a ``Gazetteer``: every alias, stop phrase, prefix, qualifier and suffix is tokenized with the
/// same ``Tokenizer`` and inserted into a token-level trie with one root per sort of entry. The trie's edges live in
/// one hand-written open-addressing table keyed by (parent node, token hash), so a single-word alias costs one
/// probe and a text token that starts nothing is turned away by an 8 KiB bit filter.
///
/// Matching, per sentence, left to right (the rules are listed in `Documentation/Detection.md`):
/// - after `Place,` a qualifier (`Tex.`, `Ontario`) places the place in its country (`Paris, Tex.` is in the US);
/// - from each token walk the alias trie as far as the text allows; of the entries passed, the longest one that
///   passes its case rule and its context rules wins and its tokens are consumed (a winning stop phrase reports
///   nothing);
/// - a suffix after a capitalised word (`Guernsey County`) makes the pair a subdivision of the suffix's country;
/// - otherwise a token joined to the next by a hyphen (`Sino-`) is looked up among the prefixes.
/// Then, per text: a rejected reading spreads to the other occurrences of the same name that nothing confirms
/// (one sense per discourse), and a name that also names a place elsewhere (`Athens`) is read as that place when
/// the text is local to that country and says nothing else of the name's own country.
///
/// A class: it is built once per run and read by every worker, and each text's scan holds it (as a struct, every
/// one of its tables was retained and released per text).
public final class CountryMatcher: Sendable {
    /// The kinds reported; matches of other kinds still consume their tokens.
    public let kinds: Set<MentionKind>

    let slots: [Slot]
    let mask: Int
    /// Fingerprints of the tokens that start an entry (edges from any root): most text tokens start nothing.
    let startFilter: FingerprintFilter
    let nodeTerm: [Int32]
    let nodeHasChildren: [Bool]
    let terms: [Term]
    let rules: [CompiledRule]
    let reported: [Bool]
    /// Other countries a term's alias also names (`homonyms.tsv`), indexed by `Term.homonyms`.
    let homonymCountries: [Int32]
    let cues: CueTable
    /// Entity indices below this are countries.
    let countryCount: Int32

    static let root: Int32 = 0
    static let prefixRoot: Int32 = 1
    static let qualifierRoot: Int32 = 2
    static let suffixRoot: Int32 = 3
    static let rootCount = 4
    /// Fewest empty slots per filled one in the table: keeps probe chains short.
    static let loadFactorInverse = 4
    /// Fewest distinct places of one country (states, cities, qualified places) that make a text local to it, for
    /// reading a foreign city that nothing else places in its own country as a town there.
    static let minimumLocalPlaces = 2
    /// Most capitalised words taken before a qualifier when no alias names the place (`Falls Church, Va.`).
    static let maximumPlaceWords = 3

    /// One edge of the trie: from `parent` over a token with hash `token` to `child`.
    struct Slot {
        var token: UInt64 = 0
        var parent: Int32 = -1
        var child: Int32 = -1
    }

    /// A matchable entry: alias, stop phrase, prefix, qualifier or suffix.
    struct Term {
        var target: Int32          // entity index; -1 for a stop phrase
        var kind: MentionKind
        var caseRule: AliasCase
        var exact: [[UInt8]]       // token surfaces, for `exact` entries
        var ruleRange: Range<Int>  // into `rules`
        var homonyms: Range<Int> = 0..<0   // into `homonymCountries`
        /// For a qualifier spelled like an alias (`Georgia`): the alias's country, else -1.
        var aliasCountry: Int32 = -1
        /// For an alias spelled like a qualifier (`Georgia`, a US state): the qualifier's country, else -1.
        var qualifierCountry: Int32 = -1
    }

    struct CompiledRule {
        var kind: ContextRuleKind
        var word: UInt64
        var window: Int
        var capsOnly: Bool
    }

    /// Compiles the matcher.
    /// - Parameters:
    ///   - gazetteer: the loaded gazetteer.
    ///   - kinds: the mention kinds to report (``MentionKind/defaultKinds`` by default).
    public init(gazetteer: Gazetteer, kinds: Set<MentionKind> = MentionKind.defaultKinds) {
        self.kinds = kinds
        reported = MentionKind.allCases.map { kinds.contains($0) }
        let tokenizer = Tokenizer()
        let d = gazetteer.disambiguation
        var edges: [[UInt64]: Int32] = [:]   // [parent, token] → child
        var edgeList: [(UInt64, Int32, Int32)] = []
        var nodeTerm = [Int32](repeating: -1, count: CountryMatcher.rootCount)
        var hasChildren = [Bool](repeating: false, count: CountryMatcher.rootCount)
        var terms: [Term] = []
        var rules: [CompiledRule] = []
        var homonymCountries: [Int32] = []

        var rulesByAlias: [[UInt64]: [ContextRule]] = [:]
        for r in gazetteer.contextRules { rulesByAlias[Gazetteer.aliasKey(r.alias, tokenizer), default: []].append(r) }
        var homonymsByAlias: [[UInt64]: [Int32]] = [:]
        for h in d.homonyms { homonymsByAlias[Gazetteer.aliasKey(h.alias, tokenizer), default: []].append(Int32(h.country)) }
        var qualifierCountry: [[UInt64]: Int32] = [:]
        for q in d.qualifiers { qualifierCountry[Gazetteer.aliasKey(q.phrase, tokenizer)] = Int32(q.country) }
        // The country each alias spelling names, filled as the aliases go in (before the qualifiers).
        var aliasCountry: [[UInt64]: Int32] = [:]
        let countryCount = Int32(gazetteer.countries.count)

        func insert(_ phrase: String, from start: Int32, term: Term) {
            let text = tokenizer.tokenize(Array(phrase.utf8))
            var node = start
            for t in text.tokens {
                let key = [UInt64(UInt32(bitPattern: node)), t.hash]
                if let child = edges[key] {
                    node = child
                } else {
                    let child = Int32(nodeTerm.count)
                    nodeTerm.append(-1)
                    hasChildren.append(false)
                    edges[key] = child
                    edgeList.append((t.hash, node, child))
                    hasChildren[Int(node)] = true
                    node = child
                }
            }
            var term = term
            if term.caseRule == .exact {
                let bytes = Array(phrase.utf8)
                term.exact = text.tokens.map { Array(bytes[Int($0.start)..<Int($0.coreEnd)]) }
            }
            let key = text.tokens.map(\.hash)
            let first = rules.count
            if start == CountryMatcher.root {
                for r in rulesByAlias[key] ?? [] {
                    rules.append(CompiledRule(kind: r.kind, word: TokenHash.of(Array(r.word.utf8)), window: r.window,
                                              capsOnly: r.capsOnly))
                }
            }
            term.ruleRange = first..<rules.count
            if let others = homonymsByAlias[key] {
                let h = homonymCountries.count
                homonymCountries += others
                term.homonyms = h..<homonymCountries.count
            }
            if start == CountryMatcher.qualifierRoot { term.aliasCountry = aliasCountry[key] ?? -1 }
            if start == CountryMatcher.root {
                term.qualifierCountry = qualifierCountry[key] ?? -1
                if term.target >= 0 && term.target < countryCount { aliasCountry[key] = term.target }
            }
            nodeTerm[Int(node)] = Int32(terms.count)
            terms.append(term)
        }

        for a in gazetteer.aliases {
            insert(a.surface, from: CountryMatcher.root,
                   term: Term(target: a.target.rawValue, kind: a.kind, caseRule: a.caseRule, exact: [], ruleRange: 0..<0))
        }
        for s in gazetteer.stopPhrases {
            insert(s, from: CountryMatcher.root,
                   term: Term(target: -1, kind: .name, caseRule: .title, exact: [], ruleRange: 0..<0))
        }
        for p in gazetteer.prefixes {
            insert(p.prefix, from: CountryMatcher.prefixRoot,
                   term: Term(target: Int32(p.country), kind: .prefix, caseRule: .title, exact: [], ruleRange: 0..<0))
        }
        for q in d.qualifiers {
            // Short codes in capitals (`TX`, `NSW`) must be written exactly so; the rest need a capital.
            let letters = q.phrase.utf8.filter { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
            let code = !q.phrase.contains(".") && letters.count <= 3 && letters.allSatisfy { $0 < 97 }
            insert(q.phrase, from: CountryMatcher.qualifierRoot,
                   term: Term(target: Int32(q.country), kind: .place, caseRule: code ? .exact : .title, exact: [], ruleRange: 0..<0))
        }
        for s in d.suffixes {
            insert(s.word, from: CountryMatcher.suffixRoot,
                   term: Term(target: Int32(s.country), kind: .place, caseRule: .title, exact: [], ruleRange: 0..<0))
        }

        var capacity = 16
        while capacity < edgeList.count * CountryMatcher.loadFactorInverse { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for (token, parent, child) in edgeList {
            var i = CountryMatcher.slotIndex(token, parent, mask)
            while slots[i].child >= 0 { i = (i + 1) & mask }
            slots[i] = Slot(token: token, parent: parent, child: child)
        }
        let startFilter = FingerprintFilter()
        for (token, parent, _) in edgeList where parent < Int32(CountryMatcher.rootCount) {
            startFilter.insert(CountryMatcher.startFingerprint(token))
        }
        self.slots = slots
        self.mask = mask
        self.startFilter = startFilter
        self.nodeTerm = nodeTerm
        self.nodeHasChildren = hasChildren
        self.terms = terms
        self.rules = rules
        self.homonymCountries = homonymCountries
        self.cues = CueTable(d)
        self.countryCount = countryCount
    }

    /// 16 bits of a token hash, mixed again so that they do not repeat the slot index's bits.
    @inline(__always)
    static func startFingerprint(_ token: UInt64) -> Int {
        Int(truncatingIfNeeded: (token &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    @inline(__always)
    static func slotIndex(_ token: UInt64, _ parent: Int32, _ mask: Int) -> Int {
        let k = (token ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xff51_afd7_ed55_8ccd
        return Int(truncatingIfNeeded: k >> 32) & mask
    }

    /// The mentions in a tokenized text, in text order.
    /// - Complexity: O(tokens × longest alias), usually one table probe per token.
    public func matches(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>, dateline: DatelineHint? = nil) -> [Mention] {
        var out: [Mention] = []
        matches(in: text, bytes: bytes, dateline: dateline, into: &out)
        return out
    }

    /// Appends the mentions in a tokenized text to `out`.
    /// - Parameter dateline: the article's dateline, when it resolved: its country is local evidence for reading a
    ///   homonym (`Athens` under `ATHENS, Ga.`), and its place named again in the text is that place
    ///   (`EDMONTON, Ky. — … Edmonton police`).
    public func matches(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>, dateline: DatelineHint? = nil,
                        into out: inout [Mention]) {
        var scratch = MatchScratch()
        matches(in: text, bytes: bytes, dateline: dateline, into: &out, scratch: &scratch)
    }

    /// Appends the mentions in a tokenized text to `out`, with working memory that the caller keeps from text to
    /// text (a worker's: the same mentions as without it).
    public func matches(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>, dateline: DatelineHint?,
                        into out: inout [Mention], scratch: inout MatchScratch) {
        var scan = Scan(matcher: self, base: out.count)
        swap(&scan.work, &scratch)
        if !scan.work.info.isEmpty { scan.work.info.removeAll(keepingCapacity: true) }
        slots.withUnsafeBufferPointer { slots in
        text.tokens.withUnsafeBufferPointer { tok in
            let walker = TrieWalker(matcher: self, slots: slots)
            for (sentenceIndex, sentence) in text.sentences.enumerated() {
                scan.scanSentence(sentence, index: sentenceIndex, tok: tok, bytes: bytes, walker: walker, out: &out)
            }
            scan.spreadRejections(tok: tok, out: &out)
            scan.readHomonyms(dateline: dateline, tok: tok, out: &out)
        }
        }
        swap(&scan.work, &scratch)
    }

    @inline(__always)
    func kindIndex(_ kind: MentionKind) -> Int {
        switch kind {
        case .name: return 0
        case .abbreviation: return 1
        case .demonym: return 2
        case .capital: return 3
        case .seat: return 4
        case .city: return 5
        case .place: return 6
        case .region: return 7
        case .prefix: return 8
        }
    }
}

/// Looks up edges of the matcher's trie.
struct TrieWalker {
    let matcher: CountryMatcher
    let slots: UnsafeBufferPointer<CountryMatcher.Slot>

    /// The child of `parent` over a token with hash `token`, or -1.
    @inline(__always)
    func child(_ parent: Int32, _ token: UInt64) -> Int32 {
        if parent < Int32(CountryMatcher.rootCount)
            && !matcher.startFilter.mayContain(CountryMatcher.startFingerprint(token)) {
            return -1
        }
        var i = CountryMatcher.slotIndex(token, parent, matcher.mask)
        while true {
            let s = slots[i]
            if s.child < 0 { return -1 }
            if s.token == token && s.parent == parent { return s.child }
            i = (i + 1) & matcher.mask
        }
    }
}

/// What the matcher may use of an article's dateline: its country and the token hashes of its place.
public struct DatelineHint: Sendable {
    /// The dateline's country index.
    public var country: Int
    /// Folded token hashes of the dateline's place (the part before its first comma: `EDMONTON` of `EDMONTON, Ky.`).
    public var place: [UInt64]

    public init(country: Int, place: [UInt64]) {
        self.country = country
        self.place = place
    }
}
