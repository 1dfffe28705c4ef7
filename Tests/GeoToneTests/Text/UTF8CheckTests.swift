import Testing
@testable import GeoTone

/// The byte-level UTF-8 check agrees with the standard library's, and text made in pieces is the text made whole.
@Suite struct UTF8CheckTests {
    /// Byte sequences at the edges of Table 3-7, each well-formed or not, alone and inside ASCII.
    static let cases: [([UInt8], Bool)] = [
        ([], true), (Array("plain ASCII text".utf8), true), ([0xC2, 0x80], true), ([0xC1, 0xBF], false),
        ([0xDF, 0xBF], true), ([0xE0, 0xA0, 0x80], true), ([0xE0, 0x9F, 0x80], false), ([0xED, 0x9F, 0xBF], true),
        ([0xED, 0xA0, 0x80], false), ([0xEF, 0xBF, 0xBF], true), ([0xF0, 0x90, 0x80, 0x80], true),
        ([0xF0, 0x8F, 0xBF, 0xBF], false), ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xF4, 0x90, 0x80, 0x80], false),
        ([0xF5, 0x80, 0x80, 0x80], false), ([0x80], false), ([0xE2, 0x80], false), ([0xE2, 0x28, 0xA1], false),
        (Array("“Kyiv” — Київ, 東京 🎉".utf8), true), ([0xFF], false), ([0xC3], false),
    ]

    @Test func agreesWithTheStandardLibraryOnTheEdges() {
        for (bytes, valid) in Self.cases {
            for padded in [bytes, Array("0123456789".utf8) + bytes + Array(" end".utf8)] {
                padded.withUnsafeBufferPointer { p in
                    #expect(UTF8Check.isValid(p) == valid, "\(padded)")
                    #expect(UTF8Check.isValid(p) == (String(validating: p, as: UTF8.self) != nil), "\(padded)")
                }
            }
        }
    }

    /// Seeded random texts of long and short ASCII runs, letters beyond ASCII and broken sequences: the check says
    /// what `String(validating:)` says, and the text made in pieces has the bytes of `String(decoding:)`.
    @Test func agreesOnRandomTexts() {
        let pieces: [[UInt8]] = [Array(String(repeating: "word ", count: 20).utf8), Array("a b".utf8), Array("é".utf8),
                                 Array("—".utf8), Array("🎉".utf8), [0x80], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x90],
                                 Array("\n".utf8), Array(String(repeating: "x", count: 63).utf8),
                                 Array(String(repeating: "y", count: 64).utf8), [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 30) { bytes += pieces[next() % pieces.count] }
            bytes.withUnsafeBufferPointer { p in
                #expect(UTF8Check.isValid(p) == (String(validating: p, as: UTF8.self) != nil), "\(bytes)")
                #expect(Array(UTF8Check.string(p).utf8) == Array(String(decoding: p, as: UTF8.self).utf8), "\(bytes)")
            }
        }
    }
}
