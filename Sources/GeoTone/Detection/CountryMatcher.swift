/// Finds the countries, regions and groups a tokenized text names.
///
/// Compiled once from a ``Gazetteer``: every alias, stop phrase and prefix is tokenized with the
/// same ``Tokenizer`` and inserted into a token-level trie. The trie's edges live in one
/// hand-written open-addressing table keyed by (parent node, token hash), so a single-word alias
/// costs one probe and a text token that starts nothing costs one probe that hits an empty slot.
///
/// Matching, per sentence, left to right: from each token walk the trie as far as the text
/// allows; of the entries passed, the longest one that passes its case rule and context rules
/// wins and its tokens are consumed (a winning stop phrase reports nothing). Otherwise, a token
/// joined to the next by a hyphen (`Sino-`) is looked up among the prefixes.
public struct CountryMatcher: Sendable {
    /// The kinds reported; matches of other kinds still consume their tokens.
    public let kinds: Set<MentionKind>

    private let slots: [Slot]
    private let mask: Int
    /// Fingerprints of the tokens that start an entry (edges from either root): most text tokens start nothing.
    private let startFilter: FingerprintFilter
    private let nodeTerm: [Int32]
    private let nodeHasChildren: [Bool]
    private let terms: [Term]
    private let rules: [CompiledRule]
    private let reported: [Bool]

    private static let root: Int32 = 0
    private static let prefixRoot: Int32 = 1
    /// Fewest empty slots per filled one in the table: keeps probe chains short.
    private static let loadFactorInverse = 4

    /// One edge of the trie: from `parent` over a token with hash `token` to `child`.
    private struct Slot {
        var token: UInt64 = 0
        var parent: Int32 = -1
        var child: Int32 = -1
    }

    /// A matchable entry: alias, stop phrase or prefix.
    private struct Term {
        var target: Int32          // entity index; -1 for a stop phrase
        var kind: MentionKind
        var caseRule: AliasCase
        var exact: [[UInt8]]       // token surfaces, for `exact` aliases
        var ruleRange: Range<Int>  // into `rules`
    }

    private struct CompiledRule {
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
        var edges: [[UInt64]: Int32] = [:]   // [parent, token] → child
        var edgeList: [(UInt64, Int32, Int32)] = []
        var nodeTerm: [Int32] = [-1, -1]
        var hasChildren: [Bool] = [false, false]
        var terms: [Term] = []
        var rules: [CompiledRule] = []

        var rulesByAlias: [[UInt64]: [ContextRule]] = [:]
        for r in gazetteer.contextRules { rulesByAlias[Gazetteer.aliasKey(r.alias, tokenizer), default: []].append(r) }

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
            let start = rules.count
            for r in rulesByAlias[key] ?? [] {
                rules.append(CompiledRule(kind: r.kind, word: TokenHash.of(Array(r.word.utf8)), window: r.window,
                                          capsOnly: r.capsOnly))
            }
            term.ruleRange = start..<rules.count
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
        for (token, parent, _) in edgeList where parent == CountryMatcher.root || parent == CountryMatcher.prefixRoot {
            startFilter.insert(CountryMatcher.startFingerprint(token))
        }
        self.slots = slots
        self.mask = mask
        self.startFilter = startFilter
        self.nodeTerm = nodeTerm
        self.nodeHasChildren = hasChildren
        self.terms = terms
        self.rules = rules
    }

