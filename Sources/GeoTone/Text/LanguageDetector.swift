/// Tells the language of a text from its first tokens: writing system first, then, for Latin script, which
/// language's function words it uses most.
///
/// Reads only the first ``sampleTokens`` tokens of the tokenized text, so its cost on a long English article is
/// bounded (one table probe per sampled token).
public struct LanguageDetector: Sendable {
    /// Tokens read from the start of the text.
    public static let sampleTokens = 300
    /// Share of kana among the Han and kana letters from which Han text is read as Japanese (Chinese has none).
    public static let japaneseKanaShare = 0.05
    /// A language other than English must have more than this many times English's function-word hits.
    public static let otherOverEnglish = 2
    /// English function-word hits after which, with Latin letters ahead and no other language within
    /// ``otherOverEnglish`` times, the text is English without reading further.
    public static let decisiveEnglishHits = 12
    /// Function-word hits a language other than English needs at least (`Del E. Webb` is no Italian).
    public static let minimumOtherHits = 2
    /// ... and at least this share of the lower-case words sampled (prose in these languages has 30–45 %; the
    /// price tables of wire services have almost none).
    public static let minimumOtherShare = 0.1
    /// Latin-script languages that have a function-word profile, in table bit order.
    static let profiled: [Language] = [.en, .es, .fr, .de, .pt, .it, .tr]

    /// Open-addressing table from token hash to a bit set of `profiled` languages (slot empty when key is 0).
    let keys: [UInt64]
    let masks: [UInt8]
    let mask: Int
    /// One bit per 14-bit slice of a function word's hash (2 KiB): most words of a text are not function words, and
    /// the filter turns almost all of them away without a probe into the table, which missed the L1 cache on most
    /// words (`geotone countries` spent 15 % of its cycles here).
    let filter: [UInt64]
    static let filterBits = 14

    /// Builds the profiles from `(language, word)` pairs (`Datasets/text/function_words.tsv`); words of languages
    /// without a Latin profile are ignored.
    public init(functionWords: [(language: Language, word: String)], tokenizer: Tokenizer) {
        var size = 64
        while size < functionWords.count * 4 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size), masks = [UInt8](repeating: 0, count: size)
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        for (language, word) in functionWords {
            guard let bit = Self.profiled.firstIndex(of: language) else { continue }
            guard let token = tokenizer.tokenize(Array(word.utf8)).tokens.first else { continue }
            var i = Int(truncatingIfNeeded: token.hash) & (size - 1)
            while keys[i] != 0 && keys[i] != token.hash { i = (i + 1) & (size - 1) }
            keys[i] = token.hash
            masks[i] |= 1 << UInt8(bit)
            let f = Self.filterSlot(token.hash)
            filter[f >> 6] |= 1 << UInt64(f & 63)
        }
        self.keys = keys
        self.masks = masks
        self.filter = filter
        mask = size - 1
    }

    /// Loads the profiles from a `language<TAB>word` file with a header row.
    public static func load(path: String, tokenizer: Tokenizer) throws -> LanguageDetector {
        let (bytes, _) = try FileBytes.read(path: path)
        var pairs: [(Language, String)] = []
        var problems: [String] = []
        for (n, line) in DataLine.numberedLines(String(decoding: bytes, as: UTF8.self)) where n > 1 && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 2, let l = Language(rawValue: String(f[0])), !f[1].isEmpty else {
                problems.append("\(path):\(n): expected a language code and a word")
                continue
            }
            pairs.append((l, String(f[1])))
        }
        if !problems.isEmpty { throw TextError.invalidData(problems) }
        return LanguageDetector(functionWords: pairs, tokenizer: tokenizer)
    }

    /// The language of `text` (tokens of `bytes`).
    ///
    /// - Complexity: O(min(tokens, ``sampleTokens``)) plus the bytes of the non-ASCII tokens sampled.
    public func detect(_ text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> Language {
        var latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, lettered = 0
        var hits = (0, 0, 0, 0, 0, 0, 0)
        let n = min(text.tokens.count, Self.sampleTokens)
        for t in 0..<n {
            let token = text.tokens[t]
            guard token.flags.contains(.hasLetter) else { continue }
            let start = Int(token.start), end = Int(token.end)
            // A token starting and ending in ASCII is counted as Latin by its length; others are read byte by byte
            // (`33歳、34歳…` starts with a digit).
            if bytes[start] < 0x80 && bytes[end - 1] < 0x80 {
                latin += end - start
            } else {
                var i = start
                while i < end {
                    let b = bytes[i]
                    switch b {
                    case 0x41...0x5A, 0x61...0x7A, 0xC3...0xC9: latin += 1
                    case 0xD0...0xD3: cyrillic += 1
                    case 0xD8...0xDB: arabic += 1
                    case 0xE3 where i + 1 < end && bytes[i + 1] >= 0x81 && bytes[i + 1] <= 0x83: kana += 1
                    case 0xE3...0xE9: han += 1
                    default: break
                    }
                    i += 1
                }
            }
            // Words in capitals say little (wire headlines, tables: `A TON`, `UND CIE`).
            if token.flags.contains(.allUpper) { continue }
            lettered += 1
            let slot = probe(token.hash)
            if slot != 0 {
                if slot & 1 != 0 { hits.0 += 1 }
                if slot & 2 != 0 { hits.1 += 1 }
                if slot & 4 != 0 { hits.2 += 1 }
                if slot & 8 != 0 { hits.3 += 1 }
                if slot & 16 != 0 { hits.4 += 1 }
                if slot & 32 != 0 { hits.5 += 1 }
                if slot & 64 != 0 { hits.6 += 1 }
                // Plain English prose is settled within a few dozen words: stop sampling there.
                if hits.0 >= Self.decisiveEnglishHits && latin > cyrillic + arabic + han + kana
                    && Self.otherOverEnglish * max(hits.1, hits.2, hits.3, hits.4, hits.5, hits.6) < hits.0 {
                    return .en
                }
            }
        }
        // Letters counted by their UTF-8 lead bytes (an ASCII token by its length).
        let cjk = han + kana
        let top = max(latin, cyrillic, arabic, cjk)
        if top == 0 { return .und }
        if cjk == top {
            return Double(kana) >= Self.japaneseKanaShare * Double(cjk) ? .ja : .zh
        }
        if cyrillic == top { return .ru }
        if arabic == top { return .ar }
        // On the stack (an array here was an allocation per text, which one-line texts felt).
        let counts = SIMD8<Int>(hits.0, hits.1, hits.2, hits.3, hits.4, hits.5, hits.6, 0)
        let languages = Self.profiled.count
        var best = 0, second = -1
        for i in 1..<languages where counts[i] > counts[best] { best = i }
        for i in 1..<languages where i != best && (second < 0 || counts[i] > counts[second]) { second = i }
        if counts[best] == 0 { return .und }
        if best == 0 { return .en }
        let enough = max(Self.minimumOtherHits, Int((Self.minimumOtherShare * Double(lettered)).rounded(.up)))
        if counts[best] <= Self.otherOverEnglish * counts[0] || counts[best] < enough { return counts[0] > 0 ? .en : .und }
        if second >= 0 && counts[second] == counts[best] { return .und }
        return Self.profiled[best]
    }

    /// The filter bit of a hash: its top bits (the table's slot comes from the low ones).
    @inline(__always) static func filterSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - filterBits))
    }

    @inline(__always) func probe(_ hash: UInt64) -> UInt8 {
        let f = Self.filterSlot(hash)
        guard filter[f >> 6] & (1 << UInt64(f & 63)) != 0 else { return 0 }
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let k = keys[i]
            if k == hash { return masks[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
