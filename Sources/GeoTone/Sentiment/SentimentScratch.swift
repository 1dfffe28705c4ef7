/// Scratch memory for `SentimentScorer.score(utf8:scratch:)`: the padded copy of a sentence, its tokens and its
/// list of lexicon tokens, kept by one thread (a line tool's worker) and grown when a longer sentence comes.
final class SentimentScratch {
    private var storage: UnsafeMutableRawPointer
    private var byteCapacity: Int
    /// Sentence length `storage` has room for.
    private var textCapacity: Int

    /// Scratch for sentences of up to `textCapacity` bytes to begin with.
    init(textCapacity: Int = 4096) {
        self.textCapacity = textCapacity
        byteCapacity = Self.size(for: textCapacity)
        storage = .allocate(byteCount: byteCapacity, alignment: MemoryLayout<ScoringToken>.alignment)
    }

    deinit { storage.deallocate() }

    /// Bytes needed for a sentence of `n` bytes: tokens (tokens are separated by at least one byte), the list
    /// of lexicon tokens, and the text with its padding.
    private static func size(for n: Int) -> Int {
        let tokenRoom = n / 2 + 1
        return tokenRoom * MemoryLayout<ScoringToken>.stride + tokenRoom * MemoryLayout<Int32>.stride + n
            + SentimentTokenizer.padding
    }

    /// Room for a sentence of `n` bytes (valid until the next call).
    func reserve(for n: Int) -> (text: UnsafeMutablePointer<UInt8>, tokens: UnsafeMutablePointer<ScoringToken>,
                                  lexical: UnsafeMutablePointer<Int32>) {
        if n > textCapacity {
            storage.deallocate()
            textCapacity = max(n, 2 * textCapacity)
            byteCapacity = Self.size(for: textCapacity)
            storage = .allocate(byteCount: byteCapacity, alignment: MemoryLayout<ScoringToken>.alignment)
        }
        let tokenRoom = n / 2 + 1
        let tokens = storage.bindMemory(to: ScoringToken.self, capacity: tokenRoom)
        let lexicalStart = storage + tokenRoom * MemoryLayout<ScoringToken>.stride
        let lexical = lexicalStart.bindMemory(to: Int32.self, capacity: tokenRoom)
        let text = (lexicalStart + tokenRoom * MemoryLayout<Int32>.stride).bindMemory(to: UInt8.self, capacity: n + SentimentTokenizer.padding)
        return (text, tokens, lexical)
    }
}
