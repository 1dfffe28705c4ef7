/// Fixed, locale-free number formatting for deterministic outputs.
public enum NumberFormatting {
    /// `value` rounded half away from zero to `decimals` places, written with exactly that many decimals.
    ///
    /// Non-finite values are written as an empty string; `-0` is written as `0`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled >= 9.0e15 { return String(value) }
        let integer = UInt64(scaled)
        var digits = String(integer)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        let negative = value < 0 && integer != 0
        return negative ? "-" + digits : digits
    }

    /// The lower-case hex digit of `value` (0...15).
    @inline(__always)
    public static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") &+ value : UInt8(ascii: "a") &+ (value &- 10)
    }

    /// `bytes` in lower-case hex, two digits a byte, in order (digests and checksums).
    public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            for (k, byte) in bytes.enumerated() {
                out[2 * k] = hexDigit(byte >> 4)
                out[2 * k + 1] = hexDigit(byte & 0x0F)
            }
            return bytes.count * 2
        }
    }
}
