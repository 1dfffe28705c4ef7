/// Scores sentences with VADER's rules over a lexicon, working on UTF-8 bytes.
///
/// `.vader` mode reproduces PyPI `vadersentiment==3.3.2` to the last bit; `.news` applies the
/// documented fixes (Documentation/Scoring.md). The scorer is a value: share it across threads.
///
/// - Complexity: O(n) in the bytes of the sentence (the reference's "but" rule is O(k²) in the
///   k sentiment words of a sentence that contains "but").
public struct SentimentScorer: Sendable {
    /// The lexicon in use.
    public let lexicon: SentimentLexicon
    /// The rule set.
    public let mode: SentimentMode
    let compiled: CompiledLexicon
    let preparer: TextPreparer
    /// The tokenizer over `compiled` (plain pointers into it, made once).
    let tokenizer: SentimentTokenizer

    /// Creates a scorer.
    ///
    /// - Parameters:
    ///   - lexicon: valences and rule words.
    ///   - mode: `.news` (default rules for news) or `.vader` (the reference, exactly).
    ///   - neutralPhrases: names such as "United States" whose words carry no sentiment (news
    ///     mode only; added to the lexicon's own neutral phrases). Matched case-insensitively
    ///     as token sequences, longest first.
    public init(lexicon: SentimentLexicon, mode: SentimentMode, neutralPhrases: [String] = []) {
        self.lexicon = lexicon
        self.mode = mode
        if mode == .news && !neutralPhrases.isEmpty {
            let extra = neutralPhrases.map { SentimentTokenizer.words(of: $0) }
            compiled = CompiledLexicon(lexicon.definition, extraNeutralPhrases: extra)
        } else {
            compiled = lexicon.compiled
        }
        preparer = TextPreparer(emoji: compiled.emoji, foldQuotes: mode == .news)
        tokenizer = SentimentTokenizer(compiled: compiled)
    }

    /// Scores one sentence.
    public func score(_ sentence: String) -> (scores: SentimentScores, tone: ToneCounts) {
        var copy = sentence
        return copy.withUTF8 { score(utf8: $0) }
    }

