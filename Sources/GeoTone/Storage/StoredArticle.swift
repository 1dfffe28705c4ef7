/// The values of one article row that are not plain fields of its ``ArticleRecord``: the mention rows as JSON and
/// the article-cache payload without the fields the row already holds. Built by the analysis workers, so the writer
/// only binds and steps.
///
/// `mentions_json` is an array with one `[entity, mentions, first_offset, forms]` array per row of `mentions.csv`
/// (`forms` as the CSV cell); when that cell does not give the surface forms back exactly (a form with a `;` or a
/// line break), the exact list follows as a fifth element. `cache_payload` is one flag byte, then either the payload's
/// facts (flag 0: its head is rebuilt from the row's columns) or the whole payload (flag 1: a field the columns
/// cannot hold exactly, such as a NaN score).
public struct StoredArticle: Sendable {
    /// The article's mention rows as JSON, UTF-8 (the `mentions` view reads it).
    public var mentionsJSON: [UInt8]
    /// The `countries` and `focus` columns: codes joined with `;`.
    public var countries: String
    public var focus: String
    /// The article-cache key and column, for analysed (non-duplicate) articles.
    public var cache: (key: FastHash.Digest, column: [UInt8])?

    static let factsOnly: UInt8 = 0
    static let wholePayload: UInt8 = 1

    /// The stored values of `record`, with its cache entry built from `payload` (whose head ends at `headLength`).
    public init(record: ArticleRecord, cacheKey: FastHash.Digest?, payload: [UInt8]?, headLength: Int) {
        mentionsJSON = Self.jsonBytes(record.mentions)
        countries = Self.joined(record.countries)
        focus = Self.joined(record.focus)
        if let cacheKey, let payload {
            let rebuildable = Self.columnsHoldHead(of: record)
            var column: [UInt8] = [rebuildable ? Self.factsOnly : Self.wholePayload]
            column.append(contentsOf: rebuildable ? payload[headLength...] : payload[...])
            cache = (cacheKey, column)
        }
    }

    /// The stored values of `record` with the whole `payload` encoded for it (by ``ArticleCachePayload/encode(_:_:)``,
    /// or read back by ``RunReader/articles(run:)``), e.g. to write an article of one store into another.
    /// A payload whose head does not match `record` is kept whole.
    public init(record: ArticleRecord, cacheKey: FastHash.Digest?, payload: [UInt8]?) {
        let head = ArticleCachePayload.head(of: record)
        if let cacheKey, let payload, !payload.starts(with: head) {
            self.init(record: record, cacheKey: cacheKey, column: [Self.wholePayload] + payload)
        } else {
            self.init(record: record, cacheKey: cacheKey, payload: payload, headLength: head.count)
        }
    }

    /// Stored values taken over as they are (``StoredArticleRow/stored``).
    init(mentionsJSON: [UInt8], countries: String, focus: String, cache: (key: FastHash.Digest, column: [UInt8])) {
        self.mentionsJSON = mentionsJSON
        self.countries = countries
        self.focus = focus
        self.cache = cache
    }

    /// The stored values of a record whose cache column is taken over unchanged (an article reused from the cache).
    public init(record: ArticleRecord, cacheKey: FastHash.Digest, column: [UInt8]) {
        mentionsJSON = Self.jsonBytes(record.mentions)
        countries = Self.joined(record.countries)
        focus = Self.joined(record.focus)
        cache = (cacheKey, column)
    }

