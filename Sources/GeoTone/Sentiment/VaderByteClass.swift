/// Byte classes for the sentiment tokenizer, matching Python's `str.split()` and
/// `str.strip(string.punctuation)` as the reference uses them.
enum VaderByteClass {
    /// ASCII whitespace as Python's `str.isspace` sees it: \t \n \v \f \r, 0x1C–0x1F, space.
    @inline(__always)
    static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || (b &- 0x09) < 5 || (b &- 0x1C) < 4
    }

    /// ASCII punctuation, Python's `string.punctuation`: !"#$%&'()*+,-./ :;<=>?@ [\]^_` {|}~.
    @inline(__always)
    static func isPunctuation(_ b: UInt8) -> Bool {
        (b &- 0x21) < 15 || (b &- 0x3A) < 7 || (b &- 0x5B) < 6 || (b &- 0x7B) < 4
    }

    /// Length in bytes of the whitespace character at `p` (0 if none), covering the non-ASCII
    /// characters Python also splits on: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000.
    @inline(__always)
    static func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, _ p: Int) -> Int {
        let b0 = text[p]
        if b0 < 0x80 { return isASCIIWhitespace(b0) ? 1 : 0 }
        let n = text.count
        switch b0 {
        case 0xC2:
            guard p + 1 < n else { return 0 }
            return text[p + 1] == 0x85 || text[p + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard p + 2 < n else { return 0 }
            let b1 = text[p + 1], b2 = text[p + 2]
            switch (b0, b1) {
            case (0xE1, 0x9A): return b2 == 0x80 ? 3 : 0
            case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0
            case (0xE2, 0x81): return b2 == 0x9F ? 3 : 0
            case (0xE3, 0x80): return b2 == 0x80 ? 3 : 0
            default: return 0
            }
        default:
            return 0
        }
    }
}

extension VaderByteClass {
    /// Class bits of one byte, looked up in `table` (one load per byte in the tokenizer).
    static let space: UInt8 = 1 << 0
    /// `string.punctuation`.
    static let punctuation: UInt8 = 1 << 1
    /// ASCII `A`–`Z`.
    static let upper: UInt8 = 1 << 2
    /// ASCII `a`–`z`.
    static let lower: UInt8 = 1 << 3
    /// `'`, which may start "n't".
    static let apostrophe: UInt8 = 1 << 4
    /// `!`, counted for punctuation emphasis.
    static let exclamation: UInt8 = 1 << 5
    /// `?`, counted for punctuation emphasis.
    static let question: UInt8 = 1 << 6
    /// A byte ≥ 0x80 (part of a non-ASCII character).
    static let high: UInt8 = 1 << 7

    /// Class bits of every byte value, built from the predicates above.
    static let table: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let b = UInt8(value)
        if b >= 0x80 { return high }
        var bits: UInt8 = 0
        if isASCIIWhitespace(b) { bits |= space }
        if isPunctuation(b) { bits |= punctuation }
        if b &- 65 < 26 { bits |= upper }
        if b &- 97 < 26 { bits |= lower }
        if b == UInt8(ascii: "'") { bits |= apostrophe }
        if b == UInt8(ascii: "!") { bits |= exclamation }
        if b == UInt8(ascii: "?") { bits |= question }
        return bits
    }

    /// `table` in storage that is never freed, for the tokenizer's loop (a plain pointer: no array access checks).
    nonisolated(unsafe) static let tablePointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 { p[value] = table[value] }
        return UnsafePointer(p)
    }()
}
