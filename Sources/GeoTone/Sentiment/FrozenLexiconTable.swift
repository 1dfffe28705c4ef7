/// A read-only copy of a `LexiconTable` in flat, manually allocated storage, for the hot path.
///
/// Lookups touch four plain buffers with no reference counting or bounds checks, which is what
/// makes one probe per token cheap. Immutable after init, so shared across threads.
///
/// - Complexity: O(key length) per lookup on average.
final class FrozenLexiconTable: @unchecked Sendable {
    /// Each slot packs a 12-bit tag (the hash's top bits) with the key's id + 1 (lower 20 bits);
    /// 0 is empty. One 4-byte load per probe decides most lookups, and the slot array of the
    /// VADER lexicon stays at 64 KB.
    private let slots: UnsafeMutableBufferPointer<UInt32>
    private let keyOffsets: UnsafeMutableBufferPointer<Int>
    private let keyBytes: UnsafeMutableBufferPointer<UInt8>
    private let mask: Int

    /// Low bits of a packed slot holding id + 1.
    static let idMask: UInt32 = (1 << 20) - 1
    /// Shift that brings the hash's top 12 bits to the top of a 32-bit slot.
    static let tagShift: UInt64 = 32

    @inline(__always)
    static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> tagShift) & ~idMask }

    /// Copies `table`.
    init(_ table: LexiconTable) {
        let parts = table.storage
        precondition(parts.keyOffsets.count < Int(Self.idMask), "lexicon too large for packed slots")
        slots = .allocate(capacity: parts.slots.count)
        for k in 0..<parts.slots.count {
            let id = parts.slots[k]
            slots[k] = id < 0 ? 0 : Self.tag(parts.slotHashes[k]) | UInt32(id + 1)
        }
        keyOffsets = .allocate(capacity: parts.keyOffsets.count)
        _ = keyOffsets.initialize(from: parts.keyOffsets)
        keyBytes = .allocate(capacity: max(parts.keyBytes.count, 1))
        _ = keyBytes.initialize(from: parts.keyBytes)
        mask = parts.slots.count - 1
    }

    deinit {
        slots.deallocate()
        keyOffsets.deallocate()
        keyBytes.deallocate()
    }

    /// The id of `text[start..<end]` folded to ASCII lower case, or -1; `h` is the FNV-1a hash
    /// of the folded bytes (the caller computes it while scanning the token).
    @inline(__always)
    func lookupFoldingASCII(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash h: UInt64) -> Int32 {
        let length = end - start
        var slot = Int(truncatingIfNeeded: h) & mask
        let tag = Self.tag(h)
        while true {
            let packed = slots[slot]
            if packed == 0 { return -1 }
            if packed & ~Self.idMask == tag {
                let id = Int32(packed & Self.idMask) - 1
                let from = keyOffsets[Int(id)]
                if keyOffsets[Int(id) + 1] - from == length {
                    var k = 0
                    while k < length && keyBytes[from + k] == LexiconTable.fold(text[start + k]) { k += 1 }
                    if k == length { return id }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
