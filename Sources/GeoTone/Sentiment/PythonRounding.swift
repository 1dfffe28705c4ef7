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
}
