import Testing
@testable import GeoTone

@Suite struct FingerprintFilterTests {
    /// Exact on 16 bits: every inserted fingerprint passes, every other one is turned away, at every bit position
    /// of every word (the first, the last, and a seeded spread between).
    @Test func passesExactlyTheInsertedFingerprints() {
        var state: UInt64 = 0x5EED
        var inserted: Set<Int> = [0, 63, 64, 65_535]
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            inserted.insert(Int(state >> 48))
        }
        let filter = FingerprintFilter()
        for f in inserted { filter.insert(f) }
        for f in 0..<FingerprintFilter.fingerprints {
            #expect(filter.mayContain(f) == inserted.contains(f), "fingerprint \(f)")
        }
    }
}
