#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Splits text into tokens the way the reference does: on whitespace (Python's `str.split()`),
/// then stripping ASCII punctuation from both ends unless that leaves two characters or fewer
/// (so emoticons such as ":)" survive), and looks each token up lower-cased.
///
/// ASCII tokens are folded and hashed in place; only tokens with non-ASCII bytes build a String
/// (for Unicode lower-casing and case tests).
// @unchecked: plain pointers into the compiled lexicon, which is immutable and outlives the tokenizer (the scorer owns both).
struct SentimentTokenizer: @unchecked Sendable {
    /// The compiled lexicon (kept alive by the scorer that owns this tokenizer).
    unowned(unsafe) let compiled: CompiledLexicon
    let frozen: FrozenLexiconTable.Probe
    let entries: UnsafeMutableBufferPointer<WordEntry>
    /// `VaderByteClass.table`, as a plain pointer.
    let classes: UnsafePointer<UInt8>
    let hasWildcards: Bool

    /// What one tokenizing pass found besides the tokens.
    struct Summary {
        /// Tokens written.
        var count = 0
        /// Tokens that are ALL CAPS.
        var upper = 0
        /// Tokens that start with a capital and go on in lower case (`Title`).
        var capitalised = 0
        /// Tokens that start with a lower-case letter.
        var lower = 0
        /// `!` in the text.
        var exclamations = 0
        /// `?` in the text.
        var questions = 0
        /// Indices written to the `lexical` list: tokens whose entry is in the lexicon or starts a phrase, in order.
        var lexical = 0
        /// The first token whose rule word is "but", or -1.
        var firstBut = -1
        /// The first token after the first one whose rule word is "but", or -1.
        var laterBut = -1
        /// Some token is a reporting verb.
        var reporting = false
        /// The text has a character that `TextPreparer` rewrites in a way `copy(_:foldingInto:)` does not (an
        /// emoji): the caller prepares it and tokenizes the result (the other fields are empty then).
        var needsPreparation = false
    }

    /// Bytes of padding the scan needs after the text (read, never written).
    static let padding = 16

    init(compiled: CompiledLexicon) {
        self.compiled = compiled
        self.frozen = compiled.frozen.probe
        self.entries = compiled.entryBuffer
        self.classes = VaderByteClass.tablePointer
        self.hasWildcards = compiled.hasWildcards
    }