    /// `codes.joined(separator: ";")`, built on bytes (the general `joined` cost more than the rest of the row's
    /// text columns together).
    static func joined(_ codes: [String]) -> String {
        switch codes.count {
        case 0: return ""
        case 1: return codes[0]
        default:
            var out: [UInt8] = []
            out.reserveCapacity(codes.count * 3)
            for (k, code) in codes.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ";")) }
                var text = code
                text.withUTF8 { out.append(contentsOf: $0) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `text` holds any byte for which `test` is true (on the UTF-8 buffer: most codes and forms are small
    /// strings, which have no contiguous storage to borrow).
    @inline(__always)
    static func holdsByte(_ text: String, where test: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for b in bytes where test(b) { return true }
            return false
        }
    }

    /// The whole payload from a cache column and the row's fields (`record` as read back from the row).
    static func payload(column: [UInt8], record: ArticleRecord) -> [UInt8]? {
        guard let flag = column.first else { return nil }
        switch flag {
        case wholePayload: return Array(column.dropFirst())
        case factsOnly: return ArticleCachePayload.head(of: record) + column.dropFirst()
        default: return nil
        }
    }

    /// Whether the row's columns give back the payload's head exactly: codes joined with `;` split back, scores
    /// survive as REAL (SQLite stores NaN as NULL).
    static func columnsHoldHead(of record: ArticleRecord) -> Bool {
        func splits(_ codes: [String]) -> Bool { !codes.contains { $0.isEmpty || holdsByte($0) { $0 == UInt8(ascii: ";") } } }
        guard splits(record.countries), splits(record.focus) else { return false }
        if let s = record.sentiment, [s.compound, s.positive, s.negative, s.neutral, s.tone, s.polarity].contains(where: \.isNaN) {
            return false
        }
        return true
    }

    /// The codes of a `;`-joined column.
    static func codes(_ cell: String) -> [String] {
        if cell.isEmpty { return [] }
        // Cut on the byte ";" (Character-wise splitting was a tenth of `merge`).
        var out: [String] = []
        var field: [UInt8] = []
        for b in cell.utf8 {
            if b == UInt8(ascii: ";") {
                out.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(b)
            }
        }
        out.append(String(decoding: field, as: UTF8.self))
        return out
    }

    // MARK: mentions_json

    /// The mention rows as a JSON array (see the type's description), as UTF-8 bytes.
    /// - Complexity: one pass over the rows' bytes; no intermediate strings for the usual rows.
    static func jsonBytes(_ mentions: [ArticleRecord.MentionRow]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 + mentions.count * 40)
        out.append(UInt8(ascii: "["))
        for (i, m) in mentions.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            appendString(m.entity, to: &out)
            out.append(UInt8(ascii: ","))
            appendInteger(m.mentions, to: &out)
            out.append(UInt8(ascii: ","))
            appendInteger(m.firstOffset, to: &out)
            out.append(UInt8(ascii: ","))
            // The CSV cell is the forms joined with `;` unless a form is empty or holds a `;` or a line break; then
            // the cell (line breaks folded) is followed by the exact list.
            let plain = !m.forms.contains { form in form.isEmpty || holdsByte(form) { $0 == 0x3B || $0 == 0x0A || $0 == 0x0D } }
            if plain {
                out.append(UInt8(ascii: "\""))
                for (k, form) in m.forms.enumerated() {
                    if k > 0 { out.append(UInt8(ascii: ";")) }
                    appendEscaped(form, to: &out)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                appendString(ArticleTableWriter.formsCell(m.forms), to: &out)
                out.append(contentsOf: Array(",[".utf8))
                for (k, form) in m.forms.enumerated() {
                    if k > 0 { out.append(UInt8(ascii: ",")) }
                    appendString(form, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// Appends `value` in decimal (the bytes of `String(value)`).
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        DecimalText.withDigits(of: value) { out.append(contentsOf: $0) }
    }

    /// ``jsonBytes(_:)`` as a String.
    static func json(_ mentions: [ArticleRecord.MentionRow]) -> String {
        String(decoding: jsonBytes(mentions), as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the bytes of `s` with JSON's escapes (quote, backslash, control characters).
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        // Text without a byte to escape (nearly all of it) is copied as it is (through `withUTF8`, which also
        // serves small strings: the UTF-8 view has no contiguous storage for them).
        var text = s
        let copied = text.withUTF8 { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied { return }
        for byte in s.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, NumberFormatting.hexDigit(byte >> 4), NumberFormatting.hexDigit(byte & 15)])
            default: out.append(byte)
            }
        }
    }

    /// The mention rows of a `mentions_json` value; nil when it is not in the form ``json(_:)`` writes.
    static func mentions(fromJSON text: String) -> [ArticleRecord.MentionRow]? {
        var text = text
        if let rows = text.withUTF8({ MentionsJSONReader.read($0) }) { return rows }
        return mentions(parsingJSON: text)
    }

    /// ``mentions(fromJSON:)`` through the general JSON parser: values with escapes.
    static func mentions(parsingJSON text: String) -> [ArticleRecord.MentionRow]? {
        var parser = JSONValueParser(Array(text.utf8))
        guard case .array(let rows)? = parser.parseDocument() else { return nil }
        var out: [ArticleRecord.MentionRow] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            guard case .array(let f) = row, f.count == 4 || f.count == 5, case .string(let entity) = f[0],
                  case .integer(let count) = f[1], case .integer(let offset) = f[2], case .string(let cell) = f[3] else { return nil }
            var forms = codes(cell)
            if f.count == 5 {
                guard case .array(let exact) = f[4] else { return nil }
                forms = []
                for form in exact {
                    guard case .string(let s) = form else { return nil }
                    forms.append(s)
                }
            }
            out.append(.init(entity: entity, mentions: count, firstOffset: offset, forms: forms))
        }
        return out
    }
}

