/// The compact binary form of one analysed article, kept with its article row for incremental runs (and read back
/// whole by ``RunReader/cachedArticles(run:)``).
///
/// It holds every field the per-article stage fills in an ``ArticleRecord`` (words, sentences, countries, focus,
/// dateline country, sentiment, mention rows) and the ``ArticleFacts`` aggregation needs, except the date and the
/// timeline period: those come from the input (`--default-year`, file dates) and are taken from the article
/// being analysed when the payload is reused.
///
/// Format: unsigned integers as LEB128 varints, signed ones zig-zag encoded first; doubles as the 8 little-endian
/// bytes of their IEEE-754 bit pattern (exact round trip); strings as a varint byte count then the UTF-8 bytes;
/// optionals as a `0`/`1` byte then the value; arrays as their count then the elements. A sentence's
/// attributed country compounds are an empty array when they all equal the sentence's compound. The first varint is
/// ``formatVersion``. A typical synthetic wire story (300 words, 6 countries) takes about 150 bytes.
public enum ArticleCachePayload {
    /// Bumped whenever the layout changes; part of the cache's method key, so old entries are never misread.
    public static let formatVersion = 4

    /// Encodes the analysis fields of `record` and `facts`.
    public static func encode(_ record: ArticleRecord, _ facts: ArticleFacts) -> [UInt8] {
        encodeSplit(record, facts).payload
    }

    /// ``encode(_:_:)``, and where the *head* (the fields an article row holds in columns of its own: words,
    /// sentences, countries, focus, dateline country, sentiment, mention rows) ends and the *facts* begin.
    static func encodeSplit(_ record: ArticleRecord, _ facts: ArticleFacts) -> (payload: [UInt8], headLength: Int) {
        var w = PayloadWriter(capacity: 512)
        writeHead(record, into: &w)
        let headLength = w.count
        w.int32s(facts.countries)
        w.ints(facts.countryMentions)
        w.int32s(facts.regions)
        w.ints(facts.regionMentions)
        let table = facts.sentenceTable
        w.uint(UInt64(table.count))
        for k in 0..<table.count {
            let countries = table.countryRange(k), regions = table.regionRange(k)
            w.uint(UInt64(countries.count))
            for i in countries { w.int(Int(table.countries[i])) }
            w.uint(UInt64(regions.count))
            for i in regions { w.int(Int(table.regions[i])) }
            let compound = table.compounds[k]
            w.double(compound)
            // Attributed compounds only when some country's differs from the sentence's (a 0 byte otherwise).
            if countries.allSatisfy({ table.countryCompounds[$0].bitPattern == compound.bitPattern }) {
                w.uint(0)
            } else {
                w.uint(UInt64(countries.count))
                for i in countries { w.double(table.countryCompounds[i]) }
            }
        }
        w.int(facts.datelineCountry.map(Int.init) ?? -1)
        return (w.bytes, headLength)
    }

    /// The head of a payload: the format version and the record's analysis fields.
    static func head(of record: ArticleRecord) -> [UInt8] {
        var w = PayloadWriter(capacity: 128)
        writeHead(record, into: &w)
        return w.bytes
    }

    private static func writeHead(_ record: ArticleRecord, into w: inout PayloadWriter) {
        w.uint(UInt64(formatVersion))
        w.int(record.words)
        w.int(record.sentences)
        w.strings(record.countries)
        w.strings(record.focus)
        w.optionalString(record.datelineCountry)
        w.optionalString(record.language)
        if let s = record.sentiment {
            w.uint(1)
            w.double(s.compound); w.double(s.positive); w.double(s.negative)
            w.double(s.neutral); w.double(s.tone); w.double(s.polarity)
        } else {
            w.uint(0)
        }
        w.list(record.mentions) { w, m in
            w.string(m.entity)
            w.int(m.mentions)
            w.int(m.firstOffset)
            w.strings(m.forms)
        }
    }

