/// Values keyed by two or three word ids (idioms, multi-word boosters, phrase lists): a small
/// open-addressing table with a multiplicative hash, so the per-word checks need no `Hasher`.
///
/// - Complexity: O(1) per lookup on average.
struct SequenceTable<Value: Sendable>: Sendable {
    /// Odd multipliers mixing the three ids (the same constants as the lexicon's word hash).
    static var multipliers: (UInt64, UInt64, UInt64) {
        (FrozenLexiconTable.lengthMultiplier, FrozenLexiconTable.wordMultiplier, FrozenLexiconTable.finalMultiplier)
    }
    /// Slots per key at least (load factor ≤ 1/4 keeps probes short).
    static var slotsPerKey: Int { 4 }

    private var keys: [SequenceKey?]
    private var values: [Value?]
    private let shift: UInt64

    /// A table holding `pairs`.
    init(_ pairs: [SequenceKey: Value]) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * Self.slotsPerKey { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: nil, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        for (key, value) in pairs {
            var slot = slotIndex(key)
            while keys[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private func slotIndex(_ key: SequenceKey) -> Int {
        let (m1, m2, m3) = Self.multipliers
        let h = UInt64(UInt32(bitPattern: key.a)) &* m1 ^ UInt64(UInt32(bitPattern: key.b)) &* m2
            ^ UInt64(UInt32(bitPattern: key.c)) &* m3
        return Int(truncatingIfNeeded: h &>> shift)
    }

    /// The value of `key`, if present.
    @inline(__always)
    subscript(key: SequenceKey) -> Value? {
        var slot = slotIndex(key)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }
}
