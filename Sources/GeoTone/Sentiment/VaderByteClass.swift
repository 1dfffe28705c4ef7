/// Byte classes for the sentiment tokenizer, matching Python's `str.split()` and
/// `str.strip(string.punctuation)` as the reference uses them.
enum VaderByteClass {
    /// Bit for ASCII whitespace as Python's `str.isspace` sees it (\t \n \v \f \r, 0x1C–0x1F, space).
    static let whitespace: UInt8 = 1
    /// Bit for ASCII punctuation (Python's `string.punctuation`).
    static let punctuation: UInt8 = 2

    /// Class bits for every byte value.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in [9, 10, 11, 12, 13, 28, 29, 30, 31, 32] { t[b] |= whitespace }
        for b in Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8) { t[Int(b)] |= punctuation }
        return t
    }()

    /// Length in bytes of the whitespace character at `p` (0 if none), covering the non-ASCII
    /// characters Python also splits on: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000.
    @inline(__always)
    static func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, _ p: Int) -> Int {
        let b0 = text[p]
        if b0 < 0x80 { return table[Int(b0)] & whitespace != 0 ? 1 : 0 }
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
