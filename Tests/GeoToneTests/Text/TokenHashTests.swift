import Testing
@testable import GeoTone

@Suite struct TokenHashTests {
    /// Bytes fed one by one, in whole words, or in any mix give the same hash.
    @Test(arguments: ["a", "abcdefg", "abcdefgh", "abcdefghi", "internationalization", "côte d'ivoire", "u.s.a."])
    func wordsAndBytesAgree(text: String) {
        let bytes = Array(text.utf8)
        let expected = TokenHash.of(bytes)
        for cut in 0...bytes.count {
            // Bytes up to `cut` one by one, then the rest in words of up to eight bytes.
            var b = TokenHash.Builder()
            for byte in bytes[..<cut] { b.add(byte) }
            var at = cut
            while at < bytes.count {
                let count = min(8, bytes.count - at)
                var w: UInt64 = 0xFFFF_FFFF_FFFF_FFFF << UInt64(8 * count) // bytes past `count` must not count
                if count == 8 { w = 0 }
                for k in 0..<count { w |= UInt64(bytes[at + k]) << UInt64(8 * k) }
                b.addWord(w, count: count)
                at += count
            }
            #expect(b.value == expected, "cut at \(cut)")
        }
        if bytes.count <= 8 {
            var w: UInt64 = 0
            for (k, byte) in bytes.enumerated() { w |= UInt64(byte) << UInt64(8 * k) }
            #expect(TokenHash.ofWord(w, count: bytes.count) == expected)
            if bytes.count < 8 {
                // What follows the word in the load is masked off.
                #expect(TokenHash.ofWord(w | 0x20 << 56, count: bytes.count) == expected)
            }
        }
    }

    /// Distinct words, short and long, hash apart; a word and its prefixes too.
    @Test func distinctWordsDiffer() {
        var words: [String] = []
        for a in "abcdefghijklmnopqrstuvwxyz" {
            for b in "abcdefghijklmnopqrstuvwxyz'" { words.append("\(a)\(b)"); words.append("\(a)\(b)stan") }
        }
        words += ["internationalization", "internationalisation", "internationalizatio", "abcdefgh", "abcdefgha"]
        let hashes = Set(words.map { TokenHash.of(Array($0.utf8)) })
        #expect(hashes.count == words.count)
        #expect(!hashes.contains(TokenHash.seed))
    }
}