    /// Scores one sentence given as UTF-8 bytes (the fast path; no allocation for a text without emoji).
    ///
    /// - Complexity: O(n) in the bytes. The text is copied once into scratch memory (typographic quotes folded
    ///   in news mode), then one pass tokenizes it and counts the emphasis punctuation; the rules run over the
    ///   lexicon words only. A text with an emoji is rewritten first.
    public func score(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (scores: SentimentScores, tone: ToneCounts) {
        let n = bytes.count
        return withScratch(for: n) { text, tokens, lexical in
            guard let length = preparer.copy(bytes, foldingInto: text) else {
                let prepared = preparer.prepare(bytes)
                return prepared.withUnsafeBufferPointer { score(unprepared: $0) }
            }
            return scoreCopied(text, count: length, tokens: tokens, lexical: lexical)
        }
    }

    /// Scores one sentence given as UTF-8 bytes in `scratch`, memory one thread reuses from sentence to sentence
    /// (`score(utf8:)` takes its memory from the stack, or from malloc for sentences above about 140 bytes).
    func score(utf8 bytes: UnsafeBufferPointer<UInt8>, scratch: SentimentScratch) -> (scores: SentimentScores, tone: ToneCounts) {
        let n = bytes.count
        let (text, tokens, lexical) = scratch.reserve(for: n)
        guard let length = preparer.copy(bytes, foldingInto: text) else {
            let prepared = preparer.prepare(bytes)
            return prepared.withUnsafeBufferPointer { score(unprepared: $0) }
        }
        return scoreCopied(text, count: length, tokens: tokens, lexical: lexical)
    }

    /// Scores a text that needs no preparation (the output of `prepare`).
    private func score(unprepared bytes: UnsafeBufferPointer<UInt8>) -> (scores: SentimentScores, tone: ToneCounts) {
        withScratch(for: bytes.count) { text, tokens, lexical in
            let length = TextPreparer.copy(bytes, into: text)
            return scoreCopied(text, count: length, tokens: tokens, lexical: lexical)
        }
    }

    @inline(__always)
    private func scoreCopied(_ text: UnsafeMutablePointer<UInt8>, count: Int, tokens: UnsafeMutablePointer<ScoringToken>,
                             lexical: UnsafeMutablePointer<Int32>) -> (scores: SentimentScores, tone: ToneCounts) {
        var summary = tokenizer.scan(text, count: count, tokens: tokens, lexical: lexical)
        return scoreTokens(tokens, summary: &summary, lexical: lexical)
    }

    /// Runs `body` with scratch memory for a text of `byteCount` bytes: the padded copy of the text, and room for
    /// its tokens and its list of lexicon tokens (tokens are separated by at least one byte). Sentences of up to
    /// about 150 bytes fit the 1 KB that lives on the stack without a check.
    @inline(__always)
    private func withScratch<R>(for byteCount: Int,
                                _ body: (UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<ScoringToken>, UnsafeMutablePointer<Int32>) -> R) -> R {
        let tokenRoom = byteCount / 2 + 1
        let tokenBytes = tokenRoom * MemoryLayout<ScoringToken>.stride
        let listBytes = (tokenRoom * MemoryLayout<Int32>.stride + 7) & ~7
        let size = tokenBytes + listBytes + byteCount + SentimentTokenizer.padding
        return withUnsafeTemporaryAllocation(byteCount: size, alignment: MemoryLayout<ScoringToken>.alignment) { raw in
            let base = raw.baseAddress.unsafelyUnwrapped
            let tokens = base.bindMemory(to: ScoringToken.self, capacity: tokenRoom)
            let lexical = (base + tokenBytes).bindMemory(to: Int32.self, capacity: tokenRoom)
            let text = (base + tokenBytes + listBytes).bindMemory(to: UInt8.self, capacity: byteCount + SentimentTokenizer.padding)
            return body(text, tokens, lexical)
        }
    }

    /// The rules over tokenized text.
    private func scoreTokens(_ tokens: UnsafeMutablePointer<ScoringToken>, summary: inout SentimentTokenizer.Summary,
                             lexical: UnsafeMutablePointer<Int32>) -> (scores: SentimentScores, tone: ToneCounts) {
        let count = summary.count
        guard count > 0 else { return (SentimentScores.zero, ToneCounts()) }
        if mode == .news && summary.lexical > 0 { matchPhrases(tokens, count: count, summary: &summary, lexical: lexical) }
        let emphasis = Self.punctuationEmphasis(exclamations: summary.exclamations, questions: summary.questions)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(summary.lexical, 1)) { valences in
            let sentiments = valences.baseAddress.unsafelyUnwrapped
            let style = mode == .news ? CaseStyle(upper: summary.upper, capitalised: summary.capitalised, lower: summary.lower) : .sentenceCase
            let rules = ValenceRules(tokens: tokens, count: count, compiled: compiled, mode: mode,
                                     capsDiffer: summary.upper > 0 && summary.upper < count && !style.shouted,
                                     namesByCase: mode == .news && !style.titled)
            // The positions overwrite the candidates they come from (never ahead of them).
            let found = rules.computeValences(candidates: lexical, count: summary.lexical, positions: lexical, valences: sentiments)
            let but = mode == .news ? summary.laterBut : summary.firstBut
            if but >= 0 { ValenceRules.applyBut(at: but, mode: mode, positions: lexical, valences: sentiments, count: found) }
            if mode == .news {
                for k in 0..<found where sentiments[k] > 0 { sentiments[k] *= NewsConstants.positiveWeight }
                if summary.reporting {
                    for k in 0..<found { sentiments[k] *= NewsConstants.reportedSpeechWeight }
                }
            }
            return Self.summarize(UnsafeBufferPointer(start: sentiments, count: found), tokens: count, emphasis: emphasis)
        }
    }

