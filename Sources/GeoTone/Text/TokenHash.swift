/// The 64-bit hash of a token's case-folded bytes, taken eight bytes at a time.
///
/// The folded bytes are cut into 8-byte words (little-endian, the last one padded with zero bytes) and each word is
/// mixed into the running value with one multiplication: a token of up to eight bytes — most news words — costs
/// one mix, where a byte-at-a-time hash costs one multiplication per byte in a chain the processor cannot overlap.
/// Tokens never hold a zero byte, so the padding cannot make two different tokens alike, and a one-word token's hash
/// is a bijection of its word: tokens of up to eight bytes never collide.
///
/// The tokenizer feeds bytes as it scans (``Builder``) or whole words from its 8-byte loads (``Builder/addWord(_:count:)``);
/// both give what ``of(_:)`` gives for the same folded bytes (a test holds them to it).
public enum TokenHash {
    /// The starting value (and the hash of the empty byte string).
    public static let seed: UInt64 = 0x243F_6A88_85A3_08D3

    /// Mixes one 8-byte word into a running value.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let m = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m &>> 29)
    }

    /// The hash of the first `count` bytes (1...8) of a little-endian word, as one token: what ``of(_:)`` gives for
    /// them.
    @inlinable @inline(__always)
    public static func ofWord(_ word: UInt64, count: Int) -> UInt64 {
        step(seed, word & lowBytesMask(count))
    }

    /// A mask of the low `count` bytes of a word, `count` in 0...8.
    @inlinable @inline(__always)
    public static func lowBytesMask(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
    }

    /// Hash of a byte string exactly as given (the caller folds case first).
    public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var b = Builder()
        for byte in bytes { b.add(byte) }
        return b.value
    }

    /// A hash being built from bytes in order.
    public struct Builder: Sendable {
        @usableFromInline var hash = TokenHash.seed
        @usableFromInline var pending: UInt64 = 0
        @usableFromInline var shift: UInt64 = 0

        /// An empty byte string.
        @inlinable public init() {}

        /// Appends one byte.
        @inlinable @inline(__always)
        public mutating func add(_ byte: UInt8) {
            pending |= UInt64(byte) &<< shift
            shift &+= 8
            if shift == 64 {
                hash = TokenHash.step(hash, pending)
                pending = 0
                shift = 0
            }
        }

        /// Appends the low `count` bytes (0...8) of a little-endian word.
        @inlinable @inline(__always)
        public mutating func addWord(_ word: UInt64, count: Int) {
            guard count > 0 else { return }
            if shift == 0 {
                if count == 8 {
                    hash = TokenHash.step(hash, word)
                } else {
                    pending = word & TokenHash.lowBytesMask(count)
                    shift = UInt64(truncatingIfNeeded: count &* 8)
                }
                return
            }
            var w = word & TokenHash.lowBytesMask(count)
            for _ in 0..<count {
                add(UInt8(truncatingIfNeeded: w))
                w &>>= 8
            }
        }

        /// The hash of the bytes appended so far.
        @inlinable public var value: UInt64 {
            shift == 0 ? hash : TokenHash.step(hash, pending)
        }
    }
}
