/// Cutting text into words and folding them to keys, per language.
extension LanguageMatcher {
    /// One word of the text.
    struct Word {
        /// The folded form looked up in the trie.
        var key: String
        /// The word as written (after elision or suffix removal).
        var surface: String
        var start: Int
        var end: Int
        var upperFirst: Bool
        /// No letter with an accent (then accent-free alias forms are tried too).
        var accentFree: Bool
        /// Only spaces or a hyphen since the previous word.
        var joined: Bool
    }

    /// Cuts `bytes` into words: runs of letters, digits and combining marks, with apostrophes between letters.
    func segment(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [Word]) {
        var all: [Unicode.Scalar] = []
        var offsets: [Int] = []
        Self.decode(bytes) { s, offset in all.append(s); offsets.append(offset) }
        offsets.append(bytes.count)
        var i = 0
        var joined = false
        while i < all.count {
            if !Self.isWordScalar(all[i]) {
                let s = all[i]
                if !(s == " " || s == "-" || s == "\u{2010}" || s == "\u{2011}" || s == "\u{A0}") { joined = false }
                i += 1
                continue
            }
            var j = i + 1
            var firstApostrophe: Int?
            while j < all.count {
                if Self.isWordScalar(all[j]) { j += 1; continue }
                if Self.isApostrophe(all[j]) && j + 1 < all.count && Self.isWordScalar(all[j + 1]) {
                    if firstApostrophe == nil { firstApostrophe = j }
                    j += 1
                    continue
                }
                break
            }
            var from = i, to = j
            if let a = firstApostrophe {
                if rules.apostropheSuffix {
                    to = a
                } else if !rules.elisions.isEmpty {
                    let head = String(String.UnicodeScalarView(all[i..<a])).lowercased()
                    if rules.elisions.contains(head) { from = a + 1 }
                }
            }
            let surface = String(String.UnicodeScalarView(all[from..<to]))
            let key = fold(surface)
            words.append(Word(key: key, surface: surface, start: offsets[from], end: offsets[to],
                              upperFirst: all[from].properties.isUppercase,
                              accentFree: !foldsAccents || Self.stripAccents(key) == key,
                              joined: joined && !words.isEmpty))
            joined = true
            i = j
        }
    }

    /// The lookup key of a word: lower case by the language's rules, apostrophes unified, Arabic spellings folded.
    func fold(_ word: String) -> String {
        switch language {
        case .tr:
            var out = String.UnicodeScalarView()
            for s in word.unicodeScalars {
                switch s {
                case "I": out.append("ı")
                case "\u{130}": out.append("i")
                default: out.append(contentsOf: String(s).lowercased().unicodeScalars)
                }
            }
            return String(out).replacingApostrophes()
        case .ru:
            return String(String.UnicodeScalarView(word.lowercased().unicodeScalars.map { $0 == "ё" ? "е" : $0 }))
        case .ar:
            var out = String.UnicodeScalarView()
            for s in word.unicodeScalars {
                switch s.value {
                case 0x064B...0x0652, 0x0640, 0x0670: continue
                case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{627}")
                case 0x0649: out.append("\u{64A}")
                case 0x0629: out.append("\u{647}")
                default: out.append(s)
                }
            }
            return String(out)
        default:
            return word.lowercased().replacingApostrophes()
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{02BC}" }

    /// Latin letters with diacritics folded to their base letter (Latin-1 and Latin Extended-A).
    static func stripAccents(_ key: String) -> String {
        var changed = false
        var out = String.UnicodeScalarView()
        for s in key.unicodeScalars {
            if s.value >= 0xC0 && s.value < 0x180, let base = accentBase[s] {
                out.append(base)
                changed = true
            } else {
                out.append(s)
            }
        }
        return changed ? String(out) : key
    }

    static let accentBase: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭį", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in groups { for s in letters.unicodeScalars { map[s] = base } }
        return map
    }()

    /// Decodes UTF-8, calling `body` with each scalar and its byte offset; a bad byte is skipped.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar, Int) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var length = 1, value = UInt32(b)
            if b >= 0xF0 { length = 4; value = UInt32(b & 0x07) } else if b >= 0xE0 { length = 3; value = UInt32(b & 0x0F) }
            else if b >= 0xC0 { length = 2; value = UInt32(b & 0x1F) } else if b >= 0x80 { i += 1; continue }
            if i + length > n { return }
            var ok = true
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { ok = false; break }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if ok, let s = Unicode.Scalar(value) { body(s, i); i += length } else { i += 1 }
        }
    }
}

private extension String {
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 }))
    }
}
