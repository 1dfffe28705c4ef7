/// VADER's per-word rules: lexicon valence, "no", ALL CAPS, boosters with decay, negation,
/// "never so/this", "without doubt", special-case idioms, n-gram dampeners, "least" and "but".
///
/// Each step mirrors `vadersentiment` 3.3.2; where `.news` differs the branch says so.
///
/// Only lexicon words get a valence, so the rules run over the list of lexicon tokens the tokenizer made and keep
/// the non-zero valences as a sparse list (position, valence), in token order; every other token is neutral.
struct ValenceRules {
    let tokens: UnsafePointer<ScoringToken>
    let count: Int
    /// The compiled lexicon (kept alive by the scorer).
    unowned(unsafe) let compiled: CompiledLexicon
    let entries: UnsafePointer<WordEntry>
    let mode: SentimentMode
    /// Some but not all tokens are ALL CAPS (news mode: and the text is not ALL CAPS as a whole).
    let capsDiffer: Bool
    /// News mode, text in sentence case: a capitalised word inside it is a name (off for Title Case text).
    let namesByCase: Bool

    init(tokens: UnsafePointer<ScoringToken>, count: Int, compiled: CompiledLexicon, mode: SentimentMode, capsDiffer: Bool,
         namesByCase: Bool) {
        self.tokens = tokens
        self.count = count
        self.compiled = compiled
        self.entries = UnsafePointer(compiled.entryBuffer.baseAddress.unsafelyUnwrapped)
        self.mode = mode
        self.capsDiffer = capsDiffer
        self.namesByCase = namesByCase
    }

    @inline(__always) private func flags(_ i: Int) -> WordEntry.Flags { tokens[i].wordFlags }
    @inline(__always) private func inLexicon(_ i: Int) -> Bool { flags(i).contains(.inLexicon) }
    @inline(__always) private func rule(_ i: Int) -> RuleWord { tokens[i].rule }
    /// The full entry of a token known to have one (lexicon word or booster).
    @inline(__always) private func entry(_ i: Int) -> WordEntry { entries[Int(tokens[i].entry)] }
    @inline(__always) private func isUpper(_ i: Int) -> Bool { tokens[i].flags.contains(.upper) }
    @inline(__always) private func negated(_ i: Int) -> Bool {
        flags(i).contains(.negation) || tokens[i].flags.contains(.containsNT)
    }

    /// News mode: a capitalised word inside the sentence is taken for a name ("Justice
    /// Brennan", "Democratic Party", "Special Park District") and carries no sentiment. The first
    /// word, a word that opens a quotation and a word right after a colon or a stand-alone quote
    /// are exempt.
    @inline(__always)
    private func isName(_ i: Int) -> Bool {
        i > 0 && tokens[i].flags.contains(.titleCase) && !tokens[i].flags.contains(.opensQuote)
            && !tokens[i - 1].flags.contains(.quoteOrColon)
    }

    /// The non-zero valences of the tokens listed in `candidates` (ascending; tokens not in the lexicon are
    /// skipped): their positions go to `positions` (which may be `candidates` itself), their valences to
    /// `valences`; returns how many.
    func computeValences(candidates: UnsafePointer<Int32>, count candidateCount: Int,
                         positions: UnsafeMutablePointer<Int32>, valences: UnsafeMutablePointer<Double>) -> Int {
        let n = count
        var found = 0
        for k in 0..<candidateCount {
            let i = Int(candidates[k])
            let f = flags(i)
            guard f.contains(.inLexicon) else { continue }
            if f.contains(.booster) || (i < n - 1 && rule(i) == .kind && rule(i + 1) == .of) { continue }
            if namesByCase && isName(i) { continue }
            let v = valence(at: i, base: entry(i).valence)
            if v == 0 { continue }
            positions[found] = Int32(truncatingIfNeeded: i)
            valences[found] = v
            found += 1
        }
        return found
    }

