/// Rewrites a text before tokenizing: emoji become their descriptions (as the reference does)
/// and, in news mode, typographic quotes become ASCII ones.
///
/// Most texts need neither step: the tokenizer asks `rewrites(_:at:)` at each non-ASCII byte and
/// prepares (copies) the text only when some character would change.
struct TextPreparer: Sendable {
    /// The space the reference inserts before an emoji description.
    static let space = UInt8(ascii: " ")

    /// Emoji code point → description.
    let emoji: [UInt32: [UInt8]]
    /// Whether typographic quotes are folded.
    let foldQuotes: Bool
    /// One bit per code point up to the largest emoji: set for the emoji keys, so the common
    /// "not an emoji" answer needs no hashing.
    private let emojiBits: [UInt64]
    /// Whether some emoji key is ASCII (possible in a user lexicon): then every character of a
    /// text with a non-ASCII byte is a candidate, as in the reference.
    let hasASCIIEmoji: Bool

    /// A preparer replacing the emoji in `emoji` and folding quotes when `foldQuotes`.
    init(emoji: [UInt32: [UInt8]], foldQuotes: Bool) {
        self.emoji = emoji
        self.foldQuotes = foldQuotes
        var bits = [UInt64](repeating: 0, count: Int(emoji.keys.max() ?? 0) / 64 + 1)
        for key in emoji.keys { bits[Int(key) / 64] |= 1 << UInt64(key % 64) }
        emojiBits = bits
        hasASCIIEmoji = emoji.keys.contains { $0 < 0x80 }
    }

    /// Whether `codePoint` has an emoji description.
    @inline(__always)
    func isEmoji(_ codePoint: UInt32) -> Bool {
        let word = Int(codePoint / 64)
        return word < emojiBits.count && emojiBits[word] & (1 << UInt64(codePoint % 64)) != 0
    }

    /// Whether `prepare` would rewrite the character starting at the non-ASCII byte `text[p]`
    /// (an emoji, or a typographic quote in news mode). A text for which this is false at every
    /// non-ASCII byte comes out of `prepare` unchanged, unless `hasASCIIEmoji`.
    @inline(__always)
    func rewrites(_ text: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        if hasASCIIEmoji { return true }
        guard text[p] >= 0xC2, case let (codePoint?, _) = Self.decode(text, p) else { return false }
        return isEmoji(codePoint) || (foldQuotes && Self.foldedQuote(codePoint) != nil)
    }

    /// The rewritten text.
    ///
    /// Emoji rule of the reference: an emoji is replaced by its description, preceded by a space
    /// unless the previous character was a space (or it starts the text); the next character
    /// follows the description directly.
    func prepare(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 16)
        var previousWasSpace = true
        var p = 0
        while p < text.count {
            if !hasASCIIEmoji && text[p] < 0x80 {
                // A run of ASCII bytes is copied as it is, in one call.
                var q = p + 1
                while q < text.count && text[q] < 0x80 { q += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: text[p..<q]))
                previousWasSpace = text[q - 1] == Self.space
                p = q
                continue
            }
            let (codePoint, length) = Self.decode(text, p)
            if let codePoint, isEmoji(codePoint), let description = emoji[codePoint] {
                if !previousWasSpace { out.append(Self.space) }
                appendFolding(description, to: &out)
                previousWasSpace = false
            } else {
                if let codePoint, foldQuotes, let ascii = Self.foldedQuote(codePoint) {
                    out.append(ascii)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[p..<(p + length)]))
                }
                previousWasSpace = text[p] == Self.space
            }
            p += length
        }
        return out
    }

    /// Copies `text` to `out` (room for `text.count` bytes plus `SentimentTokenizer.padding`), folding the
    /// typographic quotes that `prepare` folds, and pads it with spaces; returns the new length, or nil when the
    /// text needs `prepare` (a character this copy cannot rewrite: an emoji). For any text with a non-nil result
    /// the bytes are those of `prepare(text)`.
    func copy(_ text: UnsafeBufferPointer<UInt8>, foldingInto out: UnsafeMutablePointer<UInt8>) -> Int? {
        let n = text.count
        guard let t = text.baseAddress else { return Self.pad(out, 0) }
        var p = 0, q = 0
        while p < n {
            if p + 8 <= n {
                let w = ByteWord.load(t + p)
                if w & ByteWord.high == 0 {
                    ByteWord.store(w, out + q)
                    p += 8
                    q += 8
                    continue
                }
            }
            let b = t[p]
            if b >= 0x80 && rewrites(text, at: p) {
                guard foldQuotes, !hasASCIIEmoji, case let (codePoint?, length) = Self.decode(text, p), !isEmoji(codePoint),
                      let ascii = Self.foldedQuote(codePoint) else { return nil }
                out[q] = ascii
                q += 1
                p += length
                continue
            }
            out[q] = b
            p += 1
            q += 1
        }
        return Self.pad(out, q)
    }

    /// Copies `text` to `out` (room for `text.count` bytes plus `SentimentTokenizer.padding`) and pads it with
    /// spaces; returns `text.count`.
    static func copy(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        if let t = text.baseAddress { out.initialize(from: t, count: text.count) }
        return pad(out, text.count)
    }

    @inline(__always)
    private static func pad(_ out: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        (out + count).initialize(repeating: space, count: SentimentTokenizer.padding)
        return count
    }

    private func appendFolding(_ bytes: [UInt8], to out: inout [UInt8]) {
        guard foldQuotes else { out.append(contentsOf: bytes); return }
        bytes.withUnsafeBufferPointer { buf in
            var p = 0
            while p < buf.count {
                let (codePoint, length) = Self.decode(buf, p)
                if let codePoint, let ascii = Self.foldedQuote(codePoint) {
                    out.append(ascii)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[p..<(p + length)]))
                }
                p += length
            }
        }
    }

    /// The ASCII quote for a typographic quote, if it is one (news mode): U+2018, U+2019,
    /// U+201A, U+201B and U+02BC (modifier letter apostrophe) fold to `'`; U+201C, U+201D, U+201E
    /// and U+201F fold to `"`.
    static func foldedQuote(_ codePoint: UInt32) -> UInt8? {
        switch codePoint {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC: return UInt8(ascii: "'")
        case 0x201C, 0x201D, 0x201E, 0x201F: return UInt8(ascii: "\"")
        default: return nil
        }
    }

    /// Decodes the UTF-8 character at `p`: its code point (nil when malformed) and byte length.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, _ p: Int) -> (UInt32?, Int) {
        let b0 = text[p]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let length: Int
        var codePoint: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; codePoint = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; codePoint = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; codePoint = UInt32(b0 & 0x07)
        default: return (nil, 1)
        }
        guard p + length <= text.count else { return (nil, 1) }
        for k in 1..<length {
            let b = text[p + k]
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            codePoint = codePoint << 6 | UInt32(b & 0x3F)
        }
        return (codePoint, length)
    }
}
