import Testing
@testable import GeoTone

@Suite struct DigestTableTests {
    @Test func firstValueWinsAcrossGrowth() {
        var table = DigestTable()
        let n = 50_000   // several doublings past the initial 4,096 slots
        for i in 0..<n {
            #expect(table.insertIfAbsent(FastHash.Digest(high: UInt64(i) &* 0x9E37_79B9, low: UInt64(i)), value: UInt64(i)) == nil)
        }
        #expect(table.count == n)
        for i in stride(from: 0, to: n, by: 7) {
            let d = FastHash.Digest(high: UInt64(i) &* 0x9E37_79B9, low: UInt64(i))
            #expect(table.insertIfAbsent(d, value: 999_999) == UInt64(i))
            #expect(table.value(for: d) == UInt64(i))
        }
        #expect(table.count == n)
        #expect(table.value(for: FastHash.Digest(high: 1, low: UInt64(n) + 5)) == nil)
    }

    @Test func zeroDigestIsAnOrdinaryKey() {
        var table = DigestTable()
        #expect(table.value(for: FastHash.Digest(high: 0, low: 0)) == nil)
        #expect(table.insertIfAbsent(FastHash.Digest(high: 0, low: 0), value: 3) == nil)
        #expect(table.value(for: FastHash.Digest(high: 0, low: 0)) == 3)
        #expect(table.insertIfAbsent(FastHash.Digest(high: 0, low: 0), value: 4) == 3)
    }

    @Test func sameTextSameDigestDifferentTextDifferentDigest() {
        var table = DigestTable()
        for (i, id) in ["reuters-1", "reuters-2", "reuters-10", "", "ü"].enumerated() {
            var h = FastHash()
            h.update(id)
            #expect(table.insertIfAbsent(h.digest(), value: UInt64(i)) == nil, "\(id)")
        }
        var again = FastHash()
        again.update("reuters-10")
        #expect(table.value(for: again.digest()) == 2)
    }
}
