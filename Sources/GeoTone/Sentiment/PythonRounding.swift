/// Rounding that matches Python's `round(x, n)` for floats.
///
/// Python rounds the exact binary value of `x` to `n` decimals, ties to even, and returns the
/// nearest double to that decimal. This does the same with 128-bit integer arithmetic.
public enum PythonRounding {
    /// Largest `digits` handled exactly (2^53 × 10^22 still fits in 128 bits).
    static let maxDigits = 22

    /// `x` rounded to `digits` decimals, half-even on its exact binary value.
    ///
    /// Non-finite values and `digits` outside 0...22 return `x` unchanged.
    public static func round(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0, (0...maxDigits).contains(digits) else { return x }
        let significand = UInt128(x.significandBitPattern | (x.isNormal ? 1 << 52 : 0))
        let exponent = x.isNormal ? Int(x.exponent) - 52 : -1074
        if exponent >= 0 { return x }  // already an integer
        let shift = -exponent
        if digits <= smallDigits, let magnitude = roundSmall(significand: UInt64(truncatingIfNeeded: significand), shift: shift, digits: digits) {
            return x < 0 ? -magnitude : magnitude
        }
        return roundWide(x, digits: digits)
    }

    /// `round` with 128-bit arithmetic throughout (any `digits` up to 22).
    static func roundWide(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0, (0...maxDigits).contains(digits) else { return x }
        let significand = UInt128(x.significandBitPattern | (x.isNormal ? 1 << 52 : 0))
        let exponent = x.isNormal ? Int(x.exponent) - 52 : -1074
        if exponent >= 0 { return x }
        let shift = -exponent
        var scale: UInt128 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = significand * scale
        let quotient: UInt128
        if shift >= 127 {
            quotient = 0  // below 2^-74 × 10^22 / 2 … rounds to zero at any supported precision
        } else {
            let q = scaled >> UInt128(shift)
            let remainder = scaled - (q << UInt128(shift))
            let half = UInt128(1) << UInt128(shift - 1)
            if remainder > half || (remainder == half && q & 1 == 1) {
                quotient = q + 1
            } else {
                quotient = q
            }
        }
        let magnitude = Double(quotient) / Double(scale)
        return x < 0 ? -magnitude : magnitude
    }

    /// Largest `digits` of the 64-bit path (10^9 < 2^30, so significand × scale < 2^83).
    static let smallDigits = 9

    /// The same rounding with two 64-bit words instead of `UInt128`, whose operations are not specialized
    /// here (they were a third of `geotone score`'s instructions); nil when the quotient needs more than 64
    /// bits, which leaves it to the general path.
    @inline(__always)
    static func roundSmall(significand: UInt64, shift: Int, digits: Int) -> Double? {
        var scale: UInt64 = 1
        for _ in 0..<digits { scale &*= 10 }
        let (high, low) = significand.multipliedFullWidth(by: scale)
        // value = high·2^64 + low < 2^83; half = 2^(shift−1).
        if shift > 84 { return 0 }  // value < 2^83 < half: rounds to zero
        var quotient: UInt64
        var roundUp: Bool
        if shift < 64 {
            guard high >> UInt64(shift) == 0 else { return nil }
            quotient = (low >> UInt64(shift)) | (shift == 0 ? 0 : high << UInt64(64 - shift))
            let remainder = low & ((1 << UInt64(shift)) &- 1)
            let half: UInt64 = 1 << UInt64(shift - 1)
            roundUp = remainder > half || (remainder == half && quotient & 1 == 1)
        } else {
            let s = shift - 64  // 0...20
            quotient = high >> UInt64(s)
            let remainderHigh = high & ((1 << UInt64(s)) &- 1)
            if s == 0 {
                let half: UInt64 = 1 << 63
                roundUp = low > half || (low == half && quotient & 1 == 1)
            } else {
                let halfHigh: UInt64 = 1 << UInt64(s - 1)
                roundUp = remainderHigh > halfHigh || (remainderHigh == halfHigh && (low > 0 || quotient & 1 == 1))
            }
        }
        if roundUp { quotient += 1 }
        return Double(quotient) / Double(scale)
    }
}
