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
struct SentimentTokenizer {
    let compiled: CompiledLexicon
    let frozen: FrozenLexiconTable
    let entries: UnsafeMutableBufferPointer<WordEntry>

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
        /// The pass stopped early: the text has a character that `TextPreparer` rewrites, so the
        /// caller prepares it and tokenizes the result (the other fields are incomplete then).
        var needsPreparation = false
    }

    init(compiled: CompiledLexicon) {
        self.compiled = compiled
        self.frozen = compiled.frozen
        self.entries = compiled.entryBuffer
    }

    /// Tokenizes `text` into `tokens` (capacity at least `text.count / 2 + 1`) and counts the
    /// emphasis punctuation, in one pass.
    ///
    /// With a `preparer`, the pass stops as soon as it meets a character the preparer would
    /// rewrite (`Summary.needsPreparation`); without one the text counts as prepared.
    ///
    /// - Complexity: O(n) in the bytes of `text`; one table load per byte and one hash probe per
    ///   token.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<ScoringToken>,
                  preparer: TextPreparer?) -> Summary {
        VaderByteClass.table.withUnsafeBufferPointer { table in
            tokenize(text, into: tokens, preparer: preparer, table: table)
        }
    }

    @inline(__always)
    private func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<ScoringToken>,
                          preparer: TextPreparer?, table: UnsafeBufferPointer<UInt8>) -> Summary {
        typealias C = VaderByteClass
        var summary = Summary()
        var p = 0
        let n = text.count
        while p < n {
            var c = table[Int(text[p])]
            if c & C.space != 0 { p += 1; continue }
            if c & C.high != 0 {
                if let preparer, preparer.rewrites(text, at: p) { summary.needsPreparation = true; return summary }
                let w = C.whitespaceLength(text, p)
                if w > 0 { p += w; continue }
            }
            // One pass over the token collects the OR of its byte classes; the rarer work
            // (emphasis counts, stripping punctuation) looks at the token again only when the
            // classes say it is needed.
            let rawStart = p
            var bits: UInt8 = 0
            while true {
                if c & C.high != 0 {
                    if let preparer, preparer.rewrites(text, at: p) { summary.needsPreparation = true; return summary }
                    if C.whitespaceLength(text, p) > 0 { break }
                }
                bits |= c
                p += 1
                if p == n { break }
                c = table[Int(text[p])]
                if c & C.space != 0 { break }
            }
            if bits & (C.exclamation | C.question) != 0 {
                for k in rawStart..<p {
                    if text[k] == UInt8(ascii: "!") { summary.exclamations += 1 }
                    if text[k] == UInt8(ascii: "?") { summary.questions += 1 }
                }
            }
            var token: ScoringToken
            if bits & C.high != 0 {
                token = classify(text, rawStart, p)
            } else if bits & C.punctuation == 0 {
                token = classifyASCII(text, rawStart, p, core: (rawStart, p), bits: bits)
            } else {
                var s = rawStart, e = p
                while s < e && table[Int(text[s])] & C.punctuation != 0 { s += 1 }
                while e > s && table[Int(text[e - 1])] & C.punctuation != 0 { e -= 1 }
                token = classifyASCII(text, rawStart, p, core: (s, e), bits: bits)
            }
            token.assign(entry: token.entry, from: entries)
            if token.flags.contains(.upper) { summary.upper += 1 }
            if token.flags.contains(.titleCase) { summary.capitalised += 1 } else if token.flags.contains(.lowerInitial) { summary.lower += 1 }
            tokens[summary.count] = token
            summary.count += 1
        }
        return summary
    }

    /// Classifies an ASCII token from what the scan found: the core span (the raw token with
    /// leading and trailing punctuation stripped) and the OR of the token's byte classes.
    ///
    /// Same result as `classify`: letters and apostrophes inside "n't" are never punctuation
    /// stripped away, so the case and "n't" tests over the raw token equal those over the span.
    @inline(__always)
    private func classifyASCII(_ text: UnsafeBufferPointer<UInt8>, _ rawStart: Int, _ rawEnd: Int,
                               core: (Int, Int), bits: UInt8) -> ScoringToken {
        typealias C = VaderByteClass
        var (s, e) = core
        // ASCII: the stripped span has as many code points as bytes; fewer than three keep the
        // punctuation (emoticons such as ":)").
        if e - s < 3 { (s, e) = (rawStart, rawEnd) }
        var flags: ScoringToken.Flags = []
        if text[rawEnd - 1] == UInt8(ascii: ":") || Self.isQuoteOrColon(text, s, e) { flags.insert(.quoteOrColon) }
        if s > rawStart && Self.isQuote(text[rawStart]) { flags.insert(.opensQuote) }
        let hasLower = bits & C.lower != 0
        if bits & C.upper != 0 && !hasLower { flags.insert(.upper) }
        if hasLower && text[s] &- 65 < 26 { flags.insert(.titleCase) }
        if text[s] &- 97 < 26 { flags.insert(.lowerInitial) }
        if bits & C.apostrophe != 0 && Self.containsNT(text, s, e) { flags.insert(.containsNT) }
        return lookUp(text, s, e, flags: flags)
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
        let found = frozen.lookupFoldingASCII(text, s, e)
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
