/// One place named in a text: which entity, how, and where.
public struct Mention: Sendable, Hashable {
    /// The country, region or group named.
    public let entity: EntityID
    /// How it was named (the alias kind, or ``MentionKind/prefix``).
    public let kind: MentionKind
    /// Index of the first token of the mention.
    public let tokenStart: Int32
    /// Index one past the last token of the mention.
    public let tokenEnd: Int32
    /// Byte offset of the mention's first byte.
    public let byteStart: Int32
    /// Byte offset one past the mention's last byte (a possessive `'s` excluded).
    public let byteEnd: Int32
    /// Index of the sentence the mention is in.
    public let sentence: Int32

    /// Creates a mention.
    public init(entity: EntityID, kind: MentionKind, tokenStart: Int32, tokenEnd: Int32, byteStart: Int32,
                byteEnd: Int32, sentence: Int32) {
        self.entity = entity
        self.kind = kind
        self.tokenStart = tokenStart
        self.tokenEnd = tokenEnd
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.sentence = sentence
    }

    /// The token index range.
    public var tokenRange: Range<Int> { Int(tokenStart)..<Int(tokenEnd) }

    /// The mention as written in the text that was matched (allocates).
    public func surface(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(byteStart)..<Int(byteEnd)]), as: UTF8.self)
    }

    /// The mention as written in a byte array (allocates).
    public func surface(in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { surface(in: $0) }
    }
}

extension Mention {
    /// The same mention read as `entity`, optionally of another kind and widened to end at `tokenEnd`/`byteEnd`
    /// (`Paris` re-read as `Paris, Tex.` in the US).
    func reading(_ entity: Int32, kind: MentionKind? = nil, tokenEnd: Int32? = nil, byteEnd: Int32? = nil) -> Mention {
        Mention(entity: EntityID(entity), kind: kind ?? self.kind, tokenStart: tokenStart, tokenEnd: tokenEnd ?? self.tokenEnd,
                byteStart: byteStart, byteEnd: byteEnd ?? self.byteEnd, sentence: sentence)
    }
}
