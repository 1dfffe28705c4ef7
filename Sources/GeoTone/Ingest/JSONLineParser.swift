/// Why a JSON line could not be read.
public struct JSONLineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Byte offset (0-based) in the line where the problem was found.
    public let offset: Int
    public let reason: String
    public var description: String { "\(reason) at byte \(offset + 1)" }
}

/// A small, strict JSON reader for one `.jsonl` line: it returns the top-level string and number fields and
/// validates (but does not keep) nested values, down to a depth limit.
///
/// Strings are scanned eight bytes at a time for the closing quote; only a string with a backslash is decoded
/// into a scratch buffer, and only the fields that are kept become `String`s (validated once, invalid UTF-8
/// replaced with U+FFFD). Every other string is checked for valid UTF-8 without being built.
public struct JSONLineParser {
    /// A string just scanned: its raw content is `start..<end` of the line; when `escaped` (and decoding was
    /// asked for) the decoded content is in `scratch`.
    private struct StringSpan {
        var start: Int
        var end: Int
        var escaped: Bool
        var nonASCII: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private let maxDepth: Int
    /// Whether every top-level field is kept (in `all`) or only the article fields (in `record`).
    private let keepAll: Bool
    private var all: [String: String] = [:]
    private var record = RecordFields()
    /// The names read as article fields.
    private let names: FieldNames
    /// Whether every text field found is kept and joined (text names given on the command line).
    private let joinText: Bool
    /// The dotted path of the object being read, with a trailing dot (empty at the top level).
    private var path: [UInt8] = []
    /// Decoded bytes of the last escaped string; reused from line to line.
    private var scratch: [UInt8] = []
    /// False once any string in the line (key or value, at any depth) held invalid UTF-8.
    private(set) var validUTF8 = true

    /// Parses `line` as one JSON object; nested values are checked and skipped.
    public static func topLevelFields(_ line: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws -> [String: String] {
        var parser = JSONLineParser(bytes: line, maxDepth: maxDepth, keepAll: true, names: FieldNames())
        try parser.parseTopLevel()
        return parser.all
    }

    /// Parses `line` as one JSON object, keeping only the article fields; `validUTF8` is false when any string
    /// in the line held invalid UTF-8 (those in kept fields are repaired with U+FFFD).
    ///
    /// `scratch` is a buffer reused between calls.
    /// - Complexity: O(n) in the line length, one pass; a `String` is built only for the fields kept.
    static func recordFields(_ line: UnsafeBufferPointer<UInt8>, maxDepth: Int, names: FieldNames = .roleNames,
                             scratch: inout [UInt8]) throws -> (fields: RecordFields, validUTF8: Bool) {
        var parser = JSONLineParser(bytes: line, maxDepth: maxDepth, keepAll: false, names: names)
        swap(&parser.scratch, &scratch)
        defer { swap(&parser.scratch, &scratch) }
        try parser.parseTopLevel()
        return (parser.record, parser.validUTF8)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, keepAll: Bool, names: FieldNames) {
        self.bytes = bytes
        self.names = names
        joinText = names.joinsText
        self.maxDepth = maxDepth
        self.keepAll = keepAll
    }

    private func fail(_ reason: String) -> JSONLineError { JSONLineError(offset: index, reason: reason) }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        index += 1
    }

    private mutating func parseTopLevel() throws {
        try expect(UInt8(ascii: "{"))
        try parseMembers(depth: 1)
        skipSpace()
        guard index == bytes.count else { throw fail("unexpected text after the object") }
    }

