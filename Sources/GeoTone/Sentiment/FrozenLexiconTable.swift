/// A read-only copy of a `LexiconTable` in flat, manually allocated storage, for the hot path.
///
/// Lookups take ASCII text and fold it to lower case eight bytes at a time: the key is hashed
/// and compared as 64-bit words, not byte by byte. Four plain buffers, no reference counting or
/// bounds checks. Immutable after init, so shared across threads.
///
/// - Complexity: O(key length / 8) per lookup on average.
// @unchecked: its buffers are written once while it is built and only read afterwards (shared by the workers).
final class FrozenLexiconTable: @unchecked Sendable {
    /// Each slot packs a 12-bit tag (the hash's top bits) with the key's id + 1 (lower 20 bits);
    /// 0 is empty. One 4-byte load per probe decides most lookups.
    private let slots: UnsafeMutableBufferPointer<UInt32>
    private let keyOffsets: UnsafeMutableBufferPointer<Int>
    /// Per key: its first word (zero-padded) and length, so a key of up to eight bytes is
    /// compared with one load.
    private let keyHeads: UnsafeMutableBufferPointer<KeyHead>
    /// The keys back to back, followed by `wordSize` zero bytes so any key can be read in whole
    /// 8-byte words.
    private let keyBytes: UnsafeMutableBufferPointer<UInt8>
    private let mask: Int
    /// Fingerprints of the keys' hashes (bits 36–51, apart from the slot's and the tag's): most words of a text are
    /// not in the lexicon (about a fifth of the scorer's time on large corpora went to waiting for their probes).
    private let filter = FingerprintFilter()
    /// The same fingerprints as `filter`, one bit each, in a buffer the hot loop reads through `Probe`.
    private let filterBits: UnsafeMutablePointer<UInt64>
    /// Words of `filterBits` (65,536 fingerprints).
    static let filterWords = 1 << 10

    /// Low bits of a packed slot holding id + 1.
    static let idMask: UInt32 = (1 << 20) - 1
    /// Shift that brings the hash's top 12 bits to the top of a 32-bit slot.
    static let tagShift: UInt64 = 32
    /// Bytes per word of hashing and comparing.
    static let wordSize = 8
    /// Multipliers of the word hash (odd 64-bit constants with well-mixed bits: the golden
    /// ratio's and two from MurmurHash3's finalizer).
    static let lengthMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let wordMultiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
    static let finalMultiplier: UInt64 = 0xC4CE_B9FE_1A85_EC53

    /// The first word and the length of a key.
    struct KeyHead {
        var word: UInt64
        var length: Int
    }

