/// Folds typographic variants to plain forms before analysis (the stored text stays as read).
///
/// One pass over the UTF-8 bytes:
/// - `‘ ’ ‚ ‛` → `'`, `“ ” „ ‟` → `"`, `‐ ‑ ‒ – —` → `-`, `…` → `...`;
/// - no-break and narrow no-break spaces → space; soft hyphen and zero-width space removed;
/// - HTML entities (markup, typography and Latin-1 letters: `&amp; &nbsp; &mdash; &rsquo; &eacute;` …, see
///   ``namedEntities``) and numeric `&#NNN;` / `&#xHH;` decoded, then folded exactly as the same character
///   written literally (`&#8211;` → `-`); an unknown or malformed entity is kept as written;
/// - an ASCII vowel, `n`, `c` or `y` followed by a combining grave, acute, circumflex, tilde,
///   diaeresis, ring or cedilla is composed into its Latin-1 letter (`e` + U+0301 → `é`).
///   Other combining sequences are left alone: full Unicode NFC needs tables we do not carry.
///
/// Byte offsets change when the text changes, so offsets reported after normalizing refer to
/// the normalized bytes.
public struct TextNormalizer: Sendable {
    /// Longest entity name looked at after `&` (`&#x10FFFF;` is the longest accepted form).
    public static let maximumEntityLength = 10

    /// `&` in every byte of a word, and the low and high bit of every byte: a word `w` holds no `&` and no byte
    /// ≥ 0x80 when `(w | ((a - lowBits) & ~a)) & highBits == 0` for `a = w ^ ampersands` (a byte of `a` is zero
    /// exactly where `w` holds `&`).
    private static let ampersands: UInt64 = 0x2626_2626_2626_2626
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Composed Latin-1 code point for (combining mark second byte, ASCII base letter).
    private let composition: [UInt16: UInt32]