    /// Marks phrase matches: a neutral phrase's tokens become plain words; a multi-word term's
    /// first token carries the term's valence and the rest become plain words. Only listed tokens can start a
    /// phrase; when a marked token was a "but" or a reporting verb, those facts are looked up again.
    private func matchPhrases(_ tokens: UnsafeMutablePointer<ScoringToken>, count: Int, summary: inout SentimentTokenizer.Summary,
                              lexical: UnsafeMutablePointer<Int32>) {
        let buffer = UnsafeMutableBufferPointer(start: tokens, count: count)
        var next = 0
        var recount = false
        for k in 0..<summary.lexical {
            let i = Int(lexical[k])
            guard i >= next else { continue }
            let entry = tokens[i].entry
            guard entry >= 0, tokens[i].wordFlags.contains(.startsPhrase) else { continue }
            var matched = 0
            if i + 1 < count, let list = compiled.phrasesByFirstPair[SequenceKey(entry, tokens[i + 1].entry)] {
                for phrase in compiled.phraseLists[list] where i + phrase.words.count <= count {
                    var ok = true
                    for k in 2..<phrase.words.count where tokens[i + k].entry != phrase.words[k] { ok = false; break }
                    if ok { matched = mark(phrase, at: i, in: buffer, recount: &recount); break }
                }
            }
            if matched == 0, let phrase = compiled.singleWordPhrases[Int(entry)] { matched = mark(phrase, at: i, in: buffer, recount: &recount) }
            next = i + max(matched, 1)
        }
        if recount {
            summary.firstBut = -1
            summary.laterBut = -1
            summary.reporting = false
            for i in 0..<count {
                if tokens[i].rule == .but {
                    if summary.firstBut < 0 { summary.firstBut = i }
                    if i > 0 && summary.laterBut < 0 { summary.laterBut = i }
                }
                if tokens[i].wordFlags.contains(.reporting) { summary.reporting = true }
            }
        }
    }

    /// Applies a matched phrase at token `i`; returns its length.
    private func mark(_ phrase: CompiledLexicon.Phrase, at i: Int, in tokens: UnsafeMutableBufferPointer<ScoringToken>,
                      recount: inout Bool) -> Int {
        let matched = phrase.words.count
        for k in i..<(i + matched) {
            if tokens[k].rule == .but || tokens[k].wordFlags.contains(.reporting) { recount = true }
            tokens[k].assign(entry: ScoringToken.plainWord, from: compiled.entryBuffer)
            tokens[k].flags.remove(.containsNT)
        }
        if let synthetic = phrase.entry { tokens[i].assign(entry: synthetic, from: compiled.entryBuffer) }
        return matched
    }

    /// Punctuation emphasis, pos/neg/neu shares and compound, as the reference computes them, from the non-zero
    /// valences of a text of `tokens` tokens (in token order: the sums add them in the reference's order, and
    /// adding a zero changes no sum).
    static func summarize(_ sentiments: UnsafeBufferPointer<Double>, tokens: Int, emphasis: Double)
        -> (scores: SentimentScores, tone: ToneCounts)
    {
        var sum = 0.0
        var positiveSum = 0.0, negativeSum = 0.0
        var positiveWords = 0, negativeWords = 0
        for s in sentiments {
            sum += s
            if s > 0 { positiveSum += s + 1; positiveWords += 1 }
            if s < 0 { negativeSum += s - 1; negativeWords += 1 }
        }
        let neutralCount = tokens - positiveWords - negativeWords
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = normalize(sum)
        if positiveSum > abs(negativeSum) {
            positiveSum += emphasis
        } else if positiveSum < abs(negativeSum) {
            negativeSum -= emphasis
        }
        let total = positiveSum + abs(negativeSum) + Double(neutralCount)
        let scores = SentimentScores(negative: abs(negativeSum / total), neutral: abs(Double(neutralCount) / total),
                                     positive: abs(positiveSum / total), compound: compound)
        let tone = ToneCounts(words: tokens, positiveWords: positiveWords, negativeWords: negativeWords)
        return (scores, tone)
    }

    /// Emphasis from "!" (up to 4) and "?" (2 or more) anywhere in the text.
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let ep = Double(min(exclamations, VaderConstants.maxExclamations)) * VaderConstants.exclamationIncrement
        var qm = 0.0
        if questions >= VaderConstants.minQuestionMarks {
            qm = questions <= VaderConstants.maxCountedQuestionMarks
                ? Double(questions) * VaderConstants.questionIncrement : VaderConstants.questionCap
        }
        return ep + qm
    }

    /// compound = score / sqrt(score² + alpha), clamped to −1...1.
    static func normalize(_ score: Double) -> Double {
        let value = score / (score * score + VaderConstants.normalizationAlpha).squareRoot()
        return min(1, max(-1, value))
    }
}
