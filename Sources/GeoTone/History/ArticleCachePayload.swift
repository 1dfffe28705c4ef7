/// The compact text form of one analysed article, stored in `article_cache.payload` for incremental runs.
///
/// It holds every field the per-article stage fills in an ``ArticleRecord`` (words, sentences, countries, focus,
/// dateline country, sentiment, mention rows) and the ``ArticleFacts`` aggregation needs, except the date and the
/// timeline period: those come from the input (`--default-year`, file dates) and are taken from the article
/// being analysed when the payload is reused.
///
/// Format: space-terminated tokens. Integers in decimal; doubles as the 16-digit hex of their IEEE-754 bit
/// pattern (exact round trip); strings as `<utf8 length>:<bytes>`; optionals as `0` or `1` then the value;
/// arrays as their count then the elements. The first token is ``formatVersion``.
public enum ArticleCachePayload {
    /// Bumped whenever the layout changes; part of the cache's method key, so old entries are never misread.
    public static let formatVersion = 1

    /// Encodes the analysis fields of `record` and `facts`.
    public static func encode(_ record: ArticleRecord, _ facts: ArticleFacts) -> String {
        var w = PayloadWriter()
        w.int(formatVersion)
        w.int(record.words)
        w.int(record.sentences)
        w.strings(record.countries)
        w.strings(record.focus)
        w.optionalString(record.datelineCountry)
        if let s = record.sentiment {
            w.int(1)
            for v in [s.compound, s.positive, s.negative, s.neutral, s.tone, s.polarity] { w.double(v) }
        } else {
            w.int(0)
        }
        w.int(record.mentions.count)
        for m in record.mentions {
            w.string(m.entity)
            w.int(m.mentions)
            w.int(m.firstOffset)
            w.strings(m.forms)
        }
        w.int32s(facts.countries)
        w.ints(facts.countryMentions)
        w.int32s(facts.regions)
        w.ints(facts.regionMentions)
        w.int(facts.sentences.count)
        for sentence in facts.sentences {
            w.int32s(sentence.countries)
            w.int32s(sentence.regions)
            w.double(sentence.compound)
        }
        w.int(facts.datelineCountry.map(Int.init) ?? -1)
        return w.text
    }

    /// Fills the analysis fields of `record` from `payload` and returns the article's facts with `date` and
    /// `period`; nil when the payload is malformed (the article is then analysed afresh).
    public static func decode(_ payload: String, into record: inout ArticleRecord, date: String?, period: String) -> ArticleFacts? {
        var payload = payload
        return payload.withUTF8 { bytes -> ArticleFacts? in
            var r = PayloadReader(bytes: bytes)
            guard r.int() == formatVersion,
                  let words = r.int(), let sentences = r.int(), let countries = r.strings(), let focus = r.strings(),
                  let dateline = r.optionalString(), let hasSentiment = r.int() else { return nil }
            var sentiment: ArticleRecord.Sentiment?
            if hasSentiment == 1 {
                guard let c = r.double(), let p = r.double(), let n = r.double(), let u = r.double(), let t = r.double(),
                      let o = r.double() else { return nil }
                sentiment = .init(compound: c, positive: p, negative: n, neutral: u, tone: t, polarity: o)
            }
            guard let mentionCount = r.count() else { return nil }
            var mentions: [ArticleRecord.MentionRow] = []
            mentions.reserveCapacity(mentionCount)
            for _ in 0..<mentionCount {
                guard let entity = r.string(), let count = r.int(), let offset = r.int(), let forms = r.strings() else { return nil }
                mentions.append(.init(entity: entity, mentions: count, firstOffset: offset, forms: forms))
            }
            guard let factCountries = r.int32s(), let countryMentions = r.ints(), let regions = r.int32s(),
                  let regionMentions = r.ints(), let sentenceCount = r.count() else { return nil }
            var sentenceFacts: [ArticleFacts.Sentence] = []
            sentenceFacts.reserveCapacity(sentenceCount)
            for _ in 0..<sentenceCount {
                guard let c = r.int32s(), let g = r.int32s(), let compound = r.double() else { return nil }
                sentenceFacts.append(.init(countries: c, regions: g, compound: compound))
            }
            guard let datelineIndex = r.int(), r.atEnd else { return nil }
            record.words = words
            record.sentences = sentences
            record.countries = countries
            record.focus = focus
            record.datelineCountry = dateline
            record.sentiment = sentiment
            record.mentions = mentions
            return ArticleFacts(date: date, period: period, countries: factCountries, countryMentions: countryMentions,
                                regions: regions, regionMentions: regionMentions, sentences: sentenceFacts,
                                datelineCountry: datelineIndex < 0 ? nil : Int32(datelineIndex))
        }
    }
}

