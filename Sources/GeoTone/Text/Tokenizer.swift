/// Splits UTF-8 text into tokens and sentences in one pass over the bytes.
///
/// Rules (see `Documentation/Detection.md`):
/// - a token is a run of letters and digits; bytes ≥ 0x80 are letters unless they start a
///   typographic quote, dash or space; internal apostrophes stay (`O'Brien`), a final
///   possessive `'s` is kept in the token but left out of its hash;
/// - dotted abbreviations of single letters stay one token (`U.S.`, `U.K.`, `U.S.A.`);
/// - a hyphen between two tokens splits them and sets ``TokenFlags/hyphenAfter`` /
///   ``TokenFlags/hyphenBefore``;
/// - a sentence ends after `.`, `!`, `?` or `…` followed by white space and then a capital,
///   digit, non-ASCII letter or quote, unless the word before the dot is a listed abbreviation
///   or a single capital initial; a blank line always ends a sentence;
/// - a line with at least ``minimumCapsLineTokens`` lettered tokens and no lower-case letter is
///   an all-caps segment (``TokenFlags/allCapsSegment``).
public struct Tokenizer: Sendable {
    /// Fewest tokens with letters a line needs to count as written in capitals: one lone
    /// capitalised word (`OPEC`) says nothing about the line.
    public static let minimumCapsLineTokens = 2

    private let classes: [UInt8]
    private let abbreviations: AbbreviationList

    /// A tokenizer that knows no abbreviations beyond initials and dotted forms.
    public init() {
        self.init(abbreviations: AbbreviationList())
    }

    /// A tokenizer that does not end sentences after the given abbreviations.
    public init(abbreviations: AbbreviationList) {
        classes = ByteClass.table()
        self.abbreviations = abbreviations
    }

    /// Tokenizes a byte array into a fresh ``TokenizedText`` (convenience; allocates).
    public func tokenize(_ bytes: [UInt8]) -> TokenizedText {
        var text = TokenizedText()
        bytes.withUnsafeBufferPointer { tokenize($0, into: &text) }
        return text
    }