    /// Creates a normalizer.
    public init() {
        var table: [UInt16: UInt32] = [:]
        // Second byte of the combining mark's UTF-8 form (CC xx), the bases, their compositions.
        let marks: [(UInt8, String, String)] = [
            (0x80, "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
            (0x81, "AEIOUYaeiouy", "ÁÉÍÓÚÝáéíóúý"),
            (0x82, "AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
            (0x83, "ANOano", "ÃÑÕãñõ"),
            (0x88, "AEIOUaeiouy", "ÄËÏÖÜäëïöüÿ"),
            (0x8A, "Aa", "Åå"),
            (0xA7, "Cc", "Çç"),
        ]
        for (mark, bases, composed) in marks {
            for (base, c) in zip(bases.utf8, composed.unicodeScalars) {
                table[UInt16(mark) << 8 | UInt16(base)] = c.value
            }
        }
        composition = table
    }

    /// Returns the normalized form of `bytes`.
    public func normalize(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { normalize($0, into: &out) }
        return out
    }

    /// Writes the normalized form of `p` into `out`, replacing its contents (capacity kept).
    /// - Complexity: O(n), one pass.
    public func normalize(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        normalize(p, appendingTo: &out)
    }

    /// Appends the normalized form of `p` to `out`. Nothing in `p` looks at what `out` already holds unless it
    /// starts with a combining mark, which then composes only with an ASCII letter before it.
    public func normalize(_ p: UnsafeBufferPointer<UInt8>, appendingTo out: inout [UInt8]) {
        out.reserveCapacity(out.count + p.count)
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 && b != UInt8(ascii: "&") {
                // A run of plain ASCII is copied as one block (a per-byte append checked capacity and uniqueness).
                // Eight bytes at a time while none has its high bit set or is `&`, then byte by byte.
                var j = i + 1
                let base = UnsafeRawPointer(p.baseAddress!)
                while j + 8 <= n {
                    let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                    let amp = w ^ TextNormalizer.ampersands
                    if (w | ((amp &- TextNormalizer.lowBits) & ~amp)) & TextNormalizer.highBits != 0 { break }
                    j += 8
                }
                while j < n {
                    let c = p[j]
                    if c >= 0x80 || c == UInt8(ascii: "&") { break }
                    j += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                i = j
                continue
            }
            if b < 0x80 {
                if b == UInt8(ascii: "&"), let (scalar, length) = decodeEntity(p, at: i) {
                    appendFolded(scalar, to: &out)
                    i += length
                } else {
                    out.append(b)
                    i += 1
                }
                continue
            }
            if b == 0xC2, i + 1 < n {
                switch p[i + 1] {
                case 0xA0: out.append(0x20); i += 2; continue
                case 0xAD: i += 2; continue
                default: break
                }
            } else if b == 0xE2, i + 2 < n, p[i + 1] == 0x80 {
                switch p[i + 2] {
                case 0x98, 0x99, 0x9A, 0x9B: out.append(UInt8(ascii: "'")); i += 3; continue
                case 0x9C, 0x9D, 0x9E, 0x9F: out.append(UInt8(ascii: "\"")); i += 3; continue
                case 0x90, 0x91, 0x92, 0x93, 0x94: out.append(UInt8(ascii: "-")); i += 3; continue
                case 0xA6: out.append(contentsOf: [0x2E, 0x2E, 0x2E]); i += 3; continue
                case 0xAF: out.append(0x20); i += 3; continue
                case 0x8B: i += 3; continue
                default: break
                }
            } else if b == 0xCC, i + 1 < n, let last = out.last, last < 0x80,
                      let composed = composition[UInt16(p[i + 1]) << 8 | UInt16(last)] {
                out.removeLast()
                appendUTF8(composed, to: &out)
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
    }

    /// Decodes the HTML entity starting at `i` (which holds `&`): its scalar and byte length.
    private func decodeEntity(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let limit = min(p.count, i + TextNormalizer.maximumEntityLength + 2)
        var j = i + 1
        while j < limit, p[j] != UInt8(ascii: ";") { j += 1 }
        guard j < limit, j > i + 1 else { return nil }
        let name = UnsafeBufferPointer(rebasing: p[(i + 1)..<j])
        let length = j - i + 1
        if name[0] == UInt8(ascii: "#") {
            var value: UInt32 = 0
            let hex = name.count > 1 && (name[1] | 0x20) == UInt8(ascii: "x")
            let digits = name.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty else { return nil }
            for d in digits {
                let v: UInt32
                switch d {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(d - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: v = UInt32(d - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: v = UInt32(d - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + v
                if value > 0x10FFFF { return nil }
            }
            guard Unicode.Scalar(value) != nil else { return nil }
            return (value, length)
        }
        guard let value = TextNormalizer.namedEntities[String(decoding: name, as: UTF8.self)] else { return nil }
        return (value, length)
    }

    /// Named HTML entities decoded: markup, typography and the Latin-1 letters news text writes this way.
    static let namedEntities: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "shy": 0xAD,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C,
        "rdquo": 0x201D, "bdquo": 0x201E, "hellip": 0x2026, "laquo": 0xAB, "raquo": 0xBB, "middot": 0xB7,
        "aacute": 0xE1, "agrave": 0xE0, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "ccedil": 0xE7,
        "eacute": 0xE9, "egrave": 0xE8, "ecirc": 0xEA, "euml": 0xEB, "iacute": 0xED, "igrave": 0xEC, "icirc": 0xEE,
        "iuml": 0xEF, "ntilde": 0xF1, "oacute": 0xF3, "ograve": 0xF2, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6,
        "uacute": 0xFA, "ugrave": 0xF9, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "szlig": 0xDF,
        "Aacute": 0xC1, "Agrave": 0xC0, "Acirc": 0xC2, "Auml": 0xC4, "Aring": 0xC5, "Ccedil": 0xC7, "Eacute": 0xC9,
        "Egrave": 0xC8, "Iacute": 0xCD, "Ntilde": 0xD1, "Oacute": 0xD3, "Ouml": 0xD6, "Uacute": 0xDA, "Uuml": 0xDC,
    ]

    /// Appends a decoded entity folded exactly as the same character written literally: typographic quotes,
    /// dashes, ellipsis and spaces become their ASCII forms, soft hyphen and zero-width space vanish.
    private func appendFolded(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0xA0, 0x202F: out.append(0x20)
        case 0xAD, 0x200B: return
        case 0x2018, 0x2019, 0x201A, 0x201B: out.append(UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x201E, 0x201F: out.append(UInt8(ascii: "\""))
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: out.append(UInt8(ascii: "-"))
        case 0x2026: out.append(contentsOf: [0x2E, 0x2E, 0x2E])
        case 0x300...0x33F:
            if let last = out.last, last < 0x80, let composed = composition[UInt16(0x80 + value - 0x300) << 8 | UInt16(last)] {
                out.removeLast()
                appendUTF8(composed, to: &out)
            } else {
                appendUTF8(value, to: &out)
            }
        default: appendUTF8(value, to: &out)
        }
    }

    private func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { out.append($0) }
    }
}