    /// Fills the analysis fields of `record` from `payload` and returns the article's facts with `date` and
    /// `period`; nil when the payload is malformed (the article is then analysed afresh).
    public static func decode(_ payload: [UInt8], into record: inout ArticleRecord, date: String?, period: String) -> ArticleFacts? {
        payload.withUnsafeBufferPointer { decode($0, into: &record, date: date, period: period) }
    }

    /// ``decode(_:into:date:period:)`` on borrowed bytes (e.g. a column of a SQLite row).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into record: inout ArticleRecord, date: String?,
                              period: String) -> ArticleFacts? {
        var r = PayloadReader(bytes: bytes)
        guard r.uint() == UInt64(formatVersion),
              let words = r.int(), let sentences = r.int(), let countries = r.strings(), let focus = r.strings(),
              let dateline = r.optionalString(), let language = r.optionalString(), let hasSentiment = r.uint() else { return nil }
        var sentiment: ArticleRecord.Sentiment?
        switch hasSentiment {
        case 0: break
        case 1:
            guard let c = r.double(), let p = r.double(), let n = r.double(), let u = r.double(), let t = r.double(),
                  let o = r.double() else { return nil }
            sentiment = .init(compound: c, positive: p, negative: n, neutral: u, tone: t, polarity: o)
        default: return nil
        }
        guard let mentions = r.list({ r -> ArticleRecord.MentionRow? in
            guard let entity = r.string(), let count = r.int(), let offset = r.int(), let forms = r.strings() else { return nil }
            return .init(entity: entity, mentions: count, firstOffset: offset, forms: forms)
        }), let facts = readFacts(&r, date: date, period: period) else { return nil }
        record.words = words
        record.sentences = sentences
        record.countries = countries
        record.focus = focus
        record.datelineCountry = dateline
        record.language = language
        record.sentiment = sentiment
        record.mentions = mentions
        return facts
    }

    /// The facts part of a payload (what follows its head), as a cache column without the head holds it: the record's
    /// fields come from the row.
    static func decodeFacts(_ bytes: UnsafeBufferPointer<UInt8>, date: String?, period: String) -> ArticleFacts? {
        var r = PayloadReader(bytes: bytes)
        return readFacts(&r, date: date, period: period)
    }

    /// The facts from the reader's position to the end of the payload.
    private static func readFacts(_ r: inout PayloadReader, date: String?, period: String) -> ArticleFacts? {
        guard let factCountries = r.int32s(), let countryMentions = r.ints(), let regions = r.int32s(),
              let regionMentions = r.ints(),
              let sentenceCount = r.count() else { return nil }
        var table = ArticleFacts.SentenceTable()
        for _ in 0..<sentenceCount {
            guard let c = r.int32s(), let g = r.int32s(), let compound = r.double(),
                  let attributed = r.list({ r in r.double() }),
                  attributed.isEmpty || attributed.count == c.count else { return nil }
            if attributed.isEmpty {
                table.append(countries: c, countryCompounds: repeatElement(compound, count: c.count), regions: g, compound: compound)
            } else {
                table.append(countries: c, countryCompounds: attributed, regions: g, compound: compound)
            }
        }
        guard let datelineIndex = r.int(), r.atEnd, countryMentions.count == factCountries.count,
              regionMentions.count == regions.count, let datelineCountry = Int32(exactly: datelineIndex) else { return nil }
        return ArticleFacts(date: date, period: period, countries: factCountries, countryMentions: countryMentions,
                            regions: regions, regionMentions: regionMentions, sentenceTable: table,
                            datelineCountry: datelineCountry < 0 ? nil : datelineCountry)
    }
}

/// Appends payload fields as bytes.
///
/// The bytes go into a buffer kept longer than what is written (`count` is the length written), through a pointer:
/// appending each varint byte or each double to an array cost a capacity check and a generic copy per field.
struct PayloadWriter {
    private var storage: [UInt8]
    /// Bytes written.
    private(set) var count = 0

    /// A writer with room for `capacity` bytes before it grows.
    init(capacity: Int = 256) { storage = Array(repeating: 0, count: max(capacity, 16)) }