    /// 16 bits of a token hash, mixed again so that they do not repeat the slot index's bits.
    @inline(__always)
    private static func startFingerprint(_ token: UInt64) -> Int {
        Int(truncatingIfNeeded: (token &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    @inline(__always)
    private static func slotIndex(_ token: UInt64, _ parent: Int32, _ mask: Int) -> Int {
        let k = (token ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xff51_afd7_ed55_8ccd
        return Int(truncatingIfNeeded: k >> 32) & mask
    }

    /// The mentions in a tokenized text, in text order.
    /// - Complexity: O(tokens × longest alias), usually one table probe per token.
    public func matches(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> [Mention] {
        var out: [Mention] = []
        matches(in: text, bytes: bytes, into: &out)
        return out
    }

    /// Appends the mentions in a tokenized text to `out` (no allocation once `out` has grown).
    public func matches(in text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>, into out: inout [Mention]) {
        slots.withUnsafeBufferPointer { slots in
        text.tokens.withUnsafeBufferPointer { tok in
            @inline(__always) func child(_ parent: Int32, _ token: UInt64) -> Int32 {
                if parent <= CountryMatcher.prefixRoot && !startFilter.mayContain(CountryMatcher.startFingerprint(token)) {
                    return -1
                }
                var i = CountryMatcher.slotIndex(token, parent, mask)
                while true {
                    let s = slots[i]
                    if s.child < 0 { return -1 }
                    if s.token == token && s.parent == parent { return s.child }
                    i = (i + 1) & mask
                }
            }
            let base = out.count
            // One sense per discourse: an ambiguous alias (one with context rules) that its context rejects
            // once, or that the text also uses as a lowercase common noun, is not a country anywhere else in
            // the same text either (Georgia the state, Jordan the striker, turkey the bird).
            var ambiguousTerm: [Int32] = []
            var blockedTerms: Set<Int32> = []
            var lowercaseTerms: Set<Int32> = []
            for (sentenceIndex, sentence) in text.sentences.enumerated() {
                var i = sentence.lowerBound
                let end = sentence.upperBound
                while i < end {
                    guard tok[i].flags.contains(.hasLetter) else { i += 1; continue }
                    var node = CountryMatcher.root
                    var j = i
                    var bestTerm: Int32 = -1
                    var bestEnd = i
                    while j < end {
                        let c = child(node, tok[j].hash)
                        if c < 0 { break }
                        j += 1
                        let t = nodeTerm[Int(c)]
                        if t >= 0 {
                            let term = terms[Int(t)]
                            // Only the one-word title-case rule in `accepts` looks at the next token; probe only then.
                            let nextStartsAlias = !term.ruleRange.isEmpty && term.caseRule == .title && j == i + 1
                                && j < end && child(CountryMatcher.root, tok[j].hash) >= 0
                            switch accepts(term, tok, bytes, i, j, sentence, nextStartsAlias: nextStartsAlias) {
                            case .accepted:
                                bestTerm = t
                                bestEnd = j
                            case .rejectedByContext:
                                if !term.ruleRange.isEmpty { blockedTerms.insert(t) }
                            case .rejectedByCase:
                                if !term.ruleRange.isEmpty && term.caseRule == .title { lowercaseTerms.insert(t) }
                            }
                        }
                        if !nodeHasChildren[Int(c)] { break }
                        node = c
                    }
                    if bestTerm >= 0 {
                        let term = terms[Int(bestTerm)]
                        if term.target >= 0 && reported[kindIndex(term.kind)] {
                            out.append(mention(term, tok, i, bestEnd, sentenceIndex))
                            ambiguousTerm.append(term.ruleRange.isEmpty ? -1 : bestTerm)
                        }
                        i = bestEnd
                        continue
                    }
                    if tok[i].flags.contains(.hyphenAfter) {
                        let c = child(CountryMatcher.prefixRoot, tok[i].hash)
                        if c >= 0, nodeTerm[Int(c)] >= 0 {
                            let term = terms[Int(nodeTerm[Int(c)])]
                            if tok[i].flags.contains(.firstUpper) && reported[kindIndex(.prefix)] {
                                out.append(mention(term, tok, i, i + 1, sentenceIndex))
                                ambiguousTerm.append(-1)
                            }
                        }
                    }
                    i += 1
                }
            }
            if !blockedTerms.isEmpty || !lowercaseTerms.isEmpty {
                var keep = base
                for k in base..<out.count {
                    let t = ambiguousTerm[k - base]
                    let m = out[k]
                    let initial = tok[Int(m.tokenStart)].flags.contains(.sentenceInitial)
                        || tok[Int(m.tokenStart)].flags.contains(.allCapsSegment)
                    if t >= 0 && (blockedTerms.contains(t) || (lowercaseTerms.contains(t) && initial)) { continue }
                    out[keep] = m
                    keep += 1
                }
                out.removeLast(out.count - keep)
            }
        }
        }
    }

    @inline(__always)
    private func kindIndex(_ kind: MentionKind) -> Int {
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

    private func mention(_ term: Term, _ tok: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int, _ s: Int) -> Mention {
        Mention(entity: EntityID(term.target), kind: term.kind, tokenStart: Int32(i), tokenEnd: Int32(j),
                byteStart: tok[i].start, byteEnd: tok[j - 1].coreEnd, sentence: Int32(s))
    }

    /// Why a candidate alias was or was not read as its target.
    private enum Verdict { case accepted, rejectedByCase, rejectedByContext }

    /// Whether tokens `i..<j` may be read as `term`: its case rule and context rules hold.
    ///
    /// Besides the rules of `context.tsv`, a single-token ambiguous alias with the `title` case rule that is
    /// directly followed by another capitalised word which starts no alias reads as a name
    /// (`Jordan Ellis`, `Georgia General Assembly`, `Chad Smith`) and is rejected.
    private func accepts(_ term: Term, _ tok: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                         _ i: Int, _ j: Int, _ sentence: Range<Int>, nextStartsAlias: Bool) -> Verdict {
        switch term.caseRule {
        case .fold:
            break
        case .title:
            if !tok[i].flags.contains(.firstUpper) { return .rejectedByCase }
        case .exact:
            for (k, surface) in term.exact.enumerated() {
                let t = tok[i + k]
                let len = Int(t.coreEnd - t.start)
                if len != surface.count { return .rejectedByCase }
                let base = Int(t.start)
                for m in 0..<len where bytes[base + m] != surface[m] { return .rejectedByCase }
            }
        }
        if term.ruleRange.isEmpty { return .accepted }
        let caps = tok[i].flags.contains(.allCapsSegment)
        if term.caseRule == .title, j == i + 1, j < sentence.upperBound, !caps, !nextStartsAlias,
           !tok[i].flags.contains(.hyphenAfter), !tok[i].flags.contains(.possessive),
           tok[j].flags.contains(.firstUpper), tok[j].flags.contains(.hasLetter), !tok[j].flags.contains(.allUpper) {
            return .rejectedByContext
        }
        for r in rules[term.ruleRange] where !r.capsOnly || caps {
            switch r.kind {
            case .blockIfPrev:
                if i - 1 >= sentence.lowerBound && tok[i - 1].hash == r.word { return .rejectedByContext }
            case .blockIfNext:
                if j < sentence.upperBound && tok[j].hash == r.word { return .rejectedByContext }
            case .blockIfNear:
                for k in max(sentence.lowerBound, i - r.window)..<i where tok[k].hash == r.word { return .rejectedByContext }
                for k in j..<min(sentence.upperBound, j + r.window) where tok[k].hash == r.word { return .rejectedByContext }
            }
        }
        return .accepted
    }
}
