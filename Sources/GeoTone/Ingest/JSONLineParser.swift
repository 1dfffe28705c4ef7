/// Why a JSON line could not be read.
public struct JSONLineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Byte offset (0-based) in the line where the problem was found.
    public let offset: Int
    public let reason: String
    public var description: String { "\(reason) at byte \(offset + 1)" }
}

/// A small, strict JSON reader for one `.jsonl` line: it returns the top-level string and number fields and
/// validates (but does not keep) nested values, down to a depth limit.
public struct JSONLineParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private let maxDepth: Int

    /// Parses `line` as one JSON object; nested values are checked and skipped.
    public static func topLevelFields(_ line: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws -> [String: String] {
        var parser = JSONLineParser(bytes: line, maxDepth: maxDepth)
        return try parser.parseTopLevel()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
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

    private mutating func parseTopLevel() throws -> [String: String] {
        var fields: [String: String] = [:]
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                let key = try parseString()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    fields[key] = try parseString()
                } else if index < bytes.count, bytes[index] == UInt8(ascii: "-") || (bytes[index] >= 48 && bytes[index] <= 57) {
                    fields[key] = try parseNumber()
                } else {
                    try skipValue(depth: 1)
                }
                skipSpace()
                guard index < bytes.count else { throw fail("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        guard index == bytes.count else { throw fail("unexpected text after the object") }
        return fields
    }

    private mutating func skipValue(depth: Int) throws {
        guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
        skipSpace()
        guard index < bytes.count else { throw fail("missing value") }
        switch bytes[index] {
        case UInt8(ascii: "\""): _ = try parseString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == close { index += 1; return }
            while true {
                if isObject {
                    skipSpace()
                    _ = try parseString()
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
        default: _ = try parseNumber()
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("invalid literal") }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] { throw fail("invalid literal") }
        index += count
    }

    private mutating func parseNumber() throws -> String {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < bytes.count {
            let b = bytes[index]
            if (b >= 48 && b <= 57) { digits += 1 } else if !(b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) { break }
            index += 1
        }
        guard digits > 0 else { index = start; throw fail("invalid value") }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
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

    private mutating func parseString() throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a string") }
        index += 1
        var out: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: bytes[runStart..<index])
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<index])
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
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
                    for code in [scalar] + (following.map { [$0] } ?? []) {
                        let value = Unicode.Scalar(code) ?? "\u{FFFD}"
                        out.append(contentsOf: String(Character(value)).utf8)
                    }
                default: throw fail("invalid escape")
                }
                runStart = index
                continue
            }
            if b < 0x20 { throw fail("control character in string") }
            index += 1
        }
        throw fail("unterminated string")
    }
}
