/// The state of one ``CountryMatcher/matches(in:bytes:dateline:into:)`` call: the sentence scan and the
/// two passes over the whole text (spreading rejections, reading homonyms).
struct Scan {
    let m: CountryMatcher
    /// Index in `out` of this text's first mention.
    let base: Int
    /// Terms whose reading as a place was rejected somewhere in the text in a way that spreads.
    var blockedTerms: Set<Int32> = []
    /// Ambiguous terms the text also writes in lower case (`turkey prices`).
    var lowercaseTerms: Set<Int32> = []

    struct MentionInfo {
        /// The alias term, or -1 for prefixes and places built from a qualifier or suffix.
        var term: Int32
        /// Its context confirms the place reading (`of Jordan`, `Chad President`): no rejection spreads to it.
        var confirmed: Bool
        /// A qualifier or suffix placed it (`Paris, Tex.`, `Guernsey County`): no later pass changes it.
        var settled: Bool
        /// A town word follows it (`a Lebanon woman`).
        var town = false
    }

    /// Why a candidate alias was or was not read as its target.
    enum Verdict {
        case accepted
        case rejectedByCase
        /// Rejected by its context; `spreads` when the same reading may hold for the name's other occurrences.
        case rejectedByContext(spreads: Bool)
    }

    /// Working memory kept from text to text: swapped in by ``CountryMatcher/matches(in:bytes:dateline:into:scratch:)``
    /// before the scan and back out after it.
    var work = MatchScratch()

    init(matcher: CountryMatcher, base: Int) {
        m = matcher
        self.base = base
    }

    // MARK: - Sentence scan

    mutating func scanSentence(_ sentence: Range<Int>, index sentenceIndex: Int, tok: UnsafeBufferPointer<Token>,
                               bytes: UnsafeBufferPointer<UInt8>, walker: TrieWalker, out: inout [Mention]) {
        var titleCase: Bool?
        var i = sentence.lowerBound
        let end = sentence.upperBound
        while i < end {
            guard tok[i].flags.contains(.hasLetter) else { i += 1; continue }
            // Qualifiers and suffixes need two capitalised words in a row: test that here, without a call per token.
            let afterCapital = i > sentence.lowerBound && Scan.capitalPair(tok, i)
            if afterCapital, let next = qualifier(at: i, sentence, sentenceIndex, tok, bytes, walker, &out) {
                i = next
                continue
            }
            var node = CountryMatcher.root
            var j = i
            var bestTerm: Int32 = -1
            var bestEnd = i
            while j < end {
                let c = walker.child(node, tok[j].hash)
                if c < 0 { break }
                j += 1
                let t = m.nodeTerm[Int(c)]
                if t >= 0 {
                    let term = m.terms[Int(t)]
                    // Only the one-word title-case rule looks at the next token; probe only then.
                    let nextStartsAlias = !term.ruleRange.isEmpty && term.caseRule == .title && j == i + 1
                        && j < end && walker.child(CountryMatcher.root, tok[j].hash) >= 0
                    switch accepts(term, tok, bytes, i, j, sentence, nextStartsAlias: nextStartsAlias, titleCase: &titleCase) {
                    case .accepted:
                        bestTerm = t
                        bestEnd = j
                    case .rejectedByContext(let spreads):
                        if spreads { blockedTerms.insert(t) }
                    case .rejectedByCase:
                        if !term.ruleRange.isEmpty && term.caseRule == .title { lowercaseTerms.insert(t) }
                    }
                }
                if !m.nodeHasChildren[Int(c)] { break }
                node = c
            }
            if bestTerm >= 0 {
                let term = m.terms[Int(bestTerm)]
                if term.target >= 0 && m.reported[m.kindIndex(term.kind)] {
                    out.append(mention(term.target, term.kind, tok, i, bestEnd, sentenceIndex))
                    work.info.append(MentionInfo(term: bestTerm, confirmed: confirmed(tok, i, bestEnd, sentence), settled: false,
                                            town: bestEnd < end && m.cues.townAfter.contains(tok[bestEnd].hash)))
                }
                i = bestEnd
                continue
            }
            if afterCapital && suffix(at: i, sentence, sentenceIndex, tok, bytes, walker, &out) {
                i += 1
                continue
            }
            if tok[i].flags.contains(.hyphenAfter) {
                let c = walker.child(CountryMatcher.prefixRoot, tok[i].hash)
                if c >= 0, m.nodeTerm[Int(c)] >= 0 {
                    let term = m.terms[Int(m.nodeTerm[Int(c)])]
                    if tok[i].flags.contains(.firstUpper) && m.reported[m.kindIndex(.prefix)] {
                        out.append(mention(term.target, .prefix, tok, i, i + 1, sentenceIndex))
                        work.info.append(MentionInfo(term: -1, confirmed: true, settled: true))
                    }
                }
            }
            i += 1
        }
    }