    /// The bytes written.
    var bytes: [UInt8] { Array(storage[0..<count]) }

    /// Makes room for `n` more bytes and calls `write` with where they go; `write` returns how many it wrote.
    @inline(__always)
    private mutating func write(upTo n: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < n { storage.append(contentsOf: repeatElement(0, count: max(n, storage.count))) }
        let at = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress.unsafelyUnwrapped + at) }
    }

    @inline(__always)
    private static func varint(_ v: UInt64, _ p: UnsafeMutablePointer<UInt8>) -> Int {
        var v = v, k = 0
        while v >= 0x80 {
            p[k] = UInt8(truncatingIfNeeded: v) | 0x80
            v >>= 7
            k += 1
        }
        p[k] = UInt8(v)
        return k + 1
    }

    mutating func uint(_ v: UInt64) { write(upTo: 10) { Self.varint(v, $0) } }
    /// Zig-zag: small magnitudes of either sign stay short.
    mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64(v << 1 ^ v >> 63))) }
    mutating func double(_ v: Double) {
        write(upTo: 8) { p in
            UnsafeMutableRawPointer(p).storeBytes(of: v.bitPattern.littleEndian, as: UInt64.self)
            return 8
        }
    }
    mutating func string(_ s: String) {
        var text = s
        text.withUTF8 { utf8 in
            write(upTo: 10 + utf8.count) { p in
                let k = Self.varint(UInt64(utf8.count), p)
                if let base = utf8.baseAddress { (p + k).update(from: base, count: utf8.count) }
                return k + utf8.count
            }
        }
    }
    mutating func optionalString(_ s: String?) {
        if let s { uint(1); string(s) } else { uint(0) }
    }
    /// A count, then each element written by `element`.
    mutating func list<T>(_ items: [T], _ element: (inout PayloadWriter, T) -> Void) {
        uint(UInt64(items.count))
        for item in items { element(&self, item) }
    }
    mutating func strings(_ list: [String]) { self.list(list) { $0.string($1) } }
    mutating func ints(_ list: [Int]) { self.list(list) { $0.int($1) } }
    mutating func int32s(_ list: [Int32]) { self.list(list) { $0.int(Int($1)) } }
}

/// Reads payload fields from bytes; every accessor returns nil on malformed input.
struct PayloadReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Longest array accepted, a guard against corrupt counts.
    static let maxCount = 1 << 24
    /// Longest varint: 64 bits in groups of 7.
    static let maxVarintBytes = 10

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func uint() -> UInt64? {
        var value: UInt64 = 0
        for k in 0..<Self.maxVarintBytes {
            guard position < bytes.count else { return nil }
            let b = bytes[position]
            position += 1
            value |= UInt64(b & 0x7F) << UInt64(7 * k)
            if b < 0x80 { return value }
        }
        return nil
    }

    mutating func int() -> Int? {
        guard let u = uint() else { return nil }
        return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
    }

    mutating func count() -> Int? {
        // Every element takes at least one byte, so a count beyond the remaining bytes is corrupt.
        guard let n = uint(), n <= UInt64(Self.maxCount), n <= UInt64(bytes.count - position) else { return nil }
        return Int(n)
    }

    mutating func double() -> Double? {
        guard position + 8 <= bytes.count else { return nil }
        let bits = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: position, as: UInt64.self)
        position += 8
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    mutating func string() -> String? {
        guard let length = count(), length <= bytes.count - position else { return nil }
        let start = position
        position += length
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        switch uint() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) } ?? nil
        default: return nil
        }
    }

    /// A count, then that many elements read by `element`; nil when the count or any element is malformed.
    mutating func list<T>(_ element: (inout PayloadReader) -> T?) -> [T]? {
        guard let n = count() else { return nil }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let item = element(&self) else { return nil }
            out.append(item)
        }
        return out
    }

    mutating func strings() -> [String]? { list { $0.string() } }
    mutating func ints() -> [Int]? { list { $0.int() } }
    mutating func int32s() -> [Int32]? { list { $0.int().flatMap { Int32(exactly: $0) } } }
}
