import Foundation
import Testing
@testable import GeoTone

/// The scorer's fast paths give exactly what the general code gives: the one-pass tokenizer
/// against `classify` token by token, the word-at-a-time lexicon table against the build-time
/// table, the "does this text need preparing" check against `prepare` itself.
@Suite("Sentiment fast paths")
struct FastPathTests {
    /// Real sentences plus the awkward shapes: emoticons, stripped punctuation, quotes, colons,
    /// "n't", ALL CAPS, long words, words at the very end of the buffer.
    static let texts: [String] = [
        "The ministers held warm and productive talks in Geneva on Tuesday.",
        "Negotiators said the atmosphere wasn't hostile, but the gaps remain WIDE!!",
        "The ambassador called the proposal \"deeply disappointing\" and walked out.",
        "''Give peace a chance,'' she said: \"Faith\" is not enough :) :( :-) <3 :D",
        "Internationally-recognised counter-terrorism cooperation... (unprecedented)?!",
        "U.S. officials: 'No comment.' -- GOOD?? BAD??? ok... ,,,, ) (",
        "I don't, can't, WON'T; N'T n't isn't AREN'T a",
        "Zero-sum; x; xy; xyz; ab!; !ab; ''; ``; `` ; :; \"; ::",
        "superextraordinarily unbelievable,catastrophically bad",
        "kind of bad, sort of good, the bomb, cut the mustard, yeah right",
        "ab", "a", "?", "!!!", "x!", "good", "GOOD", "Good:", "trouble-free",
    ]

