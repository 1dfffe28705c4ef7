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
}
