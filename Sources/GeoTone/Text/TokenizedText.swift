/// The tokens and sentences of one text, as byte offsets into the bytes that were tokenized.
///
/// Meant to be reused across articles: ``removeAll()`` keeps the buffers' capacity, so a
/// worker thread allocates only while its buffers grow.
public struct TokenizedText: Sendable {
    /// The tokens in text order.
    public var tokens: [Token] = []
    /// Token index ranges of the sentences, in order, covering every token exactly once.
    public var sentences: [Range<Int>] = []
    /// Byte ranges of the sentences: from the first token's start to the last token's end.
    public var sentenceByteRanges: [Range<Int>] = []

    /// Creates an empty tokenized text.
    public init() {}

    /// Empties the text but keeps the allocated capacity.
    public mutating func removeAll() {
        tokens.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        sentenceByteRanges.removeAll(keepingCapacity: true)
    }

    /// The surface form of a token range (allocates; not for hot loops).
    public func surface(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let lo = Int(tokens[first].start), hi = Int(tokens[last].end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }

    /// The surface form of a token range in a byte array (allocates; not for hot loops).
    public func surface(_ range: Range<Int>, in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { surface(range, in: $0) }
    }
}
