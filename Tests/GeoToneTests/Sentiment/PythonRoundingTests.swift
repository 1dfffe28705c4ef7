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

    @Test("the 64-bit path equals the 128-bit one: random values, exact ties and their neighbours, digits 0...9")
    func narrowEqualsWide() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state }
        var values: [Double] = []
        for _ in 0..<20_000 {
            let magnitude = Double(next() % 1_000_000_000) / 1_000_000_000
            let scale = [1e-12, 1e-6, 1e-3, 1, 10, 1e3, 1e6, 1e12][Int(next() % 8)]
            values.append((next() & 1 == 0 ? 1 : -1) * magnitude * scale)
        }
        for k in 0..<2_000 {  // halves of the last kept digit, exactly representable or not, and their neighbours
            let tie = (Double(k) + 0.5) / 1_000
            values += [tie, tie.nextUp, tie.nextDown, -tie, 0.0625, 0.5, 1.5, 2.5, Double.leastNonzeroMagnitude]
        }
        for x in values {
            for digits in 0...9 {
                let narrow = PythonRounding.round(x, digits: digits), wide = PythonRounding.roundWide(x, digits: digits)
                #expect(narrow.bitPattern == wide.bitPattern, "round(\(x), \(digits)): \(narrow) vs \(wide)")
                if narrow.bitPattern != wide.bitPattern { return }
            }
        }
    }

    @Test("scores print as Python prints them: shortest digits, at least one decimal")
    func floatText() {
        for (x, digits) in [(0.0, 3), (-0.0, 3), (0.5, 3), (-0.4404, 4), (0.853, 3), (1.0, 4), (-1.0, 4), (0.1, 3),
                            (0.0001, 4), (0.07, 3), (12.25, 2)] as [(Double, Int)] {
            var out: [UInt8] = []
            PythonFloatText.append(x, digits: digits, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == PythonFloatText.format(x), "\(x)")
        }
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