    /// The members of an object whose `{` was just read, up to and including its `}`.
    private mutating func parseMembers(depth: Int) throws {
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                try parseMember(depth: depth)
                skipSpace()
                guard index < bytes.count else { throw fail("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
    }

    /// The field entries `key` names below the current path (the first, and any more), and whether a dotted name
    /// continues below it. (A function of its own, not a closure over `parseMember`'s variables: those were boxed and
    /// every access to them checked for exclusivity at run time, three per key.)
    private func lookUp(_ key: UnsafeBufferPointer<UInt8>) -> (entry: FieldNames.Entry?, more: [FieldNames.Entry], descend: Bool) {
        var entry: FieldNames.Entry?
        var more: [FieldNames.Entry] = []
        var descend = false
        if path.isEmpty {
            names.forEachEntry(for: key) { if entry == nil { entry = $0 } else { more.append($0) } }
            descend = names.hasPaths && names.descends(into: key)
        } else {
            let full = path + Array(key)
            full.withUnsafeBufferPointer { f in
                names.forEachEntry(for: f) { if entry == nil { entry = $0 } else { more.append($0) } }
                descend = names.descends(into: f)
            }
        }
        return (entry, more, descend)
    }

    /// One `"key": value`; string and number values of wanted keys are offered to the record (the best-ranked
    /// name wins; with equal names, the last one); an object below which a wanted dotted name continues is entered.
    private mutating func parseMember(depth: Int) throws {
        let keySpan = try scanString(decode: true)
        var allKey: String?
        var entry: FieldNames.Entry?
        var moreEntries: [FieldNames.Entry] = []
        var descend = false
        if keepAll {
            allKey = makeString(keySpan)
        } else {
            if keySpan.nonASCII { checkUTF8(keySpan) }
            let keyBytes = keySpan.escaped ? Array(scratch) : []
            let found = keySpan.escaped ? keyBytes.withUnsafeBufferPointer { lookUp($0) }
                : lookUp(UnsafeBufferPointer(rebasing: bytes[keySpan.start..<keySpan.end]))
            entry = found.entry
            moreEntries = found.more
            descend = found.descend
            if descend {
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                    let colon = index
                    index += 1
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: "{") {
                        guard depth + 1 <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
                        index += 1
                        let saved = path.count
                        if keySpan.escaped { path += keyBytes } else { path += UnsafeBufferPointer(rebasing: bytes[keySpan.start..<keySpan.end]) }
                        path.append(UInt8(ascii: "."))
                        defer { path.removeSubrange(saved...) }
                        try parseMembers(depth: depth + 1)
                        return
                    }
                    index = colon   // not an object: read the value as any other
                }
            }
        }
        let keep = allKey != nil || entry != nil
        try expect(UInt8(ascii: ":"))
        skipSpace()
        let value: String
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            let span = try scanString(decode: keep)
            guard keep else { if span.nonASCII { checkUTF8(span) }; return }
            value = makeString(span)
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "-") || (bytes[index] >= 48 && bytes[index] <= 57) {
            let range = try scanNumber()
            guard keep else { return }
            value = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        } else {
            try skipValue(depth: depth)
            return
        }
        if let allKey { all[allKey] = value }
        if let entry {
            record.offer(entry, value, joinText: joinText)
            for e in moreEntries { record.offer(e, value, joinText: joinText) }
        }
    }

