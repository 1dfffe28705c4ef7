import Testing
@testable import GeoTone

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer(abbreviations: AbbreviationList(words: ["mr", "dr", "feb", "st", "gen"]))

    func surfaces(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        let t = tokenizer.tokenize(bytes)
        return t.tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    }

    func sentences(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        let t = tokenizer.tokenize(bytes)
        return t.sentenceByteRanges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(arguments: [
        ("The U.S. and U.K. met.", ["The", "U.S.", "and", "U.K.", "met"]),
        ("U.S.-Russia talks", ["U.S.", "Russia", "talks"]),
        ("Sino-Japanese ties", ["Sino", "Japanese", "ties"]),
        ("O'Brien's book", ["O'Brien's", "book"]),
        ("Kazakhstan’s sovereignty", ["Kazakhstan’s", "sovereignty"]),
        ("rose 5.93 mln, or 5,000 bags", ["rose", "5.93", "mln", "or", "5,000", "bags"]),
        ("Côte d’Ivoire", ["Côte", "d’Ivoire"]),
        ("“As you know,” he said", ["As", "you", "know", "he", "said"]),
        ("the US’ support", ["the", "US", "support"]),
    ])
    func tokens(_ text: String, _ expected: [String]) {
        #expect(surfaces(text) == expected)
    }

    @Test func possessiveIsLeftOutOfTheHash() {
        let a = tokenizer.tokenize(Array("Kazakhstan’s".utf8)).tokens[0]
        let b = tokenizer.tokenize(Array("KAZAKHSTAN".utf8)).tokens[0]
        let c = tokenizer.tokenize(Array("Kazakhstan's".utf8)).tokens[0]
        #expect(a.hash == b.hash && b.hash == c.hash)
        #expect(a.flags.contains(.possessive))
        #expect(a.coreEnd == 10)
    }

    @Test func dottedAbbreviationWithoutFinalDotHashesLikeWithIt() {
        let a = tokenizer.tokenize(Array("the U.S".utf8)).tokens[1]
        let b = tokenizer.tokenize(Array("the U.S. economy".utf8)).tokens[1]
        #expect(a.hash == b.hash)
        #expect(b.flags.contains(.dottedAbbreviation))
    }

    @Test func latinLettersFoldCase() {
        let a = tokenizer.tokenize(Array("CÔTE".utf8)).tokens[0]
        let b = tokenizer.tokenize(Array("côte".utf8)).tokens[0]
        #expect(a.hash == b.hash)
        #expect(a.flags.contains(.allUpper))
    }

    @Test func hyphenFlagsJoinTokens() {
        let t = tokenizer.tokenize(Array("U.S.-Russia and Franco - German".utf8)).tokens
        #expect(t[0].flags.contains(.hyphenAfter))
        #expect(t[1].flags.contains(.hyphenBefore))
        #expect(!t[3].flags.contains(.hyphenAfter))   // spaced dash is not a join
    }

    @Test func caseFlags() {
        let t = tokenizer.tokenize(Array("Blinken met NATO chiefs".utf8)).tokens
        #expect(t[0].flags.contains(.firstUpper) && !t[0].flags.contains(.allUpper))
        #expect(t[2].flags.contains(.allUpper))
        #expect(!t[3].flags.contains(.firstUpper))
        #expect(t[0].flags.contains(.sentenceInitial) && !t[1].flags.contains(.sentenceInitial))
    }

    @Test(arguments: [
        ("He left. She stayed.", ["He left", "She stayed"]),
        ("Mr. Smith met Dr. Jones. Then he left!", ["Mr. Smith met Dr. Jones", "Then he left"]),
        ("John F. Kennedy spoke. Then", ["John F. Kennedy spoke", "Then"]),
        ("Prices rose 5 pct vs. a year ago.", ["Prices rose 5 pct vs. a year ago"]),
        ("Astana, Feb. 28 (EFE). Blinken arrived.", ["Astana, Feb. 28 (EFE", "Blinken arrived"]),
        ("He said: \"No.\" Then he left?", ["He said: \"No", "Then he left"]),
        ("Is it? \"Yes,\" she said", ["Is it", "Yes,\" she said"]),
        ("first line\n\nsecond paragraph", ["first line", "second paragraph"]),
        ("line one\ncontinues here.", ["line one\ncontinues here"]),
        ("in the U.S. economy. It grew", ["in the U.S. economy", "It grew"]),
        ("Wait… What happened", ["Wait", "What happened"]),
    ])
    func sentenceSplitting(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func sentencesCoverAllTokens() {
        let t = tokenizer.tokenize(Array("One. Two three. Four!\n\nFive".utf8))
        #expect(t.sentences == [0..<1, 1..<3, 3..<4, 4..<5])
    }

    @Test func allCapsLinesAreMarked() {
        let text = "LEADERS TELL US TO WAIT\nLeaders told us to wait\nOPEC said"
        let t = tokenizer.tokenize(Array(text.utf8)).tokens
        #expect(t[0..<5].allSatisfy { $0.flags.contains(.allCapsSegment) })
        #expect(t[5..<10].allSatisfy { !$0.flags.contains(.allCapsSegment) })
        #expect(!t[10].flags.contains(.allCapsSegment))   // one capital word does not make a caps line
    }

    @Test func bufferIsReused() {
        var text = TokenizedText()
        let a = Array("one two three".utf8), b = Array("four".utf8)
        a.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &text) }
        let capacity = text.tokens.capacity
        b.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &text) }
        #expect(text.tokens.count == 1 && text.tokens.capacity == capacity)
    }

    @Test func emptyAndPunctuationOnlyInput() {
        #expect(tokenizer.tokenize([]).tokens.isEmpty)
        let t = tokenizer.tokenize(Array(" ... -- !? ".utf8))
        #expect(t.tokens.isEmpty && t.sentences.isEmpty)
    }

    @Test func abbreviationFileLoads() throws {
        let list = try AbbreviationList.load(path: TestPaths.abbreviations)
        #expect(list.words.contains("mr") && list.words.contains("feb"))
    }
}

