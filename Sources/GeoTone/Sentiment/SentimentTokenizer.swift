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

    init(compiled: CompiledLexicon) {
        self.compiled = compiled
        self.frozen = compiled.frozen
        self.entries = compiled.entryBuffer
    }

    /// Tokenizes `text` into `tokens`; returns the token count and how many are ALL CAPS.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<ScoringToken>)
        -> (count: Int, upper: Int)
    {
        var count = 0, upper = 0
        var p = 0
        let n = text.count
        while p < n {
            let b = text[p]
            if b < 0x80 {
                if VaderByteClass.isASCIIWhitespace(b) { p += 1; continue }
            } else {
                let w = VaderByteClass.whitespaceLength(text, p)
                if w > 0 { p += w; continue }
            }
            let start = p
            while p < n {
                let c = text[p]
                if c < 0x80 {
                    if VaderByteClass.isASCIIWhitespace(c) { break }
                } else if VaderByteClass.whitespaceLength(text, p) > 0 {
                    break
                }
                p += 1
            }
            var token = classify(text, start, p)
            token.assign(entry: token.entry, from: entries)
            if token.flags.contains(.upper) { upper += 1 }
            tokens[count] = token
            count += 1
        }
        return (count, upper)
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

    private func classify(_ text: UnsafeBufferPointer<UInt8>, _ rawStart: Int, _ rawEnd: Int) -> ScoringToken {
        let (s, e) = Self.strippedSpan(text, rawStart, rawEnd)
        var shape: ScoringToken.Flags = []
        if Self.isQuoteOrColon(text, s, e) || text[rawEnd - 1] == UInt8(ascii: ":") { shape.insert(.quoteOrColon) }
        if s > rawStart && Self.isQuote(text[rawStart]) { shape.insert(.opensQuote) }
        // One pass: case shape, apostrophe, and the FNV-1a hash of the lower-cased bytes.
        var hasUpper = false, hasLower = false, nonASCII = false, hasApostrophe = false
        var hash = LexiconTable.fnvOffset
        for k in s..<e {
            let b = text[k]
            if b >= 0x80 { nonASCII = true; break }
            if b &- 65 < 26 { hasUpper = true } else if b &- 97 < 26 { hasLower = true }
            if b == UInt8(ascii: "'") { hasApostrophe = true }
            hash = (hash ^ UInt64(LexiconTable.fold(b))) &* LexiconTable.fnvPrime
        }
        if nonASCII {
            var token = classifyUnicode(UnsafeBufferPointer(rebasing: text[s..<e]))
            token.flags.formUnion(shape)
            return token
        }
        var flags = shape
        if hasUpper && !hasLower { flags.insert(.upper) }
        if e > s && text[s] &- 65 < 26 && hasLower { flags.insert(.titleCase) }
        if hasApostrophe && e - s >= 3 {
            for k in s..<(e - 2) where LexiconTable.fold(text[k]) == UInt8(ascii: "n")
                && text[k + 1] == UInt8(ascii: "'") && LexiconTable.fold(text[k + 2]) == UInt8(ascii: "t") {
                flags.insert(.containsNT)
                break
            }
        }
        let found = frozen.lookupFoldingASCII(text, s, e, hash: hash)
        if !compiled.hasWildcards { return ScoringToken(entry: found, flags: flags) }
        let exact: Int32? = found >= 0 ? found : nil
        let lower = UnsafeBufferPointer(rebasing: text[s..<e]).map(LexiconTable.fold)
        let resolved = lower.withUnsafeBufferPointer { compiled.resolve(exact: exact, lowercased: $0) }
        return ScoringToken(entry: resolved ?? ScoringToken.plainWord, flags: flags)
    }

    /// The slow path for tokens with non-ASCII bytes: Unicode lower-casing and case tests.
    private func classifyUnicode(_ bytes: UnsafeBufferPointer<UInt8>) -> ScoringToken {
        let word = String(decoding: bytes, as: UTF8.self)
        var flags: ScoringToken.Flags = Self.isUpper(word) ? .upper : []
        if let first = word.unicodeScalars.first, first.properties.isUppercase, !flags.contains(.upper) {
            flags.insert(.titleCase)
        }
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
