import Testing
@testable import GeoTone

@Suite struct TokenSetTests {
    /// Membership agrees with a standard `Set` for members, non-members, 0 and hashes that share low bits.
    @Test func agreesWithSet() {
        var generator = SystemRandomNumberGenerator()
        let members = (0..<300).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) } + [0, 1 << 40, 2 << 40]
        let set = TokenSet(members)
        for h in members { #expect(set.contains(h)) }
        let reference = Set(members)
        for _ in 0..<5_000 {
            let h = UInt64.random(in: 0...UInt64.max, using: &generator)
            #expect(set.contains(h) == reference.contains(h))
        }
        #expect(!TokenSet([UInt64]()).contains(0))
        #expect(!TokenSet([5]).contains(0) && TokenSet([0]).contains(0))
    }

    /// The cue words are found as the tokenizer hashes them, in any case.
    @Test func cueWordsInAnyCase() throws {
        var d = Disambiguation()
        d.cues[.office] = ["President"]
        d.givenNames = ["Andrew"]
        let cues = CueTable(d)
        let tokenizer = Tokenizer()
        func hash(_ w: String) -> UInt64 { tokenizer.tokenize(Array(w.utf8)).tokens[0].hash }
        #expect(cues.office.contains(hash("president")) && cues.office.contains(hash("PRESIDENT")))
        #expect(cues.givenNames.contains(hash("Andrew")) && !cues.givenNames.contains(hash("Jordan")))
    }
}
