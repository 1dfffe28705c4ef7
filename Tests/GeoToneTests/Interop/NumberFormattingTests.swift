import Testing
@testable import GeoTone

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, 3, "0.000"), (-0.0, 2, "0.00"), (-0.0004, 3, "0.000"), (0.0005, 3, "0.001"), (-0.0005, 3, "-0.001"),
        (2.5, 0, "3"), (-2.5, 0, "-3"), (1.005, 2, "1.00"), (123.456, 1, "123.5"), (0.1, 4, "0.1000"),
        (1e20, 2, "1e+20"), (Double.nan, 2, ""), (Double.infinity, 2, ""), (-7, 0, "-7"),
    ] as [(Double, Int, String)]) func fixed(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberFormatting.fixed(value, decimals: decimals) == expected)
    }

    /// Two lower-case digits a byte, in order, for every byte value; nothing for no bytes.
    @Test func hexOfEveryByte() {
        let bytes = (0...255).map { UInt8($0) }
        let expected = bytes.map { b in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
        }.joined()
        #expect(bytes.withUnsafeBytes { NumberFormatting.hex($0) } == expected)
        #expect([UInt8]().withUnsafeBytes { NumberFormatting.hex($0) } == "")
    }
}
