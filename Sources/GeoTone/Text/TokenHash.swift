/// The 64-bit FNV-1a hash used for tokens, computed incrementally over case-folded bytes.
public enum TokenHash {
    /// FNV-1a offset basis: the hash of the empty byte string.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one more byte into a running hash.
    @inlinable @inline(__always)
    public static func combine(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// Hash of a byte string exactly as given (the caller folds case first).
    public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offsetBasis
        for b in bytes { h = combine(h, b) }
        return h
    }
}
