/// The class of a byte as seen by the ``Tokenizer``.
///
/// Bytes ≥ 0x80 are classed `high`; the tokenizer then recognises the few multi-byte
/// punctuation sequences (typographic quotes, dashes, non-breaking spaces) and treats every
/// other non-ASCII sequence as letters.
enum ByteClass: UInt8 {
    case other = 0, lower, upper, digit, high, space, newline, apostrophe, dot, hyphen, terminator, comma

    /// The 256-entry class table, built once per tokenizer.
    static func table() -> [UInt8] {
        var t = [UInt8](repeating: ByteClass.other.rawValue, count: 256)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = ByteClass.lower.rawValue }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = ByteClass.upper.rawValue }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = ByteClass.digit.rawValue }
        for b in 0x80...0xFF { t[b] = ByteClass.high.rawValue }
        for b in [0x20, 0x09, 0x0D, 0x0B, 0x0C] { t[b] = ByteClass.space.rawValue }
        t[0x0A] = ByteClass.newline.rawValue
        t[Int(UInt8(ascii: "'"))] = ByteClass.apostrophe.rawValue
        t[Int(UInt8(ascii: "."))] = ByteClass.dot.rawValue
        t[Int(UInt8(ascii: "-"))] = ByteClass.hyphen.rawValue
        t[Int(UInt8(ascii: "!"))] = ByteClass.terminator.rawValue
        t[Int(UInt8(ascii: "?"))] = ByteClass.terminator.rawValue
        t[Int(UInt8(ascii: ","))] = ByteClass.comma.rawValue
        return t
    }
}

/// What a multi-byte UTF-8 sequence means to the tokenizer.
enum HighSequence {
    /// Part of a word (any letter of any script, and anything not listed below).
    case letter
    /// A space: U+00A0, U+2000–U+200B, U+202F.
    case space(length: Int)
    /// An apostrophe: U+2018, U+2019, U+201B.
    case apostrophe(length: Int)
    /// A hyphen that may join words: U+2010, U+2011, U+2013.
    case hyphen(length: Int)
    /// The soft hyphen U+00AD: invisible, ignored inside words.
    case softHyphen(length: Int)
    /// The ellipsis U+2026: may end a sentence.
    case terminator(length: Int)
    /// Other punctuation (quotes, dashes, guillemets).
    case punctuation(length: Int)

    /// Classifies the sequence starting at `i` (whose first byte is ≥ 0x80).
    @inline(__always)
    static func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> HighSequence {
        let b0 = p[i]
        if b0 == 0xC2, i + 1 < p.count {
            switch p[i + 1] {
            case 0xA0: return .space(length: 2)
            case 0xAD: return .softHyphen(length: 2)
            case 0xAB, 0xBB: return .punctuation(length: 2)
            default: return .letter
            }
        }
        if b0 == 0xE2, i + 2 < p.count, p[i + 1] == 0x80 {
            switch p[i + 2] {
            case 0x80...0x8B, 0xAF: return .space(length: 3)
            case 0x98, 0x99, 0x9B: return .apostrophe(length: 3)
            case 0x90, 0x91, 0x93: return .hyphen(length: 3)
            case 0xA6: return .terminator(length: 3)
            default: return .punctuation(length: 3)
            }
        }
        return .letter
    }
}
