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
    /// Where the tokenizer writes before copying into the arrays above, made at the first tokenizing that keeps it
    /// (not shared between copies that tokenize).
    var scratch: TokenScratch?

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

/// The tokenizer's scratch memory for one ``TokenizedText``: room for the most tokens, sentence ends and sentence
/// ranges a text can have, kept between calls (texts up to ``keptCapacity`` tokens of room, about 32 KB; 64 bytes
/// per token of room, so at most 1 MiB).
// @unchecked: used only through the one TokenizedText that holds it uniquely (the tokenizer replaces a shared one).
final class TokenScratch: @unchecked Sendable {
    /// Most tokens of room kept from one call to the next; a longer text gets memory for its call only.
    static let keptCapacity = 1 << 14
    private(set) var tokens: UnsafeMutablePointer<Token>
    private(set) var ends: UnsafeMutablePointer<Int>
    private(set) var sentences: UnsafeMutablePointer<Range<Int>>
    private(set) var sentenceByteRanges: UnsafeMutablePointer<Range<Int>>
    private var capacity = 0

    init() {
        tokens = .allocate(capacity: 1)
        ends = .allocate(capacity: 1)
        sentences = .allocate(capacity: 1)
        sentenceByteRanges = .allocate(capacity: 1)
    }

    deinit {
        tokens.deallocate(); ends.deallocate(); sentences.deallocate(); sentenceByteRanges.deallocate()
    }

    /// Room for `count` tokens, sentence ends and sentence ranges (their contents are not kept).
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        let grown = max(count, min(capacity * 2, Self.keptCapacity), 256)
        tokens.deallocate(); ends.deallocate(); sentences.deallocate(); sentenceByteRanges.deallocate()
        tokens = .allocate(capacity: grown)
        ends = .allocate(capacity: grown)
        sentences = .allocate(capacity: grown)
        sentenceByteRanges = .allocate(capacity: grown)
        capacity = grown
    }
}
