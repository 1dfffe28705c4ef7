/// Folds typographic variants to plain forms before analysis (the stored text stays as read).
///
/// One pass over the UTF-8 bytes:
/// - `‘ ’ ‚ ‛` → `'`, `“ ” „ ‟` → `"`, `‐ ‑ ‒ – —` → `-`, `…` → `...`;
/// - no-break and narrow no-break spaces → space; soft hyphen and zero-width space removed;
/// - HTML entities `&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;` and numeric `&#NNN;` / `&#xHH;`
///   decoded (an unknown or malformed entity is kept as written);
/// - an ASCII vowel, `n`, `c` or `y` followed by a combining grave, acute, circumflex, tilde,
///   diaeresis, ring or cedilla is composed into its Latin-1 letter (`e` + U+0301 → `é`).
///   Other combining sequences are left alone: full Unicode NFC needs tables we do not carry.
///
/// Byte offsets change when the text changes, so offsets reported after normalizing refer to
/// the normalized bytes.
public struct TextNormalizer: Sendable {
    /// Longest entity name looked at after `&` (`&#x10FFFF;` is the longest accepted form).
    public static let maximumEntityLength = 10

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
                var j = i + 1
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
                    appendUTF8(scalar, to: &out)
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
            return (value == 0xA0 ? 0x20 : value, length)
        }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return (0x26, length)
        case "lt": return (0x3C, length)
        case "gt": return (0x3E, length)
        case "quot": return (0x22, length)
        case "apos": return (0x27, length)
        case "nbsp": return (0x20, length)
        default: return nil
        }
    }

    private func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { out.append($0) }
    }
}