    private func valence(at i: Int, base: Double) -> Double {
        let n = count
        var v = base
        // "no" before another lexicon word negates that word instead of counting itself.
        if rule(i) == .no && i != n - 1 && inLexicon(i + 1) { v = 0 }
        if (i > 0 && rule(i - 1) == .no) || (i > 1 && rule(i - 2) == .no)
            || (i > 2 && rule(i - 3) == .no && (rule(i - 1) == .or || rule(i - 1) == .nor)) {
            v = base * VaderConstants.negationScalar
        }
        if isUpper(i) && capsDiffer {
            v += v > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        for back in 0..<VaderConstants.lookBack {
            let j = i - (back + 1)
            guard i > back, !inLexicon(j) else { continue }
            var s = boosterScalar(j, valence: v)
            if back == 1 && s != 0 { s *= VaderConstants.boosterDecayTwoBack }
            if back == 2 && s != 0 { s *= VaderConstants.boosterDecayThreeBack }
            v += s
            v = negationCheck(v, back: back, i: i)
            if back == 2 { v = idiomCheck(v, i: i) }
        }
        v = leastCheck(v, i: i)
        if mode == .news && v < 0 {
            for j in max(0, i - NewsConstants.shifterReach)..<i where flags(j).contains(.shifter) {
                v *= NewsConstants.shiftedNegativeFactor
                break
            }
        }
        return v
    }

    /// Negation of `v`: the reference flips and shrinks every valence; news mode makes a negated
    /// negative neutral.
    @inline(__always)
    private func negate(_ v: Double) -> Double {
        if mode == .news && v < 0 { return v * NewsConstants.negatedNegativeFactor }
        return v * VaderConstants.negationScalar
    }

    /// The reference's `scalar_inc_dec`.
    private func boosterScalar(_ j: Int, valence v: Double) -> Double {
        guard flags(j).contains(.booster) else { return 0 }
        var s = entry(j).booster
        if v < 0 { s = -s }
        if isUpper(j) && capsDiffer {
            s += v > 0 ? VaderConstants.capsIncrement : -VaderConstants.capsIncrement
        }
        return s
    }

    /// The reference's `_negation_check` for the word `back + 1` places before `i`.
    private func negationCheck(_ v: Double, back: Int, i: Int) -> Double {
        switch back {
        case 0:
            return negated(i - 1) ? negate(v) : v
        case 1:
            if rule(i - 2) == .never && rule(i - 1).isSoOrThis { return v * VaderConstants.neverSoThisFactor }
            if rule(i - 2) == .without && rule(i - 1) == .doubt { return v }
            return negated(i - 2) ? negate(v) : v
        default:
            let neverSoThis: Bool
            switch mode {
            case .vader:
                // Reference precedence: `never and (so|this) or (so|this)`, so any "so/this"
                // right before the word triggers the factor (and cancels a negation).
                neverSoThis = (rule(i - 3) == .never && rule(i - 2).isSoOrThis) || rule(i - 1).isSoOrThis
            case .news:
                neverSoThis = rule(i - 3) == .never && (rule(i - 2).isSoOrThis || rule(i - 1).isSoOrThis)
            }
            if neverSoThis { return v * VaderConstants.neverSoThisFactor }
            if rule(i - 3) == .without && (rule(i - 2) == .doubt || rule(i - 1) == .doubt) { return v }
            return negated(i - 3) ? negate(v) : v
        }
    }

    /// The reference's `_special_idioms_check` (needs i ≥ 3).
    ///
    /// Only words flagged as idiom words can be part of an idiom or n-gram booster, so a sequence
    /// with an unflagged word is skipped without a lookup.
    private func idiomCheck(_ valence: Double, i: Int) -> Double {
        let n = count
        var v = valence
        var anyFlagged = false
        for k in (i - 3)...min(n - 1, i + 2) where flagged(k) { anyFlagged = true; break }
        guard anyFlagged else { return v }
        func two(_ x: Int, _ y: Int) -> SequenceKey? {
            flagged(x) && flagged(y) ? SequenceKey(tokens[x].entry, tokens[y].entry) : nil
        }
        func three(_ x: Int, _ y: Int, _ z: Int) -> SequenceKey? {
            flagged(x) && flagged(y) && flagged(z) ? SequenceKey(tokens[x].entry, tokens[y].entry, tokens[z].entry) : nil
        }
        func idiom(_ key: SequenceKey?) -> Double? { key.flatMap { compiled.idioms[$0] } }
        // The first of these that is an idiom sets the valence (`??` tries them in order).
        if let value = idiom(two(i - 1, i)) ?? idiom(three(i - 2, i - 1, i)) ?? idiom(two(i - 2, i - 1))
            ?? idiom(three(i - 3, i - 2, i - 1)) ?? idiom(two(i - 3, i - 2)) {
            v = value
        }
        if n - 1 > i, let value = idiom(two(i, i + 1)) { v = value }
        if n - 1 > i + 1, let value = idiom(three(i, i + 1, i + 2)) { v = value }
        for k in 0..<3 {
            let key = k == 0 ? three(i - 3, i - 2, i - 1) : k == 1 ? two(i - 3, i - 2) : two(i - 2, i - 1)
            guard let key, let scalar = compiled.ngramBoosters[key] else { continue }
            switch mode {
            case .vader:
                v += scalar  // the reference adds the dampener's sign as is: "kind of bad" gets worse
            case .news:
                if v > 0 { v += scalar } else if v < 0 { v -= scalar }
            }
        }
        return v
    }

    @inline(__always)
    private func flagged(_ k: Int) -> Bool { tokens[k].wordFlags.contains(.idiomWord) }

    /// The reference's `_least_check`.
    private func leastCheck(_ v: Double, i: Int) -> Double {
        if i > 1 && !inLexicon(i - 1) && rule(i - 1) == .least {
            if rule(i - 2) != .at && rule(i - 2) != .very { return v * VaderConstants.negationScalar }
        } else if i > 0 && !inLexicon(i - 1) && rule(i - 1) == .least {
            return v * VaderConstants.negationScalar
        }
        return v
    }

    /// The "but" rule over the sparse valences: valences before the "but" at position `but` halve, after it
    /// grow by half.
    ///
    /// `.vader` reproduces the reference, which finds each valence's position with
    /// `list.index(value)` (the first equal value), so repeated values are scaled at the wrong
    /// place; `.news` scales by position. Zeros are never listed: 0 × factor is still 0 wherever it lands, and
    /// the first equal value of a non-zero value is a listed one.
    static func applyBut(at but: Int, mode: SentimentMode, positions: UnsafePointer<Int32>,
                         valences s: UnsafeMutablePointer<Double>, count: Int) {
        switch mode {
        case .news:
            for k in 0..<count where Int(positions[k]) != but {
                s[k] *= Int(positions[k]) < but ? VaderConstants.beforeButFactor : VaderConstants.afterButFactor
            }
        case .vader:
            for k in 0..<count {
                let value = s[k]
                if value == 0 { continue }
                var si = 0
                while s[si] != value { si += 1 }
                let position = Int(positions[si])
                if position < but {
                    s[si] = value * VaderConstants.beforeButFactor
                } else if position > but {
                    s[si] = value * VaderConstants.afterButFactor
                }
            }
        }
    }
}