    /// Whether token `i` starts with a capital and token `i - 1` is a word that does too: the first test of
    /// ``qualifier(at:_:_:_:_:_:_:)`` and ``suffix(at:_:_:_:_:_:_:)``.
    @inline(__always)
    static func capitalPair(_ tok: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let before = tok[i - 1].flags
        return tok[i].flags.contains(.firstUpper) && before.contains(.firstUpper) && before.contains(.hasLetter)
    }

    func mention(_ entity: Int32, _ kind: MentionKind, _ tok: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int,
                 _ s: Int) -> Mention {
        Mention(entity: EntityID(entity), kind: kind, tokenStart: Int32(i), tokenEnd: Int32(j),
                byteStart: tok[i].start, byteEnd: tok[j - 1].coreEnd, sentence: Int32(s))
    }

    /// Whether the bytes between tokens `a` and `a + 1` are white space only (`comma: false`) or one comma and
    /// white space (`comma: true`).
    static func gap(_ tok: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, after a: Int, comma: Bool) -> Bool {
        var commas = 0
        for k in Int(tok[a].end)..<Int(tok[a + 1].start) {
            switch bytes[k] {
            case UInt8(ascii: ","): commas += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return commas == (comma ? 1 : 0)
    }

    /// The mention of this text that ends right before token `i` in sentence `s`, if any: its index in `out`.
    func adjacentMention(before i: Int, _ out: [Mention]) -> Int? {
        guard out.count > base, let last = out.last, Int(last.tokenEnd) == i else { return nil }
        return out.count - 1
    }

    /// The first of up to ``CountryMatcher/maximumPlaceWords`` capitalised words ending at token `last`, joined
    /// by white space only, in the sentence.
    func placeStart(endingAt last: Int, _ sentence: Range<Int>, _ tok: UnsafeBufferPointer<Token>,
                    _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var s = last
        while s > sentence.lowerBound && last - s + 1 < CountryMatcher.maximumPlaceWords
            && tok[s - 1].flags.contains(.firstUpper) && tok[s - 1].flags.contains(.hasLetter)
            && Scan.gap(tok, bytes, after: s - 1, comma: false) {
            s -= 1
        }
        return s
    }

    /// A qualifier after `Place,` at token `i` (`Paris, Tex.`, `London, Ontario`): the place before it is put in
    /// the qualifier's country (its mention re-targeted and widened, or a new one made for an unknown town) and
    /// the token after the qualifier is returned; nil when there is no qualifier here.
    mutating func qualifier(at i: Int, _ sentence: Range<Int>, _ s: Int, _ tok: UnsafeBufferPointer<Token>,
                            _ bytes: UnsafeBufferPointer<UInt8>, _ walker: TrieWalker, _ out: inout [Mention]) -> Int? {
        let p = i - 1
        guard tok[p].flags.contains(.firstUpper), tok[p].flags.contains(.hasLetter), tok[i].flags.contains(.firstUpper),
              Scan.gap(tok, bytes, after: p, comma: true) else { return nil }
        var node = CountryMatcher.qualifierRoot
        var j = i
        var best: Int32 = -1
        var bestEnd = i
        while j < sentence.upperBound {
            let c = walker.child(node, tok[j].hash)
            if c < 0 { break }
            j += 1
            let t = m.nodeTerm[Int(c)]
            if t >= 0 && qualifierCaseHolds(m.terms[Int(t)], tok, bytes, i, j) {
                best = t
                bestEnd = j
            }
            if !m.nodeHasChildren[Int(c)] { break }
            node = c
        }
        guard best >= 0 else { return nil }
        let q = m.terms[Int(best)]
        if let k = adjacentMention(before: i, out) {
            let before = out[k]
            // `Tbilisi, Georgia`: the qualifier is the country the place is already in.
            if q.aliasCountry >= 0 && before.entity.rawValue == q.aliasCountry { return nil }
            switch before.kind {
            case .capital, .city, .place:
                break
            case .name, .abbreviation, .demonym, .region, .seat, .prefix:
                // `Russia, Georgia and Ukraine` is a list of countries, not a place and its state; but a country's
                // name that is also a town of the qualifier's country, before a qualifier that is no other
                // country's name, is that town (`Lebanon, Pa.`).
                let plainQualifier = q.aliasCountry < 0 || q.aliasCountry == q.target
                guard plainQualifier, work.info[k - base].term >= 0, homonymCountries(of: work.info[k - base].term).contains(q.target)
                else { return nil }
            }
            out[k] = before.reading(q.target, tokenEnd: Int32(bestEnd), byteEnd: tok[bestEnd - 1].coreEnd)
            work.info[k - base] = MentionInfo(term: -1, confirmed: true, settled: true)
        } else {
            let start = placeStart(endingAt: p, sentence, tok, bytes)
            // `said Cory Stevens, Georgia's father`: a person's name before the comma, not a town.
            if m.cues.givenNames.contains(tok[start].hash) { return nil }
            guard m.reported[m.kindIndex(.place)] else { return bestEnd }
            out.append(mention(q.target, .place, tok, start, bestEnd, s))
            work.info.append(MentionInfo(term: -1, confirmed: true, settled: true))
        }
        return bestEnd
    }

    /// The other countries a term's alias also names.
    func homonymCountries(of term: Int32) -> ArraySlice<Int32> { m.homonymCountries[m.terms[Int(term)].homonyms] }

    func qualifierCaseHolds(_ term: CountryMatcher.Term, _ tok: UnsafeBufferPointer<Token>,
                            _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Bool {
        if term.caseRule != .exact { return tok[i].flags.contains(.firstUpper) }
        // A two-letter code in a line of capitals could be any word (`PARIS, IN THE`).
        if tok[i].flags.contains(.allCapsSegment) { return false }
        return exactHolds(term, tok, bytes, i)
    }

    func exactHolds(_ term: CountryMatcher.Term, _ tok: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                    _ i: Int) -> Bool {
        for (k, surface) in term.exact.enumerated() {
            let t = tok[i + k]
            let len = Int(t.coreEnd - t.start)
            if len != surface.count { return false }
            let base = Int(t.start)
            for n in 0..<len where bytes[base + n] != surface[n] { return false }
        }
        return true
    }

    /// A suffix at token `i` after a capitalised word (`Guernsey County`, `Rapides Parish`): the pair names a
    /// subdivision of the suffix's country. Returns whether it applied.
    mutating func suffix(at i: Int, _ sentence: Range<Int>, _ s: Int, _ tok: UnsafeBufferPointer<Token>,
                         _ bytes: UnsafeBufferPointer<UInt8>, _ walker: TrieWalker, _ out: inout [Mention]) -> Bool {
        let p = i - 1
        guard tok[i].flags.contains(.firstUpper), tok[p].flags.contains(.firstUpper), tok[p].flags.contains(.hasLetter),
              Scan.gap(tok, bytes, after: p, comma: false) else { return false }
        let c = walker.child(CountryMatcher.suffixRoot, tok[i].hash)
        guard c >= 0, m.nodeTerm[Int(c)] >= 0 else { return false }
        if i + 1 < sentence.upperBound && m.cues.suffixStop.contains(tok[i + 1].hash) { return false }
        let term = m.terms[Int(m.nodeTerm[Int(c)])]
        if let k = adjacentMention(before: i, out) {
            let old = out[k]
            out[k] = old.reading(term.target, kind: .place, tokenEnd: Int32(i + 1), byteEnd: tok[i].coreEnd)
            work.info[k - base] = MentionInfo(term: -1, confirmed: true, settled: true)
        } else if m.reported[m.kindIndex(.place)] {
            out.append(mention(term.target, .place, tok, placeStart(endingAt: p, sentence, tok, bytes), i + 1, s))
            work.info.append(MentionInfo(term: -1, confirmed: true, settled: true))
        }
        return true
    }

    /// Whether the words around tokens `i..<j` confirm a place reading: a preposition of place before it
    /// (`of Jordan`, `in Chad`) or an office after it (`Chad President`, `Jordan's King`).
    func confirmed(_ tok: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int, _ sentence: Range<Int>) -> Bool {
        if i > sentence.lowerBound && m.cues.placeBefore.contains(tok[i - 1].hash) { return true }
        return j < sentence.upperBound && m.cues.office.contains(tok[j].hash)
    }

    /// Whether the sentence is written in title case (a headline): at least three capitalised words and no
    /// lower-case word but the short ones headlines leave in lower case (cue `title_lowercase`).
    func isTitleCase(_ sentence: Range<Int>, _ tok: UnsafeBufferPointer<Token>) -> Bool {
        var capitalised = 0
        for k in sentence where tok[k].flags.contains(.hasLetter) {
            if tok[k].flags.contains(.firstUpper) {
                capitalised += 1
            } else if !m.cues.titleLowercase.contains(tok[k].hash) {
                return false
            }
        }
        return capitalised >= 3
    }
}
