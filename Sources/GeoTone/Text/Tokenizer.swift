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
        bytes.withUnsafeBufferPointer { tokenize($0, into: &text, keepingScratch: false) }
        return text
    }

    /// Tokenizes `bytes`, replacing the contents of `text` (its capacity is reused).
    ///
    /// Tokens are written into a scratch buffer sized for the most tokens `bytes` can hold (two tokens always have a
    /// byte between them, so at most `count / 2 + 1`), then copied into `text.tokens` in one block: the hot loop
    /// keeps its state in locals and stores each token with one write, with no per-token `append`. The scratch
    /// buffer is the text's own (``TokenScratch``), kept from call to call up to a limit, so tokenizing many short
    /// texts with one `TokenizedText` (`geotone countries`, a line each) allocates nothing once it has grown.
    /// - Complexity: O(n) in the number of bytes, one pass plus a pass over each line's tokens.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into text: inout TokenizedText) {
        tokenize(bytes, into: &text, keepingScratch: true)
    }

    private func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into text: inout TokenizedText, keepingScratch: Bool) {
        let bound = bytes.count / 2 + 2
        guard keepingScratch && bound <= TokenScratch.keptCapacity else {
            // A long text, or one tokenized once: scratch memory of its size for this call only.
            withUnsafeTemporaryAllocation(of: Token.self, capacity: bound) { buffer in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: bound) { ends in
                    fill(&text, bytes, buffer.baseAddress!, ends.baseAddress!, bound, nil, nil)
                }
            }
            return
        }
        if !isKnownUniquelyReferenced(&text.scratch) { text.scratch = TokenScratch() }
        let scratch = text.scratch!
        scratch.reserve(bound)
        fill(&text, bytes, scratch.tokens, scratch.ends, bound, scratch.sentences, scratch.sentenceByteRanges)
    }

    /// Scans `bytes` into `tok` and `sentenceEnds` (room for `bound` each; `ranges` and `byteRanges` too, a text has
    /// no more sentences than tokens, or nil for room of the text's sentences for this call) and puts tokens and
    /// sentences in `text`.
    @inline(__always)
    private func fill(_ text: inout TokenizedText, _ bytes: UnsafeBufferPointer<UInt8>, _ tok: UnsafeMutablePointer<Token>,
                      _ sentenceEnds: UnsafeMutablePointer<Int>, _ bound: Int,
                      _ ranges: UnsafeMutablePointer<Range<Int>>?, _ byteRanges: UnsafeMutablePointer<Range<Int>>?) {
        var sentenceCount = 0
        let count = classes.withUnsafeBufferPointer { cls in
            scan(bytes, cls, tok, capacity: bound, sentenceEnds, &sentenceCount)
        }
        text.tokens.replaceSubrange(0..<text.tokens.count, with: UnsafeBufferPointer(start: tok, count: count))
        guard let ranges, let byteRanges else {
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 2 * sentenceCount + 2) { room in
                let r = room.baseAddress!
                putSentences(&text, tok, sentenceEnds, sentenceCount, r, r + sentenceCount + 1)
            }
            return
        }
        putSentences(&text, tok, sentenceEnds, sentenceCount, ranges, byteRanges)
    }

    /// The sentences from their ends, through `ranges` and `byteRanges` (room for `sentenceCount` each).
    @inline(__always)
    private func putSentences(_ text: inout TokenizedText, _ tok: UnsafeMutablePointer<Token>,
                              _ sentenceEnds: UnsafeMutablePointer<Int>, _ sentenceCount: Int,
                              _ ranges: UnsafeMutablePointer<Range<Int>>, _ byteRanges: UnsafeMutablePointer<Range<Int>>) {
        // Sentences follow each other from token 0: each starts where the one before it ended.
        var start = 0
        for k in 0..<sentenceCount {
            let end = sentenceEnds[k]
            (ranges + k).initialize(to: start..<end)
            (byteRanges + k).initialize(to: Int(tok[start].start)..<Int(tok[end - 1].end))
            start = end
        }
        text.sentences.replaceSubrange(0..<text.sentences.count,
                                       with: UnsafeBufferPointer(start: ranges, count: sentenceCount))
        text.sentenceByteRanges.replaceSubrange(0..<text.sentenceByteRanges.count,
                                                with: UnsafeBufferPointer(start: byteRanges, count: sentenceCount))
    }

    // MARK: - Scanning

    /// The scan itself: writes the tokens to `tok` and returns their number; writes where each sentence ends.
    private func scan(
        _ p: UnsafeBufferPointer<UInt8>, _ cls: UnsafeBufferPointer<UInt8>, _ tok: UnsafeMutablePointer<Token>,
        capacity: Int, _ sentenceEnds: UnsafeMutablePointer<Int>, _ sentenceCount: inout Int
    ) -> Int {
        let lowerClass = ByteClass.lower.rawValue, upperClass = ByteClass.upper.rawValue
        let digitClass = ByteClass.digit.rawValue, highClass = ByteClass.high.rawValue
        let spaceClass = ByteClass.space.rawValue
        // The byte classes that end a word begun by letters whatever follows: every class but letters, digits, high
        // bytes and the apostrophe (a dot or comma joins only digits).
        let plainStops: UInt32 = 1 << UInt32(ByteClass.other.rawValue) | 1 << UInt32(spaceClass)
            | 1 << UInt32(ByteClass.newline.rawValue) | 1 << UInt32(ByteClass.dot.rawValue)
            | 1 << UInt32(ByteClass.hyphen.rawValue) | 1 << UInt32(ByteClass.terminator.rawValue)
            | 1 << UInt32(ByteClass.comma.rawValue)
        var count = 0
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

        var sentences = 0
        @inline(__always) func closeSentence(upTo end: Int) {
            sentenceEnds[sentences] = end
            sentences &+= 1
            sentenceStart = end
        }
        @inline(__always) func closeLine() {
            if lineLettered >= Tokenizer.minimumCapsLineTokens && !lineHasLower {
                for k in lineStart..<count { tok[k].flags.insert(.allCapsSegment) }
            }
            lineStart = count
            lineLettered = 0
            lineHasLower = false
        }

        let n = p.count
        // Offsets are stored as Int32: checked once here rather than per token.
        precondition(n <= Int(Int32.max), "Tokenizer: text longer than Int32.max bytes")
        guard n > 0 else { return 0 }
        let raw = UnsafeRawPointer(p.baseAddress!)
        var i = 0
        while i < n {
            let b = p[i]
            let c = cls[Int(b)]
            var startsToken = c &- lowerClass < 3   // lower, upper or digit
            if !startsToken {
                switch c {
                case highClass:
                    switch HighSequence.classify(p, i) {
                    case .letter:
                        startsToken = true
                    case .space(let len):
                        whitespaceAfterTerminator = terminatorPending
                        i &+= len
                    case .apostrophe(let len), .punctuation(let len):
                        quoteAfterTerminator = whitespaceAfterTerminator
                        hyphenJoinsAt = -1
                        i &+= len
                    case .hyphen(let len):
                        hyphenJoinsAt = lastTokenEnd == i ? i + len : -1
                        i &+= len
                    case .softHyphen(let len):
                        i &+= len
                    case .terminator(let len):
                        terminatorPending = true
                        whitespaceAfterTerminator = false
                        hyphenJoinsAt = -1
                        i &+= len
                    }
                    if !startsToken {
                        newlineRun = 0
                        continue
                    }
                case spaceClass:
                    whitespaceAfterTerminator = terminatorPending
                    hyphenJoinsAt = -1
                    i &+= 1
                    continue
                case ByteClass.newline.rawValue:
                    whitespaceAfterTerminator = terminatorPending
                    hyphenJoinsAt = -1
                    newlineRun += 1
                    if newlineRun >= 2 { paragraphBreak = true }
                    closeLine()
                    i &+= 1
                    continue
                case ByteClass.hyphen.rawValue:
                    hyphenJoinsAt = lastTokenEnd == i ? i + 1 : -1
                    i &+= 1
                    newlineRun = 0
                    continue
                case ByteClass.dot.rawValue, ByteClass.terminator.rawValue:
                    if (lastTokenEnd == i && !lastTokenDotted) || terminatorPending {
                        if !(c == ByteClass.dot.rawValue && lastTokenEnd == i && lastTokenBlocksDot(tok, count)) {
                            terminatorPending = true
                            whitespaceAfterTerminator = false
                        }
                    }
                    hyphenJoinsAt = -1
                    i &+= 1
                    newlineRun = 0
                    continue
                default:
                    if terminatorPending { quoteAfterTerminator = whitespaceAfterTerminator }
                    if lastTokenEnd == i, b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "\"") {
                        // `(EFE).` and `"No."`: a closer keeps the dot next to the word.
                        lastTokenEnd = i + 1
                    }
                    hyphenJoinsAt = -1
                    i &+= 1
                    newlineRun = 0
                    continue
                }
            }

            // MARK: One token from `start`.
            let start = i
            var h = TokenHash.seed
            var flags: UInt16 = 0
            var sawLetter = false
            var j = start
            var coreEnd = -1
            var isDotted = false

            // The common shape first: an ASCII letter, lower-case letters, then a byte that ends any word (space,
            // punctuation but an apostrophe; a dot only after two letters, so no `U.S.` starts here). Anything else
            // is scanned again by the general rules below.
            var plain = false
            if c == lowerClass || c == upperClass {
                var fh: UInt64
                var fj: Int
                if start &+ 8 <= n {
                    // The first word with its first byte folded: its lower-case run is the token when shorter than 8.
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)) | 0x20
                    let run = Tokenizer.lowercaseRun(w)
                    if run < 8 {
                        fh = TokenHash.ofWord(w, count: run)
                        fj = start &+ run
                    } else {
                        var hb = TokenHash.Builder()
                        hb.addWord(w, count: 8)
                        fj = start &+ 8
                        Tokenizer.hashLowercaseRun(p, from: &fj, into: &hb)
                        fh = hb.value
                    }
                } else {
                    var hb = TokenHash.Builder()
                    hb.add(b | 0x20)
                    fj = start &+ 1
                    Tokenizer.hashLowercaseRun(p, from: &fj, into: &hb)
                    fh = hb.value
                }
                let stops = fj >= n || (plainStops >> UInt32(cls[Int(p[fj])])) & 1 != 0
                if stops && !(fj == start &+ 1 && fj < n && p[fj] == UInt8(ascii: ".")) {
                    plain = true
                    h = fh
                    j = fj
                    let anyLower = c == lowerClass || fj > start &+ 1
                    flags = TokenFlags.hasLetter.rawValue
                        | (c == upperClass ? TokenFlags.firstUpper.rawValue : 0)
                        | (anyLower ? TokenFlags.hasLower.rawValue : TokenFlags.allUpper.rawValue)
                }
            }

            if !plain {
                // Dotted abbreviation: two or more single ASCII letters each followed by a dot.
                if start + 2 < n, p[start + 1] == UInt8(ascii: "."), Tokenizer.isASCIILetter(c),
                   Tokenizer.isASCIILetter(cls[Int(p[start + 2])]) {
                    var k = start, letters = 0
                    var dh = TokenHash.Builder()
                    while k + 1 < n, Tokenizer.isASCIILetter(cls[Int(p[k])]), p[k + 1] == UInt8(ascii: ".") {
                        dh.add(p[k] | 0x20); dh.add(UInt8(ascii: "."))
                        k &+= 2
                        letters += 1
                    }
                    if k < n, Tokenizer.isASCIILetter(cls[Int(p[k])]),
                       k + 1 >= n || !Tokenizer.isWordClass(cls[Int(p[k + 1])]) {
                        dh.add(p[k] | 0x20); dh.add(UInt8(ascii: "."))
                        k &+= 1
                        letters += 1
                    }
                    if letters >= 2, k >= n || !Tokenizer.isWordClass(cls[Int(p[k])]) {
                        var hasLower = false
                        let firstUpper = c == upperClass
                        var q = start
                        while q < k {
                            if cls[Int(p[q])] == lowerClass { hasLower = true }
                            q &+= 2
                        }
                        flags = TokenFlags.hasLetter.rawValue | TokenFlags.dottedAbbreviation.rawValue
                        if firstUpper { flags |= TokenFlags.firstUpper.rawValue }
                        flags |= hasLower ? TokenFlags.hasLower.rawValue : TokenFlags.allUpper.rawValue
                        h = dh.value
                        j = k
                        isDotted = true
                    }
                }

                if !isDotted {
                    var aposAt = -1, aposLength = 0
                    var gh = TokenHash.Builder()
                    var hashBeforeApos = gh
                    scan: while j < n {
                        let b = p[j]
                        if b &- UInt8(ascii: "a") < 26 {
                            // A lower-case run, without the class switch.
                            sawLetter = true
                            flags |= TokenFlags.hasLower.rawValue
                            gh.add(b)
                            j &+= 1
                            Tokenizer.hashLowercaseRun(p, from: &j, into: &gh)
                            continue scan
                        }
                        switch cls[Int(b)] {
                        case upperClass:
                            if !sawLetter { sawLetter = true; flags |= TokenFlags.firstUpper.rawValue }
                            gh.add(b | 0x20)
                            j &+= 1
                        case digitClass:
                            flags |= TokenFlags.hasDigit.rawValue
                            gh.add(b)
                            j &+= 1
                        case highClass:
                            if b == 0xC3, j + 1 < n, p[j + 1] >= 0x80, p[j + 1] <= 0xBF {
                                // Latin-1 supplement letters: fold À–Þ (except ×) to à–þ.
                                var b2 = p[j + 1]
                                let upper = b2 <= 0x9E && b2 != 0x97
                                if upper { b2 += 0x20 }
                                if !sawLetter { sawLetter = true; if upper { flags |= TokenFlags.firstUpper.rawValue } }
                                if !upper { flags |= TokenFlags.hasLower.rawValue }
                                gh.add(b); gh.add(b2)
                                j &+= 2
                                continue scan
                            }
                            switch HighSequence.classify(p, j) {
                            case .letter:
                                sawLetter = true
                                gh.add(b)
                                j &+= 1
                            case .softHyphen(let len):
                                if j + len < n, Tokenizer.isWordClass(cls[Int(p[j + len])]) { j &+= len } else { break scan }
                            case .apostrophe(let len):
                                if j + len < n, Tokenizer.isWordClass(cls[Int(p[j + len])]) {
                                    aposAt = j; aposLength = len; hashBeforeApos = gh
                                    gh.add(UInt8(ascii: "'"))
                                    j &+= len
                                } else { break scan }
                            default:
                                break scan
                            }
                        case ByteClass.apostrophe.rawValue:
                            if j + 1 < n, Tokenizer.isWordClass(cls[Int(p[j + 1])]) {
                                aposAt = j; aposLength = 1; hashBeforeApos = gh
                                gh.add(b)
                                j &+= 1
                            } else { break scan }
                        case ByteClass.dot.rawValue, ByteClass.comma.rawValue:
                            // Keep digit groups together: 1.5, 5,000.
                            if j > start, cls[Int(p[j - 1])] == digitClass, j + 1 < n, cls[Int(p[j + 1])] == digitClass {
                                gh.add(b)
                                j &+= 1
                            } else { break scan }
                        default:
                            break scan
                        }
                    }
                    if aposAt >= 0, j == aposAt + aposLength + 1, p[j - 1] | 0x20 == UInt8(ascii: "s") {
                        gh = hashBeforeApos
                        coreEnd = aposAt
                        flags |= TokenFlags.possessive.rawValue
                    }
                    h = gh.value
                    if sawLetter {
                        flags |= TokenFlags.hasLetter.rawValue
                        if flags & TokenFlags.hasLower.rawValue == 0 { flags |= TokenFlags.allUpper.rawValue }
                    }
                }
            }

            // Sentence break before this token?
            if count > sentenceStart {
                var breakHere = paragraphBreak
                if !breakHere, terminatorPending, whitespaceAfterTerminator {
                    let startsLikeSentence = flags & TokenFlags.firstUpper.rawValue != 0 || c == digitClass
                        || (c == highClass && flags & TokenFlags.hasLower.rawValue == 0)
                    breakHere = startsLikeSentence || quoteAfterTerminator
                }
                if breakHere { closeSentence(upTo: count) }
            }
            if count == sentenceStart { flags |= TokenFlags.sentenceInitial.rawValue }
            paragraphBreak = false
            terminatorPending = false
            whitespaceAfterTerminator = false
            quoteAfterTerminator = false

            // Hyphen joining this token to the previous one.
            if hyphenJoinsAt == start, count > 0 {
                flags |= TokenFlags.hyphenBefore.rawValue
                tok[count - 1].flags.insert(.hyphenAfter)
            }
            hyphenJoinsAt = -1

            if flags & TokenFlags.hasLetter.rawValue != 0 {
                lineLettered += 1
                if flags & TokenFlags.hasLower.rawValue != 0 { lineHasLower = true }
            }
            precondition(count < capacity, "Tokenizer: more tokens than the buffer holds")
            (tok + count).initialize(to: Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: j),
                                               coreEnd: Int32(truncatingIfNeeded: coreEnd >= 0 ? coreEnd : j),
                                               flags: TokenFlags(rawValue: flags), hash: h))
            count &+= 1
            lastTokenEnd = j
            lastTokenDotted = isDotted
            newlineRun = 0
            // A space right after a token changes no state (the token cleared the pending terminator and hyphen).
            i = j < n && p[j] == UInt8(ascii: " ") ? j &+ 1 : j
        }
        closeLine()
        if count > sentenceStart { closeSentence(upTo: count) }
        sentenceCount = sentences
        return count
    }

    /// Whether a dot right after the last token does not end a sentence: the token is a listed
    /// abbreviation or a single capital initial.
    private func lastTokenBlocksDot(_ tok: UnsafeMutablePointer<Token>, _ count: Int) -> Bool {
        guard count > 0 else { return false }
        let t = tok[count - 1]
        if t.flags.contains(.dottedAbbreviation) { return false }
        if t.end - t.start == 1 && t.flags.contains(.firstUpper) { return true }
        return abbreviations.contains(t.hash)
    }

    /// Adds the run of lower-case ASCII letters from `i` on to `hash` and leaves `i` at the first other byte: eight
    /// bytes at a time (the run's length in them, then those bytes hashed as a word) while eight can be loaded, the
    /// last bytes of the text one by one.
    @inline(__always)
    static func hashLowercaseRun(_ p: UnsafeBufferPointer<UInt8>, from i: inout Int, into hash: inout TokenHash.Builder) {
        let n = p.count
        let raw = UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped)
        while i &+ 8 <= n {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let run = lowercaseRun(w)
            hash.addWord(w, count: run)
            i &+= run
            if run < 8 { return }
        }
        while i < n {
            let next = p[i]
            guard next &- UInt8(ascii: "a") < 26 else { break }
            hash.add(next)
            i &+= 1
        }
    }

    /// Number of leading bytes of `w` (its first byte in its low bits) that are `a`–`z`, 0...8. Each byte's low
    /// seven bits plus 0x1F (0x05) set its high bit when they are at least `a` (past `z`); the sums never carry
    /// into the next byte.
    @inline(__always)
    static func lowercaseRun(_ w: UInt64) -> Int {
        let low7 = w & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = low7 &+ 0x0505_0505_0505_0505
        let lower = atLeastA & ~pastZ & ~w & 0x8080_8080_8080_8080
        return (~lower & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
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
}
