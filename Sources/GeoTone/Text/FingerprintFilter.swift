/// A set of 16-bit fingerprints, one bit each: 8 KiB, small enough to stay in a core's L1 cache in front of a
/// larger hash table (the gazetteer trie's, the lexicon's). Most words of running text are in neither table;
/// testing the filter first turns them away without a probe into the table, which on large corpora is a cache
/// miss per word. A fingerprint that was inserted always passes, so a filtered look-up finds what an unfiltered
/// one finds.
///
/// Filled once with ``insert(_:)`` while its table is built, then only read (shared across threads).
// @unchecked: its words are written once while it is built and only read afterwards (shared by the workers).
final class FingerprintFilter: @unchecked Sendable {
    /// Number of distinct fingerprints (the bits of the filter).
    static let fingerprints = 1 << 16
    private let words: UnsafeMutablePointer<UInt64>

    /// An empty filter.
    init() {
        words = .allocate(capacity: Self.fingerprints / 64)
        words.initialize(repeating: 0, count: Self.fingerprints / 64)
    }

    deinit { words.deallocate() }

    /// Adds fingerprint `f` (0..<65,536).
    func insert(_ f: Int) {
        words[f >> 6] |= 1 << UInt64(f & 63)
    }

    /// Whether fingerprint `f` was inserted (exact; a word that passes without being in the table shares its
    /// 16-bit fingerprint with one that is, and the table probe then finds nothing).
    @inline(__always)
    func mayContain(_ f: Int) -> Bool {
        words[f >> 6] & (1 << UInt64(f & 63)) != 0
    }
}