    @inline(__always)
    static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> tagShift) & ~idMask }

    /// Copies `table`, rehashing its keys with the word hash.
    init(_ table: LexiconTable) {
        let parts = table.storage
        let count = parts.keyOffsets.count - 1
        precondition(count < Int(Self.idMask), "lexicon too large for packed slots")
        slots = .allocate(capacity: parts.slotCount)
        slots.initialize(repeating: 0)
        keyOffsets = .allocate(capacity: parts.keyOffsets.count)
        _ = keyOffsets.initialize(from: parts.keyOffsets)
        keyBytes = .allocate(capacity: parts.keyBytes.count + Self.wordSize)
        keyBytes.initialize(repeating: 0)
        _ = keyBytes.initialize(from: parts.keyBytes)
        mask = parts.slotCount - 1
        keyHeads = .allocate(capacity: max(count, 1))
        filterBits = .allocate(capacity: Self.filterWords)
        filterBits.initialize(repeating: 0, count: Self.filterWords)
        for id in 0..<count {
            let from = keyOffsets[id], length = keyOffsets[id + 1] - from
            let head = Self.word(UnsafeBufferPointer(keyBytes), from, min(length, Self.wordSize))
            keyHeads.baseAddress.unsafelyUnwrapped.advanced(by: id).initialize(to: KeyHead(word: head, length: length))
            let h = Self.hash(UnsafeBufferPointer(keyBytes), from, length, folding: false)
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.tag(h) | UInt32(id + 1)
            filter.insert(Self.filterBit(h))
            filterBits[Self.filterBit(h) >> 6] |= 1 << UInt64(Self.filterBit(h) & 63)
        }
    }

    @inline(__always)
    static func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h >> 36) & 0xFFFF) }

    deinit {
        slots.deallocate()
        keyOffsets.deallocate()
        keyHeads.deallocate()
        keyBytes.deallocate()
        filterBits.deallocate()
    }

    /// Plain pointers to the table for the tokenizer's loop (valid while this table lives).
    var probe: Probe {
        Probe(slots: UnsafePointer(slots.baseAddress.unsafelyUnwrapped), keyHeads: UnsafePointer(keyHeads.baseAddress.unsafelyUnwrapped),
              keyOffsets: UnsafePointer(keyOffsets.baseAddress.unsafelyUnwrapped),
              keyBytes: UnsafePointer(keyBytes.baseAddress.unsafelyUnwrapped), filter: UnsafePointer(filterBits), mask: mask)
    }

    /// The table as plain pointers: lookups of words already folded and hashed by the caller, with no reference
    /// counting. The owner (`CompiledLexicon`, through `SentimentScorer`) keeps the storage alive.
    struct Probe: @unchecked Sendable {
        let slots: UnsafePointer<UInt32>
        let keyHeads: UnsafePointer<KeyHead>
        let keyOffsets: UnsafePointer<Int>
        /// Keys back to back, followed by `wordSize` zero bytes.
        let keyBytes: UnsafePointer<UInt8>
        let filter: UnsafePointer<UInt64>
        let mask: Int

        /// The id of the key of `length` (1...8) bytes whose folded, zero-padded word is `word`, or -1.
        @inline(__always)
        func find(word w: UInt64, length: Int) -> Int32 {
            let h = FrozenLexiconTable.finish(FrozenLexiconTable.mix(UInt64(truncatingIfNeeded: length) &* FrozenLexiconTable.lengthMultiplier, w))
            guard mayContain(h) else { return -1 }
            var slot = Int(truncatingIfNeeded: h) & mask
            let tag = FrozenLexiconTable.tag(h)
            while true {
                let packed = slots[slot]
                if packed == 0 { return -1 }
                if packed & ~FrozenLexiconTable.idMask == tag {
                    let id = Int(packed & FrozenLexiconTable.idMask) - 1
                    let head = keyHeads[id]
                    if head.length == length && head.word == w { return Int32(id) }
                }
                slot = (slot + 1) & mask
            }
        }

        /// The id of the ASCII text at `text[start..<start + length]` folded to lower case, given its word hash `h`
        /// (`FrozenLexiconTable.hash(folding: true)`), or -1. `text` must be readable `wordSize` bytes past the end.
        @inline(__always)
        func find(hash h: UInt64, text: UnsafePointer<UInt8>, start: Int, length: Int) -> Int32 {
            guard mayContain(h) else { return -1 }
            var slot = Int(truncatingIfNeeded: h) & mask
            let tag = FrozenLexiconTable.tag(h)
            while true {
                let packed = slots[slot]
                if packed == 0 { return -1 }
                if packed & ~FrozenLexiconTable.idMask == tag {
                    let id = Int(packed & FrozenLexiconTable.idMask) - 1
                    let from = keyOffsets[id]
                    if keyOffsets[id + 1] - from == length && equalFolded(text, start, from, length) { return Int32(id) }
                }
                slot = (slot + 1) & mask
            }
        }

        @inline(__always)
        func mayContain(_ h: UInt64) -> Bool {
            let bit = FrozenLexiconTable.filterBit(h)
            return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }

        private func equalFolded(_ text: UnsafePointer<UInt8>, _ start: Int, _ from: Int, _ length: Int) -> Bool {
            var k = 0
            while k < length {
                let keep = ByteWord.keep(min(FrozenLexiconTable.wordSize, length - k))
                let a = FrozenLexiconTable.foldWord(ByteWord.load(text + start + k) & keep)
                if a != ByteWord.load(keyBytes + from + k) & keep { return false }
                k += FrozenLexiconTable.wordSize
            }
            return true
        }
    }

    /// The little-endian word of the `count` (0...8) bytes at `text[at...]`, zero-padded; reads
    /// whole words (near the end of the buffer, the last eight bytes, shifted).
    @inline(__always)
    static func word(_ text: UnsafeBufferPointer<UInt8>, _ at: Int, _ count: Int) -> UInt64 {
        guard count > 0 else { return 0 }
        let base = text.baseAddress.unsafelyUnwrapped
        let keep = UInt64.max &>> UInt64(64 - 8 * count)
        if at + wordSize <= text.count {
            return UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) & keep
        }
        if text.count >= wordSize {
            let last = UInt64(littleEndian: UnsafeRawPointer(base + text.count - wordSize).loadUnaligned(as: UInt64.self))
            return (last &>> UInt64(8 * (at + wordSize - text.count))) & keep
        }
        var w: UInt64 = 0
        for k in 0..<count { w |= UInt64(base[at + k]) &<< UInt64(8 * k) }
        return w
    }

    /// ASCII `A`–`Z` to lower case in all eight bytes of `w` at once (every byte below 0x80, so
    /// the additions never carry into the next byte).
    @inline(__always)
    static func foldWord(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = w &+ ones &* (0x80 - 0x41)
        let aboveZ = w &+ ones &* (0x80 - 0x5B)
        let isUpper = atLeastA & ~aboveZ & (ones &* 0x80)
        return w | (isUpper &>> 2)
    }

    /// The word hash of `text[start..<start + length]`, folded to lower case when `folding`.
    @inline(__always)
    static func hash(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int, folding: Bool) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: length) &* lengthMultiplier
        var at = start
        let end = start + length
        while at < end {
            var w = word(text, at, min(wordSize, end - at))
            if folding { w = foldWord(w) }
            h = mix(h, w)
            at += wordSize
        }
        return finish(h)
    }

    /// One word into the hash.
    @inline(__always)
    static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let m = (h ^ w) &* wordMultiplier
        return m ^ (m &>> 29)
    }

    /// The final avalanche of the hash.
    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 {
        let m = (h ^ (h &>> 32)) &* finalMultiplier
        return m ^ (m &>> 29)
    }

    /// The id of the ASCII text `text[start..<end]` folded to lower case, or -1.
    @inline(__always)
    func lookupFoldingASCII(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        let length = end - start
        guard length <= Self.wordSize else { return lookupLong(text, start, end) }
        // Most words fit one word: hash it and compare it with each candidate's head.
        let w = Self.foldWord(Self.word(text, start, length))
        let h = Self.finish(Self.mix(UInt64(truncatingIfNeeded: length) &* Self.lengthMultiplier, w))
        return probe(h) { id in
            let head = keyHeads[id]
            return head.length == length && head.word == w
        }
    }

    /// `lookupFoldingASCII` for text longer than one word.
    private func lookupLong(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        let length = end - start
        let keys = UnsafeBufferPointer(keyBytes)
        return probe(Self.hash(text, start, length, folding: true)) { id in
            let from = keyOffsets[id]
            return keyOffsets[id + 1] - from == length && equalFolded(text, start, keys, from, length)
        }
    }

    /// The id whose slot tag matches hash `h` and for which `isKey` holds, or -1 (linear probing from `h`).
    @inline(__always)
    private func probe(_ h: UInt64, _ isKey: (Int) -> Bool) -> Int32 {
        if !filter.mayContain(Self.filterBit(h)) { return -1 }
        var slot = Int(truncatingIfNeeded: h) & mask
        let tag = Self.tag(h)
        while true {
            let packed = slots[slot]
            if packed == 0 { return -1 }
            if packed & ~Self.idMask == tag {
                let id = Int(packed & Self.idMask) - 1
                if isKey(id) { return Int32(id) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the folded `text[start..<start + length]` equals the key at `keys[from...]`.
    @inline(__always)
    private func equalFolded(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ keys: UnsafeBufferPointer<UInt8>,
                             _ from: Int, _ length: Int) -> Bool {
        var k = 0
        while k < length {
            let n = min(Self.wordSize, length - k)
            if Self.foldWord(Self.word(text, start + k, n)) != Self.word(keys, from + k, n) { return false }
            k += Self.wordSize
        }
        return true
    }
}
