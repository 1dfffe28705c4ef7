import Foundation
import Testing
@testable import GeoTone
import GeoToneTestSupport

@Suite struct DigestTableTests {
    static func digest(_ i: Int) -> FastHash.Digest { FastHash.Digest(high: UInt64(i) &* 0x9E37_79B9, low: UInt64(i)) }

    /// Spill folders under test: none (the log stays in memory) and a fresh temporary folder.
    static func withEachLogPlace(_ body: (DigestTable, String?) throws -> Void) throws {
        try body(DigestTable(), nil)
        let dir = try TestScratch.makeDirectory("digest")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(DigestTable(spillDirectory: dir), dir)
    }

    @Test func firstValueWinsAcrossGrowthAndSpills() throws {
        try Self.withEachLogPlace { table, dir in
            let n = 50_000   // grown many times past the initial 4,096 slots, a dozen spills of 4,096 entries
            for i in 0..<n { #expect(table.insertIfAbsent(Self.digest(i), value: UInt64(i)) == nil) }
            #expect(table.count == n)
            for i in stride(from: 0, to: n, by: 7) {
                #expect(table.insertIfAbsent(Self.digest(i), value: 999_999) == UInt64(i), "\(dir ?? "memory") \(i)")
                #expect(table.value(for: Self.digest(i)) == UInt64(i))
            }
            #expect(table.count == n)
            #expect(table.value(for: FastHash.Digest(high: 1, low: UInt64(n) + 5)) == nil)
            #expect(table.readFailures == 0)
        }
    }

    @Test func spillFileLeavesNothingBehind() throws {
        try Self.withEachLogPlace { table, dir in
            guard let dir else { return }
            for i in 0..<20_000 { _ = table.insertIfAbsent(Self.digest(i), value: 1) }
            let left = try FileManager.default.contentsOfDirectory(atPath: dir)
            #expect(left.isEmpty, "the spill file is unlinked at once")
        }
    }

    @Test func releaseFreesTheIndexAndKeepsTheCounts() throws {
        try Self.withEachLogPlace { table, _ in
            for i in 0..<20_000 { _ = table.insertIfAbsent(Self.digest(i), value: 1) }
            #expect(table.memoryBytes > 20_000 * 4)
            #expect(table.release() == 0, "no entry failed to read back")
            #expect(table.memoryBytes == 0)
            #expect(table.count == 20_000 && table.readFailures == 0, "counts stay readable")
        }
    }

    @Test func indexIsAFractionOfTheEntries() throws {
        // The entries (24 bytes each) live in the spill file; memory holds 4-byte slots, at most three quarters
        // full, and a 96 KiB buffer: under 8 bytes an entry (354,294 slots for 200,000 entries).
        let dir = try TestScratch.makeDirectory("digest")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let spilled = DigestTable(spillDirectory: dir), inMemory = DigestTable()
        let n = 200_000
        for i in 0..<n {
            _ = spilled.insertIfAbsent(Self.digest(i), value: UInt64(i))
            _ = inMemory.insertIfAbsent(Self.digest(i), value: UInt64(i))
        }
        #expect(spilled.memoryBytes < n * 8, "\(spilled.memoryBytes) bytes for \(n) entries")
        #expect(spilled.memoryBytes * 2 < inMemory.memoryBytes)
    }

    /// A slot's sequence bits hold every entry its table takes before growing; the rest is tag.
    @Test(arguments: [4_096, 6_144, 69_984, 797_161, 1 << 30])
    func sequenceBitsFitTheTable(capacity: Int) {
        let mask = DigestTable.sequenceMask(capacity: capacity)
        let most = Int(Double(capacity) * DigestTable.maxLoad) + 1
        #expect(UInt64(most) <= UInt64(mask), "capacity \(capacity)")
        #expect(UInt64(most) > UInt64(mask) / 4, "no more bits than needed: \(capacity)")
    }

    /// Digests that differ in a few bits stay apart while the table grows and its tags lose bits (an equal tag is
    /// settled by the log entry).
    @Test func nearDigestsStayApart() throws {
        try Self.withEachLogPlace { table, _ in
            // Three digests per `low` value, differing in two top bits of `high` only.
            var stored: [FastHash.Digest] = []
            for i in 0..<9_000 {
                let d = FastHash.Digest(high: UInt64(i % 3) << 61, low: UInt64(i / 3))
                stored.append(d)
                #expect(table.insertIfAbsent(d, value: UInt64(i)) == nil)
            }
            for (i, d) in stored.enumerated() { #expect(table.value(for: d) == UInt64(i)) }
            #expect(table.value(for: FastHash.Digest(high: 3 << 61, low: 0)) == nil)
        }
    }

    @Test func unusableSpillFolderKeepsTheLogInMemory() {
        let table = DigestTable(spillDirectory: "/nonexistent-\(UUID().uuidString)")
        for i in 0..<10_000 { #expect(table.insertIfAbsent(Self.digest(i), value: UInt64(i)) == nil) }
        for i in stride(from: 0, to: 10_000, by: 13) { #expect(table.value(for: Self.digest(i)) == UInt64(i)) }
        #expect(table.readFailures == 0)
    }

    @Test func zeroDigestIsAnOrdinaryKey() {
        let table = DigestTable()
        #expect(table.value(for: FastHash.Digest(high: 0, low: 0)) == nil)
        #expect(table.insertIfAbsent(FastHash.Digest(high: 0, low: 0), value: 3) == nil)
        #expect(table.value(for: FastHash.Digest(high: 0, low: 0)) == 3)
        #expect(table.insertIfAbsent(FastHash.Digest(high: 0, low: 0), value: 4) == 3)
    }

    @Test func sameTextSameDigestDifferentTextDifferentDigest() {
        let table = DigestTable()
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