    /// Tokenizes `bytes`, replacing the contents of `text` (its capacity is reused).
    /// - Complexity: O(n) in the number of bytes, one pass plus a pass over each line's tokens.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into text: inout TokenizedText) {
        text.removeAll()
        classes.withUnsafeBufferPointer { cls in
            var state = ScanState()
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                let c = cls[Int(b)]
                switch c {
                case ByteClass.lower.rawValue, ByteClass.upper.rawValue, ByteClass.digit.rawValue:
                    i = scanToken(bytes, cls, at: i, state: &state, into: &text)
                case ByteClass.high.rawValue:
                    switch HighSequence.classify(bytes, i) {
                    case .letter:
                        i = scanToken(bytes, cls, at: i, state: &state, into: &text)
                    case .space(let len):
                        state.whitespaceAfterTerminator = state.terminatorPending
                        i += len
                    case .apostrophe(let len), .punctuation(let len):
                        state.quoteAfterTerminator = state.whitespaceAfterTerminator
                        state.clearHyphen()
                        i += len
                    case .hyphen(let len):
                        i = noteHyphen(at: i, length: len, text: &text, state: &state)
                    case .softHyphen(let len):
                        i += len
                    case .terminator(let len):
                        state.terminatorPending = true
                        state.whitespaceAfterTerminator = false
                        state.clearHyphen()
                        i += len
                    }
                case ByteClass.space.rawValue:
                    state.whitespaceAfterTerminator = state.terminatorPending
                    state.clearHyphen()
                    i += 1
                case ByteClass.newline.rawValue:
                    state.whitespaceAfterTerminator = state.terminatorPending
                    state.clearHyphen()
                    state.newlineRun += 1
                    if state.newlineRun >= 2 { state.paragraphBreak = true }
                    closeLine(&state, &text)
                    i += 1
                    continue
                case ByteClass.hyphen.rawValue:
                    i = noteHyphen(at: i, length: 1, text: &text, state: &state)
                case ByteClass.dot.rawValue, ByteClass.terminator.rawValue:
                    if (state.lastTokenEnd == i && !state.lastTokenDotted) || state.terminatorPending {
                        if !(c == ByteClass.dot.rawValue && state.lastTokenEnd == i && lastTokenBlocksDot(text)) {
                            state.terminatorPending = true
                            state.whitespaceAfterTerminator = false
                        }
                    }
                    state.clearHyphen()
                    i += 1
                default:
                    if state.terminatorPending { state.quoteAfterTerminator = state.whitespaceAfterTerminator }
                    if state.lastTokenEnd == i, b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "\"") {
                        // `(EFE).` and `"No."`: a closer keeps the dot next to the word.
                        state.lastTokenEnd = i + 1
                    }
                    state.clearHyphen()
                    i += 1
                }
                if c != ByteClass.space.rawValue { state.newlineRun = 0 }
            }
            closeLine(&state, &text)
            if text.tokens.count > state.sentenceStart {
                closeSentence(upTo: text.tokens.count, &state, &text)
            }
        }
    }

    // MARK: - Scanning

    /// Mutable state of one tokenize call.
    private struct ScanState {
        var sentenceStart = 0
        var lineStart = 0
        var lineLettered = 0
        var lineHasLower = false
        var lastTokenEnd = -1
        var lastTokenDotted = false
        var terminatorPending = false
        var whitespaceAfterTerminator = false
        var quoteAfterTerminator = false
        var paragraphBreak = false
        var newlineRun = 0
        /// Byte just after a hyphen that directly follows the last token, or -1.
        var hyphenJoinsAt = -1

        mutating func clearHyphen() { hyphenJoinsAt = -1 }
    }

    private func noteHyphen(at i: Int, length: Int, text: inout TokenizedText, state: inout ScanState) -> Int {
        if state.lastTokenEnd == i { state.hyphenJoinsAt = i + length } else { state.hyphenJoinsAt = -1 }
        return i + length
    }

    private func closeLine(_ state: inout ScanState, _ text: inout TokenizedText) {
        let count = text.tokens.count
        if state.lineLettered >= Tokenizer.minimumCapsLineTokens && !state.lineHasLower {
            text.tokens.withUnsafeMutableBufferPointer { t in
                for k in state.lineStart..<count { t[k].flags.insert(.allCapsSegment) }
            }
        }
        state.lineStart = count
        state.lineLettered = 0
        state.lineHasLower = false
    }

    private func closeSentence(upTo end: Int, _ state: inout ScanState, _ text: inout TokenizedText) {
        let start = state.sentenceStart
        text.sentences.append(start..<end)
        text.sentenceByteRanges.append(Int(text.tokens[start].start)..<Int(text.tokens[end - 1].end))
        state.sentenceStart = end
    }

    /// Whether a dot right after the last token does not end a sentence: the token is a listed
    /// abbreviation or a single capital initial.
    private func lastTokenBlocksDot(_ text: TokenizedText) -> Bool {
        guard let t = text.tokens.last else { return false }
        if t.flags.contains(.dottedAbbreviation) { return false }
        if t.end - t.start == 1 && t.flags.contains(.firstUpper) { return true }
        return abbreviations.contains(t.hash)
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt8) -> Bool {
        c == ByteClass.lower.rawValue || c == ByteClass.upper.rawValue
    }

    @inline(__always)
    private static func isWordClass(_ c: UInt8) -> Bool {
        c == ByteClass.lower.rawValue || c == ByteClass.upper.rawValue || c == ByteClass.digit.rawValue
            || c == ByteClass.high.rawValue
    }

    /// Scans one token starting at `start`; appends it and returns the index after it.
    private func scanToken(
        _ p: UnsafeBufferPointer<UInt8>, _ cls: UnsafeBufferPointer<UInt8>, at start: Int,
        state: inout ScanState, into text: inout TokenizedText
    ) -> Int {
        let n = p.count
        var h = TokenHash.offsetBasis
        var flags: TokenFlags = []
        var sawLetter = false
        var j = start
        var coreEnd = -1
        var isDotted = false

        // Dotted abbreviation: two or more single ASCII letters each followed by a dot.
        if Tokenizer.isASCIILetter(cls[Int(p[start])]), start + 2 < n, p[start + 1] == UInt8(ascii: "."),
           Tokenizer.isASCIILetter(cls[Int(p[start + 2])]) {
            var k = start, letters = 0
            var dh = TokenHash.offsetBasis
            while k + 1 < n, Tokenizer.isASCIILetter(cls[Int(p[k])]), p[k + 1] == UInt8(ascii: ".") {
                dh = TokenHash.combine(TokenHash.combine(dh, p[k] | 0x20), UInt8(ascii: "."))
                k += 2
                letters += 1
            }
            if k < n, Tokenizer.isASCIILetter(cls[Int(p[k])]),
               k + 1 >= n || !Tokenizer.isWordClass(cls[Int(p[k + 1])]) {
                dh = TokenHash.combine(TokenHash.combine(dh, p[k] | 0x20), UInt8(ascii: "."))
                k += 1
                letters += 1
            }
            if letters >= 2, k >= n || !Tokenizer.isWordClass(cls[Int(p[k])]) {
                var hasLower = false, firstUpper = false
                var q = start
                while q < k {
                    if cls[Int(p[q])] == ByteClass.lower.rawValue { hasLower = true }
                    if q == start { firstUpper = cls[Int(p[q])] == ByteClass.upper.rawValue }
                    q += 2
                }
                flags = [.hasLetter, .dottedAbbreviation]
                if firstUpper { flags.insert(.firstUpper) }
                if hasLower { flags.insert(.hasLower) } else { flags.insert(.allUpper) }
                h = dh
                j = k
                isDotted = true
            }
        }

        if !isDotted {
            var aposAt = -1, aposLength = 0
            var hashBeforeApos = h
            scan: while j < n {
                let b = p[j]
                switch cls[Int(b)] {
                case ByteClass.lower.rawValue:
                    if !sawLetter { sawLetter = true }
                    flags.insert(.hasLower)
                    h = TokenHash.combine(h, b)
                    j += 1
                    // Fast path: the rest of a lower-case run without the class switch.
                    while j < n {
                        let next = p[j]
                        guard next &- UInt8(ascii: "a") < 26 else { break }
                        h = TokenHash.combine(h, next)
                        j += 1
                    }
                case ByteClass.upper.rawValue:
                    if !sawLetter { sawLetter = true; flags.insert(.firstUpper) }
                    h = TokenHash.combine(h, b | 0x20)
                    j += 1
                case ByteClass.digit.rawValue:
                    flags.insert(.hasDigit)
                    h = TokenHash.combine(h, b)
                    j += 1
                case ByteClass.high.rawValue:
                    if b == 0xC3, j + 1 < n, p[j + 1] >= 0x80, p[j + 1] <= 0xBF {
                        // Latin-1 supplement letters: fold À–Þ (except ×) to à–þ.
                        var b2 = p[j + 1]
                        let upper = b2 <= 0x9E && b2 != 0x97
                        if upper { b2 += 0x20 }
                        if !sawLetter { sawLetter = true; if upper { flags.insert(.firstUpper) } }
                        if !upper { flags.insert(.hasLower) }
                        h = TokenHash.combine(TokenHash.combine(h, b), b2)
                        j += 2
                        continue scan
                    }
                    switch HighSequence.classify(p, j) {
                    case .letter:
                        sawLetter = true
                        h = TokenHash.combine(h, b)
                        j += 1
                    case .softHyphen(let len):
                        if j + len < n, Tokenizer.isWordClass(cls[Int(p[j + len])]) { j += len } else { break scan }
                    case .apostrophe(let len):
                        if j + len < n, Tokenizer.isWordClass(cls[Int(p[j + len])]) {
                            aposAt = j; aposLength = len; hashBeforeApos = h
                            h = TokenHash.combine(h, UInt8(ascii: "'"))
                            j += len
                        } else { break scan }
                    default:
                        break scan
                    }
                case ByteClass.apostrophe.rawValue:
                    if j + 1 < n, Tokenizer.isWordClass(cls[Int(p[j + 1])]) {
                        aposAt = j; aposLength = 1; hashBeforeApos = h
                        h = TokenHash.combine(h, b)
                        j += 1
                    } else { break scan }
                case ByteClass.dot.rawValue, ByteClass.comma.rawValue:
                    // Keep digit groups together: 1.5, 5,000.
                    if j > start, cls[Int(p[j - 1])] == ByteClass.digit.rawValue, j + 1 < n,
                       cls[Int(p[j + 1])] == ByteClass.digit.rawValue {
                        h = TokenHash.combine(h, b)
                        j += 1
                    } else { break scan }
                default:
                    break scan
                }
            }
            if aposAt >= 0, j == aposAt + aposLength + 1, p[j - 1] | 0x20 == UInt8(ascii: "s") {
                h = hashBeforeApos
                coreEnd = aposAt
                flags.insert(.possessive)
            }
            if sawLetter {
                flags.insert(.hasLetter)
                if !flags.contains(.hasLower) { flags.insert(.allUpper) }
            }
        }

        // Sentence break before this token?
        let index = text.tokens.count
        if index > state.sentenceStart {
            var breakHere = state.paragraphBreak
            if !breakHere, state.terminatorPending, state.whitespaceAfterTerminator {
                let startsLikeSentence = flags.contains(.firstUpper) || cls[Int(p[start])] == ByteClass.digit.rawValue
                    || (cls[Int(p[start])] == ByteClass.high.rawValue && !flags.contains(.hasLower))
                breakHere = startsLikeSentence || state.quoteAfterTerminator
            }
            if breakHere { closeSentence(upTo: index, &state, &text) }
        }
        if index == state.sentenceStart { flags.insert(.sentenceInitial) }
        state.paragraphBreak = false
        state.terminatorPending = false
        state.whitespaceAfterTerminator = false
        state.quoteAfterTerminator = false

        // Hyphen joining this token to the previous one.
        if state.hyphenJoinsAt == start, index > 0 {
            flags.insert(.hyphenBefore)
            text.tokens[index - 1].flags.insert(.hyphenAfter)
        }
        state.hyphenJoinsAt = -1

        if flags.contains(.hasLetter) {
            state.lineLettered += 1
            if flags.contains(.hasLower) { state.lineHasLower = true }
        }
        let end = j
        text.tokens.append(Token(start: Int32(start), end: Int32(end), coreEnd: Int32(coreEnd >= 0 ? coreEnd : end),
                                 flags: flags, hash: h))
        state.lastTokenEnd = end
        state.lastTokenDotted = isDotted
        // A dot after a listed abbreviation or a single capital initial does not end a sentence.
        return end
    }
}
