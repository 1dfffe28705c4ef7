/// A fast 128-bit non-cryptographic hash for content identity (duplicate detection, input fingerprints).
///
/// Two independent 64-bit lanes over 8-byte words with multiply-xorshift mixing; streaming.
/// - Complexity: O(n), about one multiply per 8 bytes per lane.
public struct FastHash: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var tail: UInt64 = 0
    private var tailCount = 0
    private var length: UInt64 = 0

    static let m1: UInt64 = 0xFF51_AFD7_ED55_8CCD
    static let m2: UInt64 = 0xC4CE_B9FE_1A85_EC53

    public init() {}

    @inline(__always) private mutating func mixWord(_ w: UInt64) { Self.mix(&a, &b, w) }

    @inline(__always) private static func mix(_ a: inout UInt64, _ b: inout UInt64, _ w: UInt64) {
        a = (a ^ w) &* m1
        a ^= a >> 29
        b = (b ^ (w &+ 0x632B_E59B_D9B4_E019)) &* m2
        b ^= b >> 31
    }

    /// Adds bytes.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        length &+= UInt64(bytes.count)
        var i = 0
        while tailCount != 0 && i < bytes.count {
            tail |= UInt64(bytes[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
            if tailCount == 8 { mixWord(tail); tail = 0; tailCount = 0 }
        }
        let raw = UnsafeRawBufferPointer(bytes)
        // The lanes live in locals for the bulk loop, not in memory.
        var a = self.a, b = self.b
        while i + 8 <= bytes.count {
            Self.mix(&a, &b, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        self.a = a
        self.b = b
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
        }
    }

    /// Adds the UTF-8 of a string.
    /// Feeds bytes.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    public mutating func update(_ text: String) {
        var copy = text
        copy.withUTF8 { update($0) }
    }

    /// A 128-bit digest as two words; compact as a dictionary key.
    public struct Digest: Hashable, Sendable {
        public let high: UInt64
        public let low: UInt64
        /// The 32-hex-digit form (what `finalize()` returns): `high`, then `low`, most significant digit first.
        public var hex: String {
            withUnsafeBytes(of: (high.bigEndian, low.bigEndian)) { NumberFormatting.hex($0) }
        }
    }

    /// The 32-hex-digit digest.
    public func finalize() -> String { digest().hex }

    /// The digest as two words.
    public func digest() -> Digest {
        var copy = self
        if copy.tailCount > 0 { copy.mixWord(copy.tail ^ 0xFF) }
        copy.mixWord(copy.length)
        var x = copy.a ^ (copy.b >> 17)
        var y = copy.b ^ (copy.a << 13)
        x = (x ^ (x >> 33)) &* Self.m1
        y = (y ^ (y >> 33)) &* Self.m2
        x ^= x >> 33
        y ^= y >> 33
        return Digest(high: x, low: y)
    }
}