@Suite struct TokenizerByteRunTests {
    /// The eight-byte lower-case run check agrees with a byte-by-byte one on every byte in every position.
    @Test func lowercaseRunMatchesBytewise() {
        var bytes: [UInt8] = Array("abcdefgh".utf8)
        for position in 0..<8 {
            for value in 0...255 {
                bytes = Array("wxyzabcd".utf8)
                bytes[position] = UInt8(value)
                var w: UInt64 = 0
                for (k, b) in bytes.enumerated() { w |= UInt64(b) << (8 * UInt64(k)) }
                let expected = bytes.firstIndex { !($0 >= 0x61 && $0 <= 0x7A) } ?? 8
                #expect(Tokenizer.lowercaseRun(w) == expected)
            }
        }
    }

    /// Tokens and their hashes are the same whichever way a long lower-case run is cut into words.
    /// The text ends inside or right after the word, so the scan's 8-byte loads and its byte-by-byte tail both run.
    @Test(arguments: [
        "internationalization de-escalation ÉCOLE Zürich abcdefghijklmnopqrstuvwxyz ab",
        "Germany", "Germany's", "Germanys", "Abcdefgh", "abcdefghi", "Internationally", "O’Brien’s views",
        "NATO", "U.S.", "5,000 troops", "Côte d’Ivoire", "sixteen-letters abcdefghijklmnop", "x",
    ])
    func longRunsHashLikeShortOnes(text: String) {
        let tokenizer = Tokenizer()
        let t = tokenizer.tokenize(Array(text.utf8))
        #expect(!t.tokens.isEmpty)
        for token in t.tokens {
            let word = Array(text.utf8)[Int(token.start)..<Int(token.coreEnd)]
            let folded = String(decoding: word, as: UTF8.self).lowercased().replacingOccurrences(of: "’", with: "'")
            #expect(token.hash == TokenHash.of(Array(folded.utf8)), "\(folded)")
        }
    }
}