    static func sampleArticles() -> [String] {
        let folder = SentimentTestSupport.datasets + "/articles"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().prefix(20).compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    @Test("one-pass tokenizer equals classify on every token", arguments: [SentimentMode.vader, .news])
    func tokenizerMatchesClassify(mode: SentimentMode) {
        let scorer = mode == .news ? SentimentTestSupport.newsScorer : SentimentTestSupport.vaderScorer
        let tokenizer = SentimentTokenizer(compiled: scorer.compiled)
        for text in Self.texts + Self.sampleArticles().flatMap { $0.split(separator: "\n").map(String.init) } {
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { buf in
                let text = UnsafeBufferPointer(buf)
                withUnsafeTemporaryAllocation(of: ScoringToken.self, capacity: text.count / 2 + 1) { tokens in
                    let summary = tokenizer.tokenize(text, into: tokens, preparer: nil)
                    // The general path over the same whitespace split.
                    var k = 0, p = 0, exclamations = 0, questions = 0
                    while p < text.count {
                        let w = VaderByteClass.whitespaceLength(text, p)
                        if w > 0 { p += w; continue }
                        let start = p
                        while p < text.count && VaderByteClass.whitespaceLength(text, p) == 0 { p += 1 }
                        var expected = tokenizer.classify(text, start, p)
                        expected.assign(entry: expected.entry, from: scorer.compiled.entryBuffer)
                        #expect(k < summary.count)
                        if k < summary.count {
                            let got = tokens[k]
                            let word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<p]), as: UTF8.self)
                            #expect(got.entry == expected.entry, "\(word)")
                            #expect(got.flags == expected.flags, "\(word)")
                            #expect(got.wordFlags == expected.wordFlags && got.rule == expected.rule, "\(word)")
                        }
                        k += 1
                    }
                    for b in text {
                        if b == UInt8(ascii: "!") { exclamations += 1 }
                        if b == UInt8(ascii: "?") { questions += 1 }
                    }
                    #expect(summary.count == k)
                    #expect(summary.exclamations == exclamations && summary.questions == questions)
                }
            }
        }
    }

    @Test("the case table classifies non-ASCII tokens as the String path does", arguments: [SentimentMode.vader, .news])
    func caseTableMatchesClassify(mode: SentimentMode) {
        let scorer = mode == .news ? SentimentTestSupport.newsScorer : SentimentTestSupport.vaderScorer
        let tokenizer = SentimentTokenizer(compiled: scorer.compiled)
        var words: [String] = ["“shoulder", "shoulder”", "“Good”", "isn’t", "São", "CÔTE", "côte", "d’Ivoire", "ÉTAT", "Éire",
                               "Σ", "ΣΑΣ", "İstanbul", "\u{212A}elvin", "ǅemal", "Ⱥb", "naïve!", "N’T", "don't…", "—good—"]
        for value in Array(0x80..<0x800) + Array(0x2000...0x206F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            words += [c, c + "ab", "A" + c + "b", "ab" + c, c + "N'T", c + "GOOD", "good" + c, "\"" + c + "x", c + ":"]
        }
        var checked = 0
        for word in words {
            var bytes = Array(word.utf8)
            bytes.withUnsafeMutableBufferPointer { buf in
                let text = UnsafeBufferPointer(buf)
                guard text.contains(where: { $0 >= 0x80 }) else { return }
                var expected = tokenizer.classify(text, 0, text.count)
                expected.assign(entry: expected.entry, from: scorer.compiled.entryBuffer)
                var got = tokenizer.classifyNonASCII(text.baseAddress!, text.count, 0, text.count)
                got.assign(entry: got.entry, from: scorer.compiled.entryBuffer)
                #expect(got.entry == expected.entry && got.flags == expected.flags, "\(word)")
                checked += 1
            }
        }
        #expect(checked > 15_000)
    }

    @Test("frozen table finds every key in any ASCII case, wherever it sits in the buffer")
    func frozenTableFindsKeys() {
        let compiled = SentimentTestSupport.vaderScorer.compiled
        var checked = 0
        for id in 0..<compiled.table.count {
            let key = Array(compiled.table.key(Int32(id)))
            // Keys with capitals (emoticons such as ":D") are out of reach of a folded lookup, as before.
            guard key.allSatisfy({ $0 < 0x80 && $0 &- 65 >= 26 }), !key.isEmpty else { continue }
            let upper = key.map { $0 &- 97 < 26 ? $0 - 32 : $0 }
            // At the start of a long buffer (whole-word loads), at the very end, and alone.
            for (variant, padding) in [(key, 16), (upper, 0), (key, 0)] {
                let bytes = Array(repeating: UInt8(ascii: "x"), count: padding) + variant
                bytes.withUnsafeBufferPointer { buf in
                    #expect(compiled.frozen.lookupFoldingASCII(buf, padding, buf.count) == Int32(id))
                }
                let prefixed = variant + Array(repeating: UInt8(ascii: "x"), count: padding)
                prefixed.withUnsafeBufferPointer { buf in
                    #expect(compiled.frozen.lookupFoldingASCII(buf, 0, variant.count) == Int32(id))
                }
            }
            checked += 1
        }
        #expect(checked > 7000)
        for absent in ["qqqq", "goodx", "goo", "internationallyx", "a\u{0}"] {
            let bytes = Array(absent.utf8)
            bytes.withUnsafeBufferPointer { #expect(compiled.frozen.lookupFoldingASCII($0, 0, $0.count) == -1) }
        }
    }

    @Test("words are read whole-word or shifted near the end, the same bytes either way")
    func wordLoads() {
        let bytes = Array("abcdefghijklmnop".utf8)
        bytes.withUnsafeBufferPointer { buf in
            for at in 0..<buf.count {
                for count in 0...min(8, buf.count - at) {
                    var expected: UInt64 = 0
                    for k in 0..<count { expected |= UInt64(buf[at + k]) << UInt64(8 * k) }
                    #expect(FrozenLexiconTable.word(buf, at, count) == expected)
                }
            }
        }
        let folded = FrozenLexiconTable.foldWord(0x5A41_405B_607A_617B)  // "{az`[@AZ" bytes, little-endian
        #expect(folded == 0x7A61_405B_607A_617B)
    }

    @Test("prepare is skipped exactly when it would change nothing", arguments: [
        ("plain text, no rewrite", "Talks went well in Zürich and São Paulo.", false, false),
        ("emoji", "Talks went well 😀 today", true, true),
        ("typographic quote, news only", "It isn\u{2019}t good", false, true),
        ("no-break space is whitespace, not a rewrite", "good\u{00A0}news", false, false),
        ("replacement character is no rewrite", "good \u{FFFD} news", false, false),
    ])
    func preparationCheck(_ name: String, _ text: String, _ vader: Bool, _ news: Bool) {
        for (scorer, expected) in [(SentimentTestSupport.vaderScorer, vader), (SentimentTestSupport.newsScorer, news)] {
            let bytes = Array(text.utf8)
            let rewrites = bytes.withUnsafeBufferPointer { buf in
                (0..<buf.count).contains { buf[$0] >= 0x80 && scorer.preparer.rewrites(buf, at: $0) }
            }
            #expect(rewrites == expected, "\(name)")
            let prepared = bytes.withUnsafeBufferPointer { scorer.preparer.prepare($0) }
            #expect((prepared != bytes) == expected, "\(name)")
        }
    }

    @Test("idiom and n-gram tables answer like the dictionaries they replace")
    func sequenceTable() {
        var pairs: [SequenceKey: Double] = [:]
        for a in Int32(0)..<40 { for b in Int32(0)..<3 { pairs[SequenceKey(a, b, a &+ b)] = Double(a * 10 + b) } }
        pairs[SequenceKey(7, 8)] = -1.5
        let table = SequenceTable(pairs)
        for (key, value) in pairs { #expect(table[key] == value) }
        #expect(table[SequenceKey(7, 9)] == nil)
        #expect(table[SequenceKey(1, 1, 3)] == nil)
        #expect(SequenceTable([:])[SequenceKey(0, 0)] == nil)
    }
}
