/// An integer's decimal digits (the bytes of `String(value)`) written on the stack, for code that appends them to
/// bytes or feeds them to a hash without making a `String`.
enum DecimalText {
    /// Calls `body` with the digits of `value` (a leading `-` when negative).
    @inline(__always)
    static func withDigits<R>(of value: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { raw in
            let digits = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var position = 24
            var rest = value.magnitude
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 { position -= 1; digits[position] = UInt8(ascii: "-") }
            return body(UnsafeBufferPointer(start: digits + position, count: 24 - position))
        }
    }
}
