/// A set of token hashes looked up without re-hashing: the hashes are `TokenHash` values already, so their bits index
/// an open-addressing table directly (a `Set<UInt64>` would run SipHash on every look-up, which showed up in
/// profiles once the matcher's rules consulted word lists next to every candidate name).
struct TokenSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    /// 0 marks an empty slot; a token whose hash is 0 is kept apart.
    private let hasZero: Bool

    init(_ hashes: some Sequence<UInt64>) {
        let unique = Set(hashes)
        var capacity = 8
        while capacity < unique.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for h in unique where h != 0 {
            var i = TokenSet.index(h, capacity - 1)
            while slots[i] != 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = h
        }
        self.slots = slots
        mask = capacity - 1
        hasZero = unique.contains(0)
    }

    @inline(__always)
    private static func index(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Whether `h` is in the set.
    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        if h == 0 { return hasZero }
        var i = TokenSet.index(h, mask)
        while true {
            let s = slots[i]
            if s == h { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}
