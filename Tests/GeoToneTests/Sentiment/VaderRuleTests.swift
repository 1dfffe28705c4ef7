import Testing
@testable import GeoTone

/// One sentence with the scores PyPI vadersentiment 3.3.2 returns for it (rounded as it rounds).
struct ReferenceCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let sentence: String
    let negative, neutral, positive, compound: Double
    var testDescription: String { rule }

    init(_ rule: String, _ sentence: String, _ neg: Double, _ neu: Double, _ pos: Double, _ compound: Double) {
        self.rule = rule
        self.sentence = sentence
        self.negative = neg
        self.neutral = neu
        self.positive = pos
        self.compound = compound
    }
}

/// Each VADER rule on a short sentence, in `.vader` mode, against the reference's output.
@Suite("VADER rules (reference mode)")
struct VaderRuleTests {
    static let cases: [ReferenceCase] = [
        .init("lexicon word", "The talks were good.", 0.0, 0.508, 0.492, 0.4404),
        .init("negation one back", "The talks were not good.", 0.376, 0.624, 0.0, -0.3412),
        .init("negation three back", "The talks were not at all good.", 0.286, 0.714, 0.0, -0.3412),
        .init("contraction negation", "The deal isn't good.", 0.445, 0.555, 0.0, -0.3412),
        .init("curly apostrophe hides negation", "The deal isn\u{2019}t good.", 0.0, 0.508, 0.492, 0.4404),
        .init("never so", "The summit was never so good.", 0.0, 0.53, 0.47, 0.6626),
        .init("never this", "Relations have never been this good.", 0.0, 0.597, 0.403, 0.5228),
        .init("so/this precedence slip", "We do not back this good plan.", 0.0, 0.64, 0.36, 0.5228),
        .init("without doubt", "It was without doubt a great success.", 0.0, 0.288, 0.712, 0.8723),
        .init("but by value", "Exporters win but gains are modest.", 0.0, 0.494, 0.506, 0.4767),
        .init("but with repeated values", "Good news, good results, but bad timing.", 0.375, 0.316, 0.308, -0.431),
        .init("ALL CAPS emphasis", "The vote was GOOD for the region.", 0.0, 0.623, 0.377, 0.5622),
        .init("ALL CAPS everywhere is no emphasis", "THE VOTE WAS GOOD.", 0.0, 0.508, 0.492, 0.4404),
        .init("exclamation", "The vote was good!", 0.0, 0.484, 0.516, 0.4926),
        .init("exclamations capped at four", "The vote was good!!!!!!", 0.0, 0.424, 0.576, 0.6209),
        .init("two question marks", "Was the vote good??", 0.0, 0.479, 0.521, 0.504),
        .init("four question marks", "Was the vote good????", 0.0, 0.437, 0.563, 0.594),
        .init("booster one back", "The talks were very good.", 0.0, 0.556, 0.444, 0.4927),
        .init("booster decay two back", "The talks were very much good.", 0.0, 0.611, 0.389, 0.4902),
        .init("booster decay three back", "The talks were very, very much good.", 0.0, 0.635, 0.365, 0.5334),
        .init("dampener", "The talks were slightly good.", 0.0, 0.605, 0.395, 0.3832),
        .init("ALL CAPS booster", "The talks were VERY good.", 0.0, 0.505, 0.495, 0.6028),
        .init("least", "It was the least good option.", 0.325, 0.675, 0.0, -0.3412),
        .init("at least", "It was at least good.", 0.0, 0.58, 0.42, 0.4404),
        .init("no before a lexicon word", "There was no good option.", 0.376, 0.624, 0.0, -0.3412),
        .init("no. keeps its period", "The answer was no.", 0.0, 1.0, 0.0, 0.0),
        .init("no ... or", "There was no hope or joy.", 0.578, 0.422, 0.0, -0.6681),
        .init("kind of", "The results were kind of good.", 0.0, 0.657, 0.343, 0.3832),
        .init("kind of bad gets worse", "The results were kind of bad.", 0.431, 0.569, 0.0, -0.5849),
        .init("idiom the bomb", "Police said the bomb exploded near the market.", 0.0, 0.636, 0.364, 0.6124),
        .init("idiom kiss of death", "Analysts called the tariff the kiss of death for exporters.", 0.385, 0.615, 0.0, -0.6124),
        .init("emoji description", "Markets rallied \u{1F600} today.", 0.0, 0.615, 0.385, 0.3612),
        .init("emoji glued to words", "Markets rallied\u{1F600}today.", 0.0, 0.545, 0.455, 0.3612),
        .init("duplicate key: last wins", "The minister said lol.", 0.0, 0.517, 0.483, 0.4215),
        .init("emoticon", "The minister smiled :)", 0.0, 0.235, 0.765, 0.7579),
        .init("empty text", "", 0.0, 0.0, 0.0, 0.0),
        .init("whitespace only", "   ", 0.0, 0.0, 0.0, 0.0),
    ]

    @Test("reference scores", arguments: cases)
    func referenceScores(_ c: ReferenceCase) {
        let s = SentimentTestSupport.vaderScorer.score(c.sentence).scores.rounded()
        #expect([s.negative, s.neutral, s.positive, s.compound] == [c.negative, c.neutral, c.positive, c.compound])
    }

    @Test("duplicated lexicon keys: the later line wins, as in a Python dict")
    func duplicateKeysLastWins() {
        #expect(SentimentTestSupport.vader.valence(of: "lol") == 1.8)
        #expect(SentimentTestSupport.vader.valence(of: "ok") == 1.2)
    }

    @Test("UTF-8 fast path equals the String entry point")
    func utf8MatchesString() {
        for c in Self.cases {
            let bytes = Array(c.sentence.utf8)
            let fast = bytes.withUnsafeBufferPointer { SentimentTestSupport.vaderScorer.score(utf8: $0) }
            let slow = SentimentTestSupport.vaderScorer.score(c.sentence)
            #expect(fast.scores == slow.scores && fast.tone == slow.tone)
        }
    }

    @Test("malformed UTF-8 does not crash and scores the valid words")
    func malformedUTF8() {
        let bytes: [UInt8] = Array("The talks were ".utf8) + [0xFF, 0xC3] + Array(" good.".utf8)
        let result = bytes.withUnsafeBufferPointer { SentimentTestSupport.vaderScorer.score(utf8: $0) }
        #expect(result.scores.compound > 0)
    }

    @Test("tone counts words by the sign of their final valence")
    func toneCounts() {
        let tone = SentimentTestSupport.vaderScorer.score("The talks were not good but the food was great.").tone
        #expect(tone == ToneCounts(words: 10, positiveWords: 1, negativeWords: 1))
        #expect(tone.tone == 0)
        #expect(tone.polarity == 20)
    }
}