    /// Tokenizes `text` into `tokens` (capacity at least `text.count / 2 + 1`) and counts the
    /// emphasis punctuation. With a `preparer`, typographic quotes are folded first (news mode) and a text with an
    /// emoji stops the pass (`Summary.needsPreparation`); without one the text counts as prepared.
    ///
    /// - Complexity: O(n) in the bytes of `text`.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<ScoringToken>,
                  preparer: TextPreparer?) -> Summary {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + Self.padding) { scratch in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: text.count / 2 + 1) { lexical in
                let out = scratch.baseAddress.unsafelyUnwrapped
                let n: Int
                if let preparer {
                    guard let folded = preparer.copy(text, foldingInto: out) else {
                        var summary = Summary()
                        summary.needsPreparation = true
                        return summary
                    }
                    n = folded
                } else {
                    n = TextPreparer.copy(text, into: out)
                }
                return scan(out, count: n, tokens: tokens.baseAddress.unsafelyUnwrapped,
                            lexical: lexical.baseAddress.unsafelyUnwrapped)
            }
        }
    }

    /// Tokenizes the `n` bytes at `t`, which are followed by `padding` readable bytes of spaces, into `tokens`
    /// (room for `n / 2 + 1`), listing the lexicon and phrase tokens in `lexical` (same room).
    ///
    /// Two tight loops: the first finds the token boundaries eight bytes at a time (whitespace lanes found with
    /// word operations) and writes them, as 32-bit offsets, into the token buffer; the second classifies each
    /// token, folds and hashes it from whole words and probes the table once (most words are turned away by the
    /// table's bit filter), writing token k over the two offsets it was made from.
    ///
    /// - Complexity: O(n).
    @inline(__always)
    func scan(_ t: UnsafePointer<UInt8>, count n: Int, tokens: UnsafeMutablePointer<ScoringToken>,
              lexical: UnsafeMutablePointer<Int32>) -> Summary {
        let high = ByteWord.high
        // Offsets of token starts and ends, alternating: 2 × 4 bytes per token, the room of one token.
        let bounds = UnsafeMutableRawPointer(tokens)
        var summary = Summary()
        var p = 0
        var events = 0
        // Whether the byte before the current word is a space (lane 7 of the last word, as a lane-0 bit).
        var carry: UInt64 = 0x80
        // Lanes of the next word that continue a non-ASCII space.
        var forced = 0
        var sawHigh = false
        while p < n {
            let w = ByteWord.load(t + p)
            var space = ByteWord.equalLanes(w, 0x20)
            // Bytes ≥ 0x80 or < 0x20 (the other ASCII spaces, control characters): lane by lane.
            if (w | ~(w &+ ByteWord.ones &* 0x60)) & high != 0 || forced > 0 {
                space = slowSpaces(t, p, n, &forced)
                if w & high != 0 { sawHigh = true }
            }
            if ByteWord.hasByte(w, UInt8(ascii: "!")) || ByteWord.hasByte(w, UInt8(ascii: "?")) {
                summary.exclamations &+= ByteWord.equalLanes(w, UInt8(ascii: "!")).nonzeroBitCount
                summary.questions &+= ByteWord.equalLanes(w, UInt8(ascii: "?")).nonzeroBitCount
            }
            let previous = (space &<< 8) | carry
            carry = (space &>> 56) & 0x80
            var changes = (space ^ previous) & high
            while changes != 0 {
                bounds.storeBytes(of: Int32(truncatingIfNeeded: p &+ (changes.trailingZeroBitCount &>> 3)),
                                  toByteOffset: events &* 4, as: Int32.self)
                events &+= 1
                changes &= changes &- 1
            }
            p &+= 8
        }
        if events & 1 != 0 {
            bounds.storeBytes(of: Int32(truncatingIfNeeded: n), toByteOffset: events &* 4, as: Int32.self)
            events &+= 1
        }
        classify(t, count: n, tokens: events &>> 1, into: tokens, lexical: lexical, mayHaveHigh: sawHigh, summary: &summary)
        return summary
    }

    /// The second loop of `scan`: classifies the `count` tokens whose offsets the first loop wrote into `tokens`.
    @inline(never)
    private func classify(_ t: UnsafePointer<UInt8>, count n: Int, tokens count: Int, into tokens: UnsafeMutablePointer<ScoringToken>,
                          lexical: UnsafeMutablePointer<Int32>, mayHaveHigh: Bool, summary: inout Summary) {
        let bounds = UnsafeRawPointer(tokens)
        for k in 0..<count {
            let a = Int(bounds.load(fromByteOffset: k &* 8, as: Int32.self))
            let b = Int(bounds.load(fromByteOffset: k &* 8 &+ 4, as: Int32.self))
            let token = mayHaveHigh && Self.hasHigh(t, a, b) ? classifyNonASCII(t, n, a, b) : classifyASCII(t, a, b)
            record(token, tokens, lexical, &summary)
        }
    }

    /// Stores `token` (its entry's flags and rule word filled in) and counts it.
    @inline(__always)
    private func record(_ token: ScoringToken, _ tokens: UnsafeMutablePointer<ScoringToken>,
                        _ lexical: UnsafeMutablePointer<Int32>, _ summary: inout Summary) {
        var token = token
        let index = summary.count
        if token.entry >= 0 {
            let entry = entries.baseAddress.unsafelyUnwrapped + Int(token.entry)
            let flags = entry.pointee.flags, rule = entry.pointee.rule
            token.wordFlags = flags
            token.rule = rule
            if !flags.isDisjoint(with: [.inLexicon, .startsPhrase]) {
                lexical[summary.lexical] = Int32(truncatingIfNeeded: index)
                summary.lexical += 1
            }
            if rule == .but {
                if summary.firstBut < 0 { summary.firstBut = index }
                if index > 0 && summary.laterBut < 0 { summary.laterBut = index }
            }
            if flags.contains(.reporting) { summary.reporting = true }
        }
        if token.flags.contains(.upper) { summary.upper += 1 }
        if token.flags.contains(.titleCase) { summary.capitalised += 1 } else if token.flags.contains(.lowerInitial) { summary.lower += 1 }
        tokens[index] = token
        summary.count = index + 1
    }

    /// The space lanes of the word at `t + p`, byte by byte: Python's whitespace, ASCII and not (a non-ASCII space
    /// may go on into the next word: `forced` counts its lanes there).
    private func slowSpaces(_ t: UnsafePointer<UInt8>, _ p: Int, _ n: Int, _ forced: inout Int) -> UInt64 {
        let text = UnsafeBufferPointer(start: t, count: n)
        var mask: UInt64 = 0
        for lane in 0..<8 {
            let bit: UInt64 = 0x80 &<< UInt64(8 * lane)
            let at = p + lane
            if forced > 0 { mask |= bit; forced -= 1; continue }
            if at >= n { mask |= bit; continue }
            let b = t[at]
            if b < 0x80 {
                if VaderByteClass.isASCIIWhitespace(b) { mask |= bit }
                continue
            }
            let length = VaderByteClass.whitespaceLength(text, at)
            if length > 0 { mask |= bit; forced = length - 1 }
        }
        return mask
    }

    /// Whether `t[a..<b]` has a byte ≥ 0x80.
    @inline(__always)
    static func hasHigh(_ t: UnsafePointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b {
            if ByteWord.load(t + k) & ByteWord.keep(min(8, b - k)) & ByteWord.high != 0 { return true }
            k += 8
        }
        return false
    }

    /// Classifies the ASCII token `t[a..<b]` (the text readable eight bytes past `b`): strips punctuation, tests
    /// case and "n't", folds and hashes the core a word at a time and probes the table.
    ///
    /// Same result as `classify`: letters and apostrophes inside "n't" are never punctuation
    /// stripped away, so the case and "n't" tests over the raw token equal those over the span.
    @inline(__always)
    private func classifyASCII(_ t: UnsafePointer<UInt8>, _ a: Int, _ b: Int) -> ScoringToken {
        typealias C = VaderByteClass
        let first = t[a], last = t[b - 1]
        var s = a, e = b
        var flags: ScoringToken.Flags = []
        if (classes[Int(first)] | classes[Int(last)]) & C.punctuation != 0 {
            while s < e && classes[Int(t[s])] & C.punctuation != 0 { s += 1 }
            while e > s && classes[Int(t[e - 1])] & C.punctuation != 0 { e -= 1 }
            // ASCII: the stripped span has as many code points as bytes; fewer than three keep the
            // punctuation (emoticons such as ":)").
            if e - s < 3 {
                s = a
                e = b
            } else if s > a && Self.isQuote(first) {
                flags.insert(.opensQuote)
            }
            if last == UInt8(ascii: ":") || (b - a <= 2 && Self.isQuoteOrColon(UnsafeBufferPointer(start: t, count: b), a, b)) {
                flags.insert(.quoteOrColon)
            }
        }
        let length = e - s
        var id: Int32
        if length <= FrozenLexiconTable.wordSize {
            let w = ByteWord.load(t + s) & ByteWord.keep(length)
            let upper = ByteWord.rangeLanes(w, 0x41, 0x5A)
            let lower = ByteWord.rangeLanes(w, 0x61, 0x7A)
            if upper != 0 && lower == 0 { flags.insert(.upper) }
            if lower != 0 && upper & 0x80 != 0 { flags.insert(.titleCase) }
            if lower & 0x80 != 0 { flags.insert(.lowerInitial) }
            let folded = w | (upper &>> 2)
            if length >= 3 && ByteWord.hasByte(folded, UInt8(ascii: "'")) && Self.containsNT(folded) { flags.insert(.containsNT) }
            id = frozen.find(word: folded, length: length)
        } else {
            var h = UInt64(truncatingIfNeeded: length) &* FrozenLexiconTable.lengthMultiplier
            var anyUpper: UInt64 = 0, anyLower: UInt64 = 0, apostrophe = false
            let firstWord = ByteWord.load(t + s)
            var at = s
            while at < e {
                let w = ByteWord.load(t + at) & ByteWord.keep(min(FrozenLexiconTable.wordSize, e - at))
                let upper = ByteWord.rangeLanes(w, 0x41, 0x5A)
                anyUpper |= upper
                anyLower |= ByteWord.rangeLanes(w, 0x61, 0x7A)
                let folded = w | (upper &>> 2)
                if ByteWord.hasByte(folded, UInt8(ascii: "'")) { apostrophe = true }
                h = FrozenLexiconTable.mix(h, folded)
                at += FrozenLexiconTable.wordSize
            }
            if anyUpper != 0 && anyLower == 0 { flags.insert(.upper) }
            let head = firstWord & 0xFF
            if anyLower != 0 && head &- 65 < 26 { flags.insert(.titleCase) }
            if head &- 97 < 26 { flags.insert(.lowerInitial) }
            if apostrophe && Self.containsNT(UnsafeBufferPointer(start: t, count: e), s, e) { flags.insert(.containsNT) }
            id = frozen.find(hash: FrozenLexiconTable.finish(h), text: t, start: s, length: length)
        }
        if hasWildcards { return lookUp(UnsafeBufferPointer(start: t, count: e), s, e, flags: flags) }
        return ScoringToken(entry: id, flags: flags)
    }

    /// Classifies a token with non-ASCII bytes: as `classify` does, but with the case facts and lower case of its
    /// characters read from `ScalarCase` (no `String`) when it has them all.
    @inline(never)
    func classifyNonASCII(_ t: UnsafePointer<UInt8>, _ n: Int, _ a: Int, _ b: Int) -> ScoringToken {
        let text = UnsafeBufferPointer(start: t, count: n)
        let (s, e) = Self.strippedSpan(text, a, b)
        var flags: ScoringToken.Flags = []
        if Self.isQuoteOrColon(text, s, e) || text[b - 1] == UInt8(ascii: ":") { flags.insert(.quoteOrColon) }
        if s > a && Self.isQuote(text[a]) { flags.insert(.opensQuote) }
        let (caseFlags, lowered) = ScalarCase.table
        // A lower-cased character below U+0800 takes at most 3 bytes for 2 (U+023A → U+2C65).
        let found: ScoringToken? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * (e - s) + 4) { buffer in
            let out = buffer.baseAddress.unsafelyUnwrapped
            var anyUpper = false, lowerOrTitle = false, firstUpper = false, firstLower = false, first = true
            var k = s, m = 0
            while k < e {
                let byte = t[k]
                var isUpper = false, isLower = false, isTitle = false
                if byte < 0x80 {
                    isUpper = byte &- 65 < 26
                    isLower = byte &- 97 < 26
                    out[m] = isUpper ? byte | 0x20 : byte
                    m += 1
                    k += 1
                } else {
                    guard case let (codePoint?, length) = TextPreparer.decode(text, k), let i = ScalarCase.index(codePoint),
                          caseFlags[i] & ScalarCase.slow == 0 else { return nil }
                    let f = caseFlags[i]
                    isUpper = f & ScalarCase.upper != 0
                    isLower = f & ScalarCase.lower != 0
                    isTitle = f & ScalarCase.title != 0
                    m += ScalarCase.encode(lowered[i], to: out + m)
                    k += length
                }
                if first {
                    firstUpper = isUpper
                    firstLower = isLower
                    first = false
                }
                if isLower || isTitle { lowerOrTitle = true }
                if isUpper { anyUpper = true }
            }
            var result = flags
            let upper = anyUpper && !lowerOrTitle
            if upper { result.insert(.upper) }
            if firstUpper && !upper { result.insert(.titleCase) }
            if firstLower { result.insert(.lowerInitial) }
            if m >= 3 {
                for j in 0..<(m - 2) where out[j] == UInt8(ascii: "n") && out[j + 1] == UInt8(ascii: "'") && out[j + 2] == UInt8(ascii: "t") {
                    result.insert(.containsNT)
                    break
                }
            }
            let word = UnsafeBufferPointer(start: UnsafePointer(out), count: m)
            let resolved = compiled.resolve(exact: compiled.table.lookup(word), lowercased: word)
            return ScoringToken(entry: resolved ?? ScoringToken.plainWord, flags: result)
        }
        return found ?? classify(text, a, b)
    }

    /// Whether the folded word `w` (up to eight ASCII bytes, zero-padded) contains "n't".
    @inline(__always)
    static func containsNT(_ w: UInt64) -> Bool {
        let n = ByteWord.equalLanes(w, UInt8(ascii: "n"))
        let q = ByteWord.equalLanes(w, UInt8(ascii: "'"))
        let t = ByteWord.equalLanes(w, UInt8(ascii: "t"))
        return n & (q &>> 8) & (t &>> 16) != 0
    }

    /// Whether the ASCII span `text[s..<e]` contains "n't" in any case.
    @inline(__always)
    static func containsNT(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 3 else { return false }
        for k in s..<(e - 2) where LexiconTable.fold(text[k]) == UInt8(ascii: "n")
            && text[k + 1] == UInt8(ascii: "'") && LexiconTable.fold(text[k + 2]) == UInt8(ascii: "t") { return true }
        return false
    }

    /// The scoring token of the ASCII span `text[s..<e]`: its lexicon entry (wildcards resolved when the lexicon
    /// has any; user lexicons only) with `flags`.
    @inline(__always)
    private func lookUp(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, flags: ScoringToken.Flags) -> ScoringToken {
        let found = compiled.frozen.lookupFoldingASCII(text, s, e)
        if !compiled.hasWildcards { return ScoringToken(entry: found, flags: flags) }
        let exact: Int32? = found >= 0 ? found : nil
        let lower = UnsafeBufferPointer(rebasing: text[s..<e]).map(LexiconTable.fold)
        let resolved = lower.withUnsafeBufferPointer { compiled.resolve(exact: exact, lowercased: $0) }
        return ScoringToken(entry: resolved ?? ScoringToken.plainWord, flags: flags)
    }

    /// The stripped span of the token `text[start..<end]`.
    @inline(__always)
    static func strippedSpan(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e && VaderByteClass.isPunctuation(text[s]) { s += 1 }
        while e > s && VaderByteClass.isPunctuation(text[e - 1]) { e -= 1 }
        // Three code points need at least 3 bytes; 2 code points take at most 8.
        if e - s < 3 { return (start, end) }
        if e - s > 8 { return (s, e) }
        var codePoints = 0, k = s
        while k < e && codePoints <= VaderConstants.emoticonMaxLength {
            if text[k] & 0xC0 != 0x80 { codePoints += 1 }
            k += 1
        }
        return codePoints <= VaderConstants.emoticonMaxLength ? (start, end) : (s, e)
    }

    /// Classifies the token `text[rawStart..<rawEnd]` from scratch (the general path, used for
    /// tokens with non-ASCII bytes).
    func classify(_ text: UnsafeBufferPointer<UInt8>, _ rawStart: Int, _ rawEnd: Int) -> ScoringToken {
        let (s, e) = Self.strippedSpan(text, rawStart, rawEnd)
        var shape: ScoringToken.Flags = []
        if Self.isQuoteOrColon(text, s, e) || text[rawEnd - 1] == UInt8(ascii: ":") { shape.insert(.quoteOrColon) }
        if s > rawStart && Self.isQuote(text[rawStart]) { shape.insert(.opensQuote) }
        // One pass: case shape and apostrophe.
        var hasUpper = false, hasLower = false, nonASCII = false, hasApostrophe = false
        for k in s..<e {
            let b = text[k]
            if b >= 0x80 { nonASCII = true; break }
            if b &- 65 < 26 { hasUpper = true } else if b &- 97 < 26 { hasLower = true }
            if b == UInt8(ascii: "'") { hasApostrophe = true }
        }
        if nonASCII {
            var token = classifyUnicode(UnsafeBufferPointer(rebasing: text[s..<e]))
            token.flags.formUnion(shape)
            return token
        }
        var flags = shape
        if hasUpper && !hasLower { flags.insert(.upper) }
        if e > s && text[s] &- 65 < 26 && hasLower { flags.insert(.titleCase) }
        if e > s && text[s] &- 97 < 26 { flags.insert(.lowerInitial) }
        if hasApostrophe && Self.containsNT(text, s, e) { flags.insert(.containsNT) }
        return lookUp(text, s, e, flags: flags)
    }

    /// The slow path for tokens with non-ASCII bytes: Unicode lower-casing and case tests.
    private func classifyUnicode(_ bytes: UnsafeBufferPointer<UInt8>) -> ScoringToken {
        let word = String(decoding: bytes, as: UTF8.self)
        var flags: ScoringToken.Flags = Self.isUpper(word) ? .upper : []
        if let first = word.unicodeScalars.first, first.properties.isUppercase, !flags.contains(.upper) {
            flags.insert(.titleCase)
        }
        if let first = word.unicodeScalars.first, first.properties.isLowercase { flags.insert(.lowerInitial) }
        let lower = Array(word.lowercased().utf8)
        if lower.count >= 3 {
            for k in 0..<(lower.count - 2) where lower[k] == UInt8(ascii: "n")
                && lower[k + 1] == UInt8(ascii: "'") && lower[k + 2] == UInt8(ascii: "t") {
                flags.insert(.containsNT)
                break
            }
        }
        let exact = compiled.table.lookup(lower)
        let resolved = lower.withUnsafeBufferPointer { compiled.resolve(exact: exact, lowercased: $0) }
        return ScoringToken(entry: resolved ?? ScoringToken.plainWord, flags: flags)
    }

    /// The stand-alone tokens `"`, `''`, ``` `` ``` and `:`.
    static func isQuoteOrColon(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backtick = UInt8(ascii: "`")
        switch e - s {
        case 1: return text[s] == quote || text[s] == UInt8(ascii: ":")
        case 2: return text[s] == text[s + 1] && (text[s] == apostrophe || text[s] == backtick)
        default: return false
        }
    }

    /// `"`, `'` or `` ` ``.
    @inline(__always)
    static func isQuote(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "`")
    }

    /// Python's `str.isupper()`.
    static func isUpper(_ word: String) -> Bool {
        var cased = false
        for scalar in word.unicodeScalars {
            let props = scalar.properties
            if props.isLowercase || props.generalCategory == .titlecaseLetter { return false }
            if props.isUppercase { cased = true }
        }
        return cased
    }

    /// The lower-case words of a phrase, tokenized like text ("United States" → united, states).
    static func words(of phrase: String) -> [[UInt8]] {
        var bytes = Array(phrase.utf8)
        return bytes.withUnsafeMutableBufferPointer { buf in
            let text = UnsafeBufferPointer(buf)
            var words: [[UInt8]] = []
            var p = 0
            while p < text.count {
                let w = VaderByteClass.whitespaceLength(text, p)
                if w > 0 { p += w; continue }
                let start = p
                while p < text.count && VaderByteClass.whitespaceLength(text, p) == 0 { p += 1 }
                let (s, e) = strippedSpan(text, start, p)
                let word = String(decoding: UnsafeBufferPointer(rebasing: text[s..<e]), as: UTF8.self)
                words.append(Array(word.lowercased().utf8))
            }
            return words
        }
    }
}