    /// The content of a scanned string as a `String`, invalid UTF-8 replaced (and noted).
    private mutating func makeString(_ span: StringSpan) -> String {
        let (text, valid) = span.escaped
            ? scratch.withUnsafeBufferPointer { Self.decode($0, nonASCII: span.nonASCII) }
            : Self.decode(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), nonASCII: span.nonASCII)
        if !valid { validUTF8 = false }
        return text
    }

    /// `content` as a `String`, validated once; `valid` is false when invalid UTF-8 was replaced.
    private static func decode(_ content: UnsafeBufferPointer<UInt8>, nonASCII: Bool) -> (text: String, valid: Bool) {
        guard nonASCII else { return (String(decoding: content, as: UTF8.self), true) }
        return (UTF8Check.string(content), UTF8Check.isValid(content))
    }

    /// Notes invalid UTF-8 in a string that is not kept. Escapes are ASCII and decode to whole characters, so
    /// the raw content is valid exactly when the decoded one is.
    private mutating func checkUTF8(_ span: StringSpan) {
        if !UTF8Check.isValid(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])) { validUTF8 = false }
    }

    private mutating func skipValue(depth: Int) throws {
        guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
        skipSpace()
        guard index < bytes.count else { throw fail("missing value") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            let span = try scanString(decode: false)
            if span.nonASCII { checkUTF8(span) }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == close { index += 1; return }
            while true {
                if isObject {
                    skipSpace()
                    let key = try scanString(decode: false)
                    if key.nonASCII { checkUTF8(key) }
                    try expect(UInt8(ascii: ":"))
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw fail("unterminated \(isObject ? "object" : "array")") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == close { index += 1; return }
                throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try scanNumber()
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("invalid literal") }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] { throw fail("invalid literal") }
        index += count
    }

    private mutating func scanNumber() throws -> Range<Int> {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < bytes.count {
            let b = bytes[index]
            if (b >= 48 && b <= 57) { digits += 1 } else if !(b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) { break }
            index += 1
        }
        guard digits > 0 else { index = start; throw fail("invalid value") }
        return start..<index
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 48...57: digit = UInt32(b - 48)
            case 65...70: digit = UInt32(b - 55)
            case 97...102: digit = UInt32(b - 87)
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Scans the string at `index` (which must be its opening quote) and leaves `index` past the closing quote.
    /// With `decode`, an escaped string's content is decoded into `scratch`; without, escapes are only checked.
    /// - Complexity: O(n); runs without quote, backslash or control byte are crossed eight bytes at a time.
    private mutating func scanString(decode: Bool) throws -> StringSpan {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a string") }
        index += 1
        var span = StringSpan(start: index, end: index, escaped: false, nonASCII: false)
        var high: UInt64 = 0
        var runStart = index
        guard let base = bytes.baseAddress else { throw fail("unterminated string") }
        let count = bytes.count
        while true {
            index = JSONLineParser.skipPlain(base, from: index, count: count, high: &high)
            guard index < count else { break }
            let b = base[index]
            if b == UInt8(ascii: "\"") {
                if span.escaped && decode { scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
                span.end = index
                span.nonASCII = high & 0x8080_8080_8080_8080 != 0
                index += 1
                return span
            }
            if b == UInt8(ascii: "\\") {
                if decode {
                    if !span.escaped { scratch.removeAll(keepingCapacity: true) }
                    scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                }
                span.escaped = true
                index += 1
                guard index < count else { break }
                try decodeEscape(decode: decode)
                runStart = index
                continue
            }
            if b < 0x20 { throw fail("control character in string") }
            high |= UInt64(b)
            index += 1
        }
        throw fail("unterminated string")
    }

    /// From `start`, the index of the first quote, backslash or control byte (or `count`); non-ASCII bytes
    /// crossed set bit 7 of some byte of `high`.
    @inline(__always)
    private static func skipPlain(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, high: inout UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        var i = start
        // A block is plain when no byte is below 0x20, equal to '"' (0x22) or '\' (0x5C); the test may flag a
        // plain block (borrows), which is then simply finished byte by byte.
        while i + 8 <= count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let control = (x &- ones &* 0x20) & ~x
            let q = x ^ (ones &* 0x22), s = x ^ (ones &* 0x5C)
            let quote = (q &- ones) & ~q, slash = (s &- ones) & ~s
            if (control | quote | slash) & tops != 0 { break }
            high |= x
            i += 8
        }
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return i }
            high |= UInt64(b)
            i += 1
        }
        return i
    }

    /// Decodes the escape whose letter is at `index` (the backslash is behind it), appending to `scratch`.
    private mutating func decodeEscape(decode: Bool) throws {
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "n"): if decode { scratch.append(0x0A) }
        case UInt8(ascii: "t"): if decode { scratch.append(0x09) }
        case UInt8(ascii: "r"): if decode { scratch.append(0x0D) }
        case UInt8(ascii: "b"): if decode { scratch.append(0x08) }
        case UInt8(ascii: "f"): if decode { scratch.append(0x0C) }
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): if decode { scratch.append(e) }
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            var following: UInt32?
            if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
               bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    // A lone high surrogate: replace it, and keep the escape after it.
                    scalar = 0xFFFD
                    following = low
                }
            }
            guard decode else { return }
            appendScalar(scalar)
            if let following { appendScalar(following) }
        default: throw fail("invalid escape")
        }
    }

    /// Appends the UTF-8 of `code`, or of U+FFFD when it is not a scalar (a lone surrogate).
    private mutating func appendScalar(_ code: UInt32) {
        let value = Unicode.Scalar(code) ?? "\u{FFFD}"
        UTF8.encode(value) { scratch.append($0) }
    }
}
