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
    }

    /// Scores one sentence.
    public func score(_ sentence: String) -> (scores: SentimentScores, tone: ToneCounts) {
        var copy = sentence
        return copy.withUTF8 { score(utf8: $0) }
    }

    /// Scores one sentence given as UTF-8 bytes (the fast path; no per-token allocation for
    /// ASCII words).
    ///
    /// - Complexity: O(n) in the bytes. One pass tokenizes and counts the emphasis punctuation; a text with an emoji (or, in news
    /// mode, a typographic quote) is rewritten first and tokenized again.
    public func score(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (scores: SentimentScores, tone: ToneCounts) {
        let tokenizer = SentimentTokenizer(compiled: compiled)
        let result: (scores: SentimentScores, tone: ToneCounts)? = withTokenBuffer(for: bytes.count) { tokens in
            let summary = tokenizer.tokenize(bytes, into: tokens, preparer: preparer)
            if summary.needsPreparation { return nil }
            return scoreTokens(UnsafeMutableBufferPointer(rebasing: tokens[0..<summary.count]), summary: summary)
        }
        if let result { return result }
        let prepared = preparer.prepare(bytes)
        return prepared.withUnsafeBufferPointer { text in
            withTokenBuffer(for: text.count) { tokens in
                let summary = tokenizer.tokenize(text, into: tokens, preparer: nil)
                return scoreTokens(UnsafeMutableBufferPointer(rebasing: tokens[0..<summary.count]), summary: summary)
            }
        }
    }

    /// Runs `body` with room for the tokens of a text of `byteCount` bytes (tokens are separated
    /// by at least one byte). Small buffers live on the stack.
    @inline(__always)
    private func withTokenBuffer<R>(for byteCount: Int, _ body: (UnsafeMutableBufferPointer<ScoringToken>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: ScoringToken.self, capacity: byteCount / 2 + 1, body)
    }

    /// The rules over tokenized text.
    private func scoreTokens(_ tokens: UnsafeMutableBufferPointer<ScoringToken>, summary: SentimentTokenizer.Summary)
        -> (scores: SentimentScores, tone: ToneCounts)
    {
        let count = tokens.count
        guard count > 0 else { return (SentimentScores.zero, ToneCounts()) }
        if mode == .news { matchPhrases(tokens) }
        let emphasis = Self.punctuationEmphasis(exclamations: summary.exclamations, questions: summary.questions)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { sentiments in
            let style = mode == .news ? CaseStyle(upper: summary.upper, capitalised: summary.capitalised, lower: summary.lower) : .sentenceCase
            let rules = ValenceRules(tokens: UnsafeBufferPointer(tokens), compiled: compiled, mode: mode,
                                     capsDiffer: summary.upper > 0 && summary.upper < count && !style.shouted,
                                     namesByCase: mode == .news && !style.titled)
            rules.computeValences(into: sentiments)
            rules.applyBut(sentiments)
            if mode == .news {
                for k in 0..<count where sentiments[k] > 0 { sentiments[k] *= NewsConstants.positiveWeight }
                if tokens.contains(where: { $0.wordFlags.contains(.reporting) }) {
                    for k in 0..<count { sentiments[k] *= NewsConstants.reportedSpeechWeight }
                }
            }
            return Self.summarize(UnsafeBufferPointer(sentiments), emphasis: emphasis)
        }
    }

    /// Marks phrase matches: a neutral phrase's tokens become plain words; a multi-word term's
    /// first token carries the term's valence and the rest become plain words.
    private func matchPhrases(_ tokens: UnsafeMutableBufferPointer<ScoringToken>) {
        var i = 0
        while i < tokens.count {
            let entry = tokens[i].entry
            guard entry >= 0, tokens[i].wordFlags.contains(.startsPhrase) else { i += 1; continue }
            var matched = 0
            if i + 1 < tokens.count, let list = compiled.phrasesByFirstPair[SequenceKey(entry, tokens[i + 1].entry)] {
                for phrase in compiled.phraseLists[list] where i + phrase.words.count <= tokens.count {
                    var ok = true
                    for k in 2..<phrase.words.count where tokens[i + k].entry != phrase.words[k] { ok = false; break }
                    if ok { matched = mark(phrase, at: i, in: tokens); break }
                }
            }
            if matched == 0, let phrase = compiled.singleWordPhrases[Int(entry)] { matched = mark(phrase, at: i, in: tokens) }
            i += max(matched, 1)
        }
    }

    /// Applies a matched phrase at token `i`; returns its length.
    private func mark(_ phrase: CompiledLexicon.Phrase, at i: Int, in tokens: UnsafeMutableBufferPointer<ScoringToken>) -> Int {
        let matched = phrase.words.count
        for k in i..<(i + matched) {
            tokens[k].assign(entry: ScoringToken.plainWord, from: compiled.entryBuffer)
            tokens[k].flags.remove(.containsNT)
        }
        if let synthetic = phrase.entry { tokens[i].assign(entry: synthetic, from: compiled.entryBuffer) }
        return matched
    }

    /// Punctuation emphasis, pos/neg/neu shares and compound, as the reference computes them.
    static func summarize(_ sentiments: UnsafeBufferPointer<Double>, emphasis: Double)
        -> (scores: SentimentScores, tone: ToneCounts)
    {
        var sum = 0.0
        var positiveSum = 0.0, negativeSum = 0.0
        var neutralCount = 0, positiveWords = 0, negativeWords = 0
        for s in sentiments {
            sum += s
            if s > 0 { positiveSum += s + 1; positiveWords += 1 }
            if s < 0 { negativeSum += s - 1; negativeWords += 1 }
            if s == 0 { neutralCount += 1 }
        }
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
        let tone = ToneCounts(words: sentiments.count, positiveWords: positiveWords, negativeWords: negativeWords)
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
