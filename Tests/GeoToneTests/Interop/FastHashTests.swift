import Testing
@testable import GeoTone

@Suite struct FastHashTests {
    static func digest(_ bytes: [UInt8], pieces: [Int] = []) -> String {
        var hash = FastHash()
        var start = 0
        bytes.withUnsafeBufferPointer { all in
            for size in pieces where start < all.count {
                let end = min(all.count, start + size)
                hash.update(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
            hash.update(UnsafeBufferPointer(rebasing: all[start...]))
        }
        return hash.finalize()
    }

    /// Digests are stored in run fingerprints: they must never change.
    @Test func digestsArePinned() {
        #expect(Self.digest([]) == "0170f253eb6c99e5ffd2ede9aa21b0db")
        #expect(Self.digest(Array("The quick brown fox jumps over the lazy dog".utf8)) == "a3be0cea1c300c8eea84408285d3fd26")
        #expect(Self.digest((0..<1000).map { UInt8($0 * 7 % 256) }) == "1ddac4693492cc0dfd034ecc91150895")
    }

    /// Thirty-two lower-case hex digits, high word first, leading zeros kept (the `content_hash` column).
    @Test func hexIsTwoPaddedWords() {
        let cases: [(UInt64, UInt64, String)] = [
            (0, 0, String(repeating: "0", count: 32)),
            (1, 0xF, "0000000000000001000000000000000f"),
            (UInt64.max, 0x0123_4567_89AB_CDEF, "ffffffffffffffff0123456789abcdef"),
            (0x00A0_0000_0000_0B00, 0x8000_0000_0000_0000, "00a0000000000b008000000000000000"),
        ]
        for (high, low, expected) in cases {
            #expect(FastHash.Digest(high: high, low: low).hex == expected)
        }
    }

    @Test func chunkingDoesNotChangeTheDigest() {
        let bytes = (0..<1000).map { UInt8($0 * 7 % 256) }
        let whole = Self.digest(bytes)
        for pieces in [[1], [3, 5, 7], [8, 8], [13, 1, 2, 999], Array(repeating: 1, count: 50)] {
            #expect(Self.digest(bytes, pieces: pieces) == whole, "pieces \(pieces)")
        }
    }
}