/// Appends payload tokens.
struct PayloadWriter {
    private(set) var text = ""

    mutating func int(_ v: Int) { text += String(v); text += " " }
    mutating func double(_ v: Double) {
        let hex = String(v.bitPattern, radix: 16)
        text += String(repeating: "0", count: 16 - hex.utf8.count) + hex + " "
    }
    mutating func string(_ s: String) { text += String(s.utf8.count); text += ":"; text += s; text += " " }
    mutating func optionalString(_ s: String?) {
        if let s { int(1); string(s) } else { int(0) }
    }
    mutating func strings(_ list: [String]) { int(list.count); list.forEach { string($0) } }
    mutating func ints(_ list: [Int]) { int(list.count); list.forEach { int($0) } }
    mutating func int32s(_ list: [Int32]) { int(list.count); list.forEach { int(Int($0)) } }
}

/// Reads payload tokens from UTF-8 bytes; every accessor returns nil on malformed input.
struct PayloadReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Longest array accepted, a guard against corrupt counts.
    static let maxCount = 1 << 24

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func int() -> Int? {
        var negative = false
        if position < bytes.count && bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        var value = 0, digits = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[position] - 0x30))
            if o1 || o2 { return nil }
            value = a
            digits += 1
            position += 1
        }
        guard digits > 0, position < bytes.count, bytes[position] == 0x20 else { return nil }
        position += 1
        return negative ? -value : value
    }

    mutating func count() -> Int? {
        guard let n = int(), n >= 0, n <= Self.maxCount else { return nil }
        return n
    }

    mutating func double() -> Double? {
        guard position + 17 <= bytes.count, bytes[position + 16] == 0x20 else { return nil }
        var bits: UInt64 = 0
        for k in 0..<16 {
            let b = bytes[position + k]
            let nibble: UInt8
            switch b {
            case 0x30...0x39: nibble = b - 0x30
            case 0x61...0x66: nibble = b - 0x61 + 10
            default: return nil
            }
            bits = bits << 4 | UInt64(nibble)
        }
        position += 17
        return Double(bitPattern: bits)
    }

    mutating func string() -> String? {
        var length = 0, digits = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, digits < 10 {
            length = length * 10 + Int(bytes[position] - 0x30)
            digits += 1
            position += 1
        }
        guard digits > 0, position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
        let start = position + 1, end = start + length
        guard end < bytes.count, bytes[end] == 0x20 else { return nil }
        position = end + 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        switch int() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) } ?? nil
        default: return nil
        }
    }

    mutating func strings() -> [String]? {
        guard let n = count() else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { guard let s = string() else { return nil }; out.append(s) }
        return out
    }

    mutating func ints() -> [Int]? {
        guard let n = count() else { return nil }
        var out: [Int] = []
        out.reserveCapacity(n)
        for _ in 0..<n { guard let v = int() else { return nil }; out.append(v) }
        return out
    }

    mutating func int32s() -> [Int32]? {
        guard let n = count() else { return nil }
        var out: [Int32] = []
        out.reserveCapacity(n)
        for _ in 0..<n { guard let v = int(), let w = Int32(exactly: v) else { return nil }; out.append(w) }
        return out
    }
}