/// Reads `mentions_json` as ``StoredArticle/jsonBytes(_:)`` writes it, straight from its bytes: no value tree, one
/// `String` per entity and form. Gives nil for anything else, and for strings with escapes (a backslash anywhere),
/// which the general parser then reads.
struct MentionsJSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The rows of `bytes`, or nil.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [ArticleRecord.MentionRow]? {
        var reader = MentionsJSONReader(bytes: bytes)
        return reader.rows()
    }

    mutating func rows() -> [ArticleRecord.MentionRow]? {
        if bytes.contains(0x5C) { return nil }
        guard accept(0x5B) else { return nil }
        var out: [ArticleRecord.MentionRow] = []
        if accept(0x5D) { return i == bytes.count ? out : nil }
        repeat {
            guard accept(0x5B), let entity = string(), accept(0x2C), let count = integer(), accept(0x2C),
                  let offset = integer(), accept(0x2C), let cell = stringRange() else { return nil }
            var forms: [String] = []
            if accept(0x2C) {   // the exact list after a cell that does not give the forms back
                guard accept(0x5B) else { return nil }
                if !accept(0x5D) {
                    repeat {
                        guard let form = string() else { return nil }
                        forms.append(form)
                    } while accept(0x2C)
                    guard accept(0x5D) else { return nil }
                }
            } else if !cell.isEmpty {
                var start = cell.lowerBound
                for k in cell where bytes[k] == 0x3B {
                    forms.append(text(start..<k))
                    start = k + 1
                }
                forms.append(text(start..<cell.upperBound))
            }
            guard accept(0x5D) else { return nil }
            out.append(.init(entity: entity, mentions: count, firstOffset: offset, forms: forms))
        } while accept(0x2C)
        guard accept(0x5D), i == bytes.count else { return nil }
        return out
    }

    private mutating func accept(_ b: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private mutating func stringRange() -> Range<Int>? {
        guard accept(0x22) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != 0x22 { i += 1 }
        guard i < bytes.count else { return nil }
        i += 1
        return start..<(i - 1)
    }

    private mutating func string() -> String? { stringRange().map(text) }

    private mutating func integer() -> Int? {
        let negative = accept(0x2D)
        var value = 0, digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 18 {
            value = value * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        return digits > 0 ? (negative ? -value : value) : nil
    }
}
