import Testing
@testable import GeoTone

/// `PythonRounding.round` against values printed by CPython 3.11's `round(x, n)`.
@Suite("Python rounding")
struct PythonRoundingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let x: Double, digits: Int, expected: Double
        var testDescription: String { "round(\(x), \(digits))" }
    }

    static let cases: [Case] = [
        Case(x: 0.0625, digits: 3, expected: 0.062),          // exact tie: to even
        Case(x: 2.675, digits: 2, expected: 2.67),            // binary value lies below the tie
        Case(x: 0.1235, digits: 3, expected: 0.123),
        Case(x: 0.12345, digits: 4, expected: 0.1235),
        Case(x: -0.3412376512543242, digits: 4, expected: -0.3412),
        Case(x: 0.5, digits: 0, expected: 0.0),
        Case(x: 1.5, digits: 0, expected: 2.0),
        Case(x: 2.5, digits: 0, expected: 2.0),
        Case(x: -2.5, digits: 0, expected: -2.0),
        Case(x: 0.0005, digits: 3, expected: 0.001),
        Case(x: 1e-300, digits: 3, expected: 0.0),
        Case(x: 123456.78905, digits: 4, expected: 123456.7891),
        Case(x: 0.8527131782945736, digits: 3, expected: 0.853),
    ]

    @Test("matches CPython", arguments: cases)
    func matchesPython(_ c: Case) {
        #expect(PythonRounding.round(c.x, digits: c.digits) == c.expected)
    }

    @Test("keeps the sign of a value rounded to zero")
    func negativeZero() {
        let r = PythonRounding.round(-0.0001, digits: 3)
        #expect(r == 0 && r.sign == .minus)
    }

    @Test("non-finite values and unsupported digits pass through")
    func passThrough() {
        #expect(PythonRounding.round(.infinity, digits: 3) == .infinity)
        #expect(PythonRounding.round(.nan, digits: 3).isNaN)
        #expect(PythonRounding.round(0.123456, digits: 30) == 0.123456)
    }
}
