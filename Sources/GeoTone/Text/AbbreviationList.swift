#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Words that end in a dot without ending a sentence (`Mr.`, `Gen.`, `Feb.`), loaded from
/// `Datasets/text/abbreviations.txt`: one word a line without its dot, `#` starts a comment.
public struct AbbreviationList: Sendable {
    /// Case-folded hashes of the words, as ``Token/hash`` computes them, sorted and distinct (a binary search costs a
    /// fraction of a `Set`'s seeded hashing, and the tokenizer asks once per word before a dot).
    let hashes: [UInt64]
    /// The words as read (lower-cased), sorted.
    public let words: [String]

    /// An empty list: only single capital initials (`John F. Kennedy`) and dotted
    /// abbreviations (`U.S.`) then keep a sentence going.
    public init() {
        hashes = []
        words = []
    }

    /// Builds the list from words (without their final dot); case is ignored.
    public init(words: [String]) {
        let folded = words.map { $0.lowercased() }
        self.words = Array(Set(folded)).sorted()
        hashes = Array(Set(folded.map { TokenHash.of(Array($0.utf8)) })).sorted()
    }

    /// Loads the list from a file, rejecting duplicates and entries with spaces or dots.
    /// - Throws: ``TextError`` naming `file:line` for every bad line.
    public static func load(path: String) throws -> AbbreviationList {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TextError.unreadable(path: path)
        }
        let text = String(decoding: data, as: UTF8.self)
        var seen: [String: Int] = [:]
        var words: [String] = []
        var problems: [String] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let word = DataLine.trimmed(content).lowercased()
            if word.isEmpty { continue }
            if word.contains(" ") || word.contains(".") || word.contains("\t") {
                problems.append("\(path):\(line): abbreviation '\(word)' must be one word without dots")
            } else if let first = seen[word] {
                problems.append("\(path):\(line): duplicate abbreviation '\(word)' (first on line \(first))")
            } else {
                seen[word] = line
                words.append(word)
            }
        }
        if !problems.isEmpty { throw TextError.invalidData(problems) }
        return AbbreviationList(words: words)
    }

    /// Whether a token hash is a listed abbreviation.
    func contains(_ hash: UInt64) -> Bool {
        hashes.withUnsafeBufferPointer { h in
            var lo = 0, hi = h.count
            while lo < hi {
                let mid = (lo &+ hi) &>> 1
                if h[mid] < hash { lo = mid &+ 1 } else { hi = mid }
            }
            return lo < h.count && h[lo] == hash
        }
    }
}
