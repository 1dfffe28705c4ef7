/// An insert-only hash set of 128-bit digests, each with a 64-bit value: the compact memory of what a run has
/// already seen (content digests for duplicates, id digests for repeated ids).
///
/// Open addressing with linear probing in three flat arrays (24 bytes a slot, at most `maxLoad` full), so a
/// million entries take 32–64 MB less than a `Dictionary` of `String`s would, and nothing is allocated per entry.
/// The all-zero digest marks an empty slot; a real all-zero digest is stored as `(0, 1)`, which only matters if
/// a 128-bit hash ever collides with that remapping.
public struct DigestTable: Sendable {
    private var highs: [UInt64]
    private var lows: [UInt64]
    private var values: [UInt64]
    private var mask: Int
    /// Entries stored.
    public private(set) var count = 0
    /// Fill ratio that triggers doubling.
    static let maxLoad = 0.7
    /// Slots of a new table.
    static let initialCapacity = 1 << 12

    public init() {
        highs = Array(repeating: 0, count: Self.initialCapacity)
        lows = highs
        values = highs
        mask = Self.initialCapacity - 1
    }

    /// The value stored for `digest`, or nil.
    public func value(for digest: FastHash.Digest) -> UInt64? {
        let (h, l) = Self.key(digest)
        var i = Self.slot(h, l, mask)
        while highs[i] != 0 || lows[i] != 0 {
            if highs[i] == h && lows[i] == l { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `digest` unless it is already there; returns the value stored first (nil when new).
    public mutating func insertIfAbsent(_ digest: FastHash.Digest, value: UInt64) -> UInt64? {
        let (h, l) = Self.key(digest)
        var i = Self.slot(h, l, mask)
        while highs[i] != 0 || lows[i] != 0 {
            if highs[i] == h && lows[i] == l { return values[i] }
            i = (i + 1) & mask
        }
        highs[i] = h
        lows[i] = l
        values[i] = value
        count += 1
        if Double(count) > Double(mask + 1) * Self.maxLoad { grow() }
        return nil
    }

    @inline(__always) private static func key(_ d: FastHash.Digest) -> (UInt64, UInt64) {
        d.high == 0 && d.low == 0 ? (0, 1) : (d.high, d.low)
    }

    @inline(__always) private static func slot(_ h: UInt64, _ l: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (h ^ (l &* 0x9E37_79B9_7F4A_7C15)) >> 7) & mask
    }

    private mutating func grow() {
        let (oldHighs, oldLows, oldValues) = (highs, lows, values)
        let capacity = (mask + 1) * 2
        highs = Array(repeating: 0, count: capacity)
        lows = highs
        values = highs
        mask = capacity - 1
        for j in oldHighs.indices where oldHighs[j] != 0 || oldLows[j] != 0 {
            var i = Self.slot(oldHighs[j], oldLows[j], mask)
            while highs[i] != 0 || lows[i] != 0 { i = (i + 1) & mask }
            highs[i] = oldHighs[j]
            lows[i] = oldLows[j]
            values[i] = oldValues[j]
        }
    }
}
