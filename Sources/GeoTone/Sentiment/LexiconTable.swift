/// An open-addressing hash table from byte strings to dense ids (0, 1, 2, …).
///
/// Keys are hashed with 64-bit FNV-1a and probed linearly; the table keeps its load factor at
/// or below one half. This is the growable build-time form; `FrozenLexiconTable` is the flat
/// copy the hot path probes, folding ASCII letters to lower case on the fly.
///
/// - Complexity: O(key length) per lookup on average.
struct LexiconTable: Sendable {
    /// FNV-1a 64-bit offset basis.
    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a 64-bit prime.
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3
    /// Slots per key at most (load factor ≤ 1/2).
    static let slotsPerKey = 2
    /// Marks an empty slot.
    static let emptySlot: Int32 = -1

    private var keyBytes: [UInt8] = []
    private var keyOffsets: [Int] = [0]
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    private var mask: Int

    /// The table size and the keys, for `FrozenLexiconTable` (which rehashes them).
    var storage: (slotCount: Int, keyOffsets: [Int], keyBytes: [UInt8]) {
        (slots.count, keyOffsets, keyBytes)
    }

    /// Number of keys stored.
    var count: Int { keyOffsets.count - 1 }

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * Self.slotsPerKey { size <<= 1 }
        slots = [Int32](repeating: Self.emptySlot, count: size)
        slotHashes = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// FNV-1a of `bytes`.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = fnvOffset
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// The bytes of key `id`.
    func key(_ id: Int32) -> ArraySlice<UInt8> {
        keyBytes[keyOffsets[Int(id)]..<keyOffsets[Int(id) + 1]]
    }

    /// Inserts `key` if absent; returns its id either way.
    @discardableResult
    mutating func insert(_ key: [UInt8]) -> Int32 {
        let h = Self.hash(key)
        if let found = find(hash: h, equals: { self.key($0).elementsEqual(key) }) { return found }
        if (count + 1) * Self.slotsPerKey > slots.count { grow() }
        let id = Int32(count)
        keyBytes.append(contentsOf: key)
        keyOffsets.append(keyBytes.count)
        place(id: id, hash: h)
        return id
    }

    /// The id of `key`, compared byte for byte.
    func lookup<C: Collection>(_ key: C) -> Int32? where C.Element == UInt8 {
        let h = Self.hash(key)
        return find(hash: h, equals: { self.key($0).elementsEqual(key) })
    }

    /// ASCII lower-case folding of one byte.
    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { (b &- 65) < 26 ? b | 0x20 : b }

    @inline(__always)
    private func find(hash h: UInt64, equals: (Int32) -> Bool) -> Int32? {
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[slot]
            if id == Self.emptySlot { return nil }
            if slotHashes[slot] == h && equals(id) { return id }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(id: Int32, hash h: UInt64) {
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
        slots[slot] = id
        slotHashes[slot] = h
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: Self.emptySlot, count: size)
        slotHashes = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for id in 0..<count { place(id: Int32(id), hash: Self.hash(key(Int32(id)))) }
    }
}
