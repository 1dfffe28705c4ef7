/// Eight bytes at a time: loads and per-byte tests on a little-endian `UInt64` ("SWAR"), for the sentiment
/// tokenizer's scan. A byte's test result is the high bit of its lane (bit 8k + 7 for byte k).
enum ByteWord {
    /// 0x01 in every lane.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The high bit of every lane.
    static let high: UInt64 = 0x8080_8080_8080_8080
    /// The low seven bits of every lane.
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `p` (unaligned).
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Stores eight bytes at `p` (unaligned).
    @inline(__always)
    static func store(_ w: UInt64, _ p: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(p).storeBytes(of: w.littleEndian, as: UInt64.self)
    }

    /// A mask keeping the first `count` (1...8) lanes.
    @inline(__always)
    static func keep(_ count: Int) -> UInt64 { UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count) }

    /// Lanes equal to 0 (exact per lane).
    @inline(__always)
    static func zeroLanes(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v) & high }

    /// Lanes equal to `byte` (exact per lane).
    @inline(__always)
    static func equalLanes(_ w: UInt64, _ byte: UInt8) -> UInt64 { zeroLanes(w ^ (ones &* UInt64(byte))) }

    /// Whether some lane equals `byte` (exact as a whole, not per lane).
    @inline(__always)
    static func hasByte(_ w: UInt64, _ byte: UInt8) -> Bool {
        let v = w ^ (ones &* UInt64(byte))
        return (v &- ones) & ~v & high != 0
    }

    /// Lanes in `lo...hi` (0 < lo ≤ hi < 0x80), for words whose lanes are all below 0x80.
    @inline(__always)
    static func rangeLanes(_ w: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let atLeastLo = w &+ ones &* UInt64(0x80 - lo)
        let aboveHi = w &+ ones &* UInt64(0x7F - hi)
        return atLeastLo & ~aboveHi & high
    }
}
