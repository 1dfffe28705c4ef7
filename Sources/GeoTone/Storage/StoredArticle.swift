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
        countries = record.countries.joined(separator: ";")
        focus = record.focus.joined(separator: ";")
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

    /// The stored values of a record whose cache column is taken over unchanged (an article reused from the cache).
    public init(record: ArticleRecord, cacheKey: FastHash.Digest, column: [UInt8]) {
        mentionsJSON = Self.jsonBytes(record.mentions)
        countries = record.countries.joined(separator: ";")
        focus = record.focus.joined(separator: ";")
        cache = (cacheKey, column)
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
        func splits(_ codes: [String]) -> Bool { !codes.contains { $0.isEmpty || $0.utf8.contains(UInt8(ascii: ";")) } }
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
            appendString(m.entity.utf8, to: &out)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: String(m.mentions).utf8)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: String(m.firstOffset).utf8)
            out.append(UInt8(ascii: ","))
            // The CSV cell is the forms joined with `;` unless a form is empty or holds a `;` or a line break; then
            // the cell (line breaks folded) is followed by the exact list.
            let plain = !m.forms.contains { form in form.isEmpty || form.utf8.contains { $0 == 0x3B || $0 == 0x0A || $0 == 0x0D } }
            if plain {
                out.append(UInt8(ascii: "\""))
                for (k, form) in m.forms.enumerated() {
                    if k > 0 { out.append(UInt8(ascii: ";")) }
                    appendEscaped(form.utf8, to: &out)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                appendString(ArticleTableWriter.formsCell(m.forms).utf8, to: &out)
                out.append(contentsOf: Array(",[".utf8))
                for (k, form) in m.forms.enumerated() {
                    if k > 0 { out.append(UInt8(ascii: ",")) }
                    appendString(form.utf8, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// ``jsonBytes(_:)`` as a String.
    static func json(_ mentions: [ArticleRecord.MentionRow]) -> String {
        String(decoding: jsonBytes(mentions), as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal.
    static func appendString(_ s: String.UTF8View, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends the bytes of `s` with JSON's escapes (quote, backslash, control characters).
    static func appendEscaped(_ s: String.UTF8View, to out: inout [UInt8]) {
        for byte in s {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]])
            default: out.append(byte)
            }
        }
    }

    /// The mention rows of a `mentions_json` value; nil when it is not in the form ``json(_:)`` writes.
    static func mentions(fromJSON text: String) -> [ArticleRecord.MentionRow]? {
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

/// The part of JSON that `mentions_json` uses: arrays, strings and integers.
struct JSONValueParser {
    enum Value { case array([Value]), string(String), integer(Int) }

    let bytes: [UInt8]
    var position = 0
    /// Deepest nesting accepted (the format uses 3).
    static let maxDepth = 8

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() -> Value? {
        guard let value = parseValue(depth: 0) else { return nil }
        skipSpace()
        return position == bytes.count ? value : nil
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            let b = bytes[position]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            position += 1
        }
    }

    private mutating func parseValue(depth: Int) -> Value? {
        skipSpace()
        guard position < bytes.count, depth <= Self.maxDepth else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "["):
            position += 1
            var items: [Value] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            while true {
                guard let item = parseValue(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                return nil
            }
        case UInt8(ascii: "\""):
            return parseString().map { .string($0) }
        default:
            return parseInteger().map { .integer($0) }
        }
    }

    private mutating func parseInteger() -> Int? {
        let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[position] &- UInt8(ascii: "0")))
            guard !o1 && !o2 else { return nil }
            value = sum
            position += 1
        }
        guard position > start else { return nil }
        return negative ? -value : value
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { return nil }
        position += 4
        return v
    }

    private mutating func parseString() -> String? {
        position += 1   // the opening quote
        // Most strings have no escape: they are taken from the bytes in one piece.
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            defer { position = end + 1 }
            return String(decoding: bytes[position..<end], as: UTF8.self)
        }
        var out: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var v = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(v) {
                        guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
                              bytes[position + 1] == UInt8(ascii: "u") else { return nil }
                        position += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(v) else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
            default: out.append(b)
            }
        }
        return nil
    }
}
