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
    ///
    /// Works on bytes (start-up reads about 10,000 lines): ASCII white space is trimmed byte by byte, and only a
    /// line that then starts or ends with a non-ASCII byte goes through the Unicode-aware ``stripWhitespace(_:)``.
    var lines: [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        bytes.withUnsafeBufferPointer { p in
            var start = 0, number = 0
            for i in 0...p.count where i == p.count || p[i] == UInt8(ascii: "\n") {
                number += 1
                var lo = start, hi = i
                start = i + 1
                while lo < hi, Self.isASCIIWhitespace(p[lo]) { lo += 1 }
                while hi > lo, Self.isASCIIWhitespace(p[hi - 1]) { hi -= 1 }
                guard lo < hi else { continue }
                let text = String(decoding: UnsafeBufferPointer(rebasing: p[lo..<hi]), as: UTF8.self)
                if !Self.mayEndInUnicodeWhitespace(text) {
                    result.append((number, text))
                } else {
                    let stripped = Self.stripWhitespace(text)
                    if !stripped.isEmpty { result.append((number, stripped)) }
                }
            }
        }
        return result
    }

    /// Whether the first or last scalar of `text` (already trimmed of ASCII white space) may be white space beyond
    /// ASCII, so that ``stripWhitespace(_:)`` is needed: most lines start and end with ASCII or, in the emoji
    /// lexicon, with an emoji.
    static func mayEndInUnicodeWhitespace(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        return (first.value >= 0x80 && first.properties.isWhitespace) || (last.value >= 0x80 && last.properties.isWhitespace)
    }

    /// The ASCII characters with the Unicode White_Space property (what `stripWhitespace` removes below 0x80).
    @inline(__always) static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// Calls `body` with the bounds of each line that is not blank once ASCII white space is trimmed from both ends
    /// (as ``lines`` trims before its Unicode check), until `body` returns false; returns whether every call returned
    /// true. For the byte-level readers of well-formed files.
    func allTrimmedLines(_ body: (UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { p -> Bool in
            var start = 0
            while start < p.count {
                var end = start
                while end < p.count && p[end] != 0x0A { end += 1 }
                var lo = start, hi = end
                start = end + 1
                while lo < hi, Self.isASCIIWhitespace(p[lo]) { lo += 1 }
                while hi > lo, Self.isASCIIWhitespace(p[hi - 1]) { hi -= 1 }
                if lo < hi, !body(p, lo, hi) { return false }
            }
            return true
        }
    }

    /// A trimmed line from ``allTrimmedLines(_:)`` as ``lines`` gives it: also stripped of white space beyond ASCII
    /// (possibly empty then).
    static func text(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[lo..<hi]), as: UTF8.self)
        return mayEndInUnicodeWhitespace(text) ? stripWhitespace(text) : text
    }

    /// Tab-separated fields of a line (split on the tab byte).
    static func fields(_ line: String) -> [String] {
        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// Python's `str.strip()` for the whitespace that occurs in data files.
    static func stripWhitespace<S: StringProtocol>(_ s: S) -> String {
        var scalars = Substring(s).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// One data line: its number, its text and its tab-separated fields.
    struct Row {
        let number: Int
        let text: String
        /// Every tab-separated field.
        var fields: [String] { LexiconFile.fields(text) }
        /// The first `count` fields, then the rest of the line unsplit as one more (VADER's lexicon lines end in a
        /// long list of ratings that nothing reads).
        func leadingFields(_ count: Int) -> [String] {
            text.utf8.split(separator: 0x09, maxSplits: count, omittingEmptySubsequences: false).map { String(Substring($0)) }
        }
    }

    /// Calls `body` for each of `lines` (from ``lines`` or ``dataLines(header:)``), recording every problem so that
    /// the file reports all of them at once; `seen` is the file's duplicate guard.
    func forEachRow(_ lines: [(number: Int, text: String)],
                    _ body: (Row, inout DuplicateGuard) throws(SentimentError) -> Void) throws(SentimentError) {
        var problems = ProblemList()
        var seen = DuplicateGuard()
        for (number, text) in lines {
            problems.record { () throws(SentimentError) in
                try body(Row(number: number, text: text), &seen)
            }
        }
        try problems.check()
    }

    /// The `file:line` error for a malformed `row`.
    func malformed(_ row: Row, _ reason: String) -> SentimentError {
        .malformed(path: path, line: row.number, reason: reason)
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
