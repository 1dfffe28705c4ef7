#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A data file read whole, split into lines, with helpers that report problems as `file:line`.
struct LexiconFile {
    /// The path as given (used in messages).
    let path: String
    /// The raw bytes (hashed for checksums).
    let bytes: [UInt8]

    /// Reads `path`.
    init(path: String) throws(SentimentError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        self.path = path
        self.bytes = [UInt8](data)
    }

    /// Non-empty lines as (1-based number, text without "\r\n"), the way the reference reads its
    /// lexicon: trailing newlines dropped, each line stripped of surrounding whitespace.
    var lines: [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        // Split bytes, not Characters: "\r\n" is a single Character in Swift.
        for (index, raw) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Self.stripWhitespace(String(decoding: raw, as: UTF8.self))
            if !line.isEmpty { result.append((index + 1, line)) }
        }
        return result
    }

    /// Tab-separated fields of a line.
    static func fields(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// Python's `str.strip()` for the whitespace that occurs in data files.
    static func stripWhitespace<S: StringProtocol>(_ s: S) -> String {
        var scalars = Substring(s).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Parses a number in a field, or throws `file:line`.
    func number(_ field: String, line: Int, range: ClosedRange<Double>) throws(SentimentError) -> Double {
        guard let value = Double(field), value.isFinite else {
            throw .malformed(path: path, line: line, reason: "expected a number, got \"\(field)\"")
        }
        guard range.contains(value) else { throw .outOfRange(path: path, line: line, value: value, range: range) }
        return value
    }

    /// Checks the header line of a file with a header; returns the data lines after it.
    func dataLines(header: [String]) throws(SentimentError) -> [(number: Int, text: String)] {
        let all = lines
        guard let first = all.first, Self.fields(first.text) == header else {
            throw .malformed(path: path, line: all.first?.number ?? 1,
                             reason: "expected header \"\(header.joined(separator: "\\t"))\"")
        }
        return Array(all.dropFirst())
    }
}
