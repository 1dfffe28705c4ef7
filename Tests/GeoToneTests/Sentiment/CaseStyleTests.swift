import Testing
@testable import GeoTone

/// News mode reads Title Case and ALL CAPS text like sentence case (Documentation/Scoring.md, rule l).
@Suite("Case style")
struct CaseStyleTests {
    let news = SentimentTestSupport.newsScorer
    let vader = SentimentTestSupport.vaderScorer

    func compound(_ scorer: SentimentScorer, _ text: String) -> Double { scorer.score(text).scores.compound }

    /// Sentence case, then the same words as a headline.
    static let headlines: [(String, String)] = [
        ("Police killed at least 378 black Americans", "Police Killed At Least 378 Black Americans"),
        ("Police killed at least 378 black Americans", "Police Killed at Least 378 Black Americans"),
        ("Police killed at least 378 black Americans", "POLICE KILLED AT LEAST 378 BLACK AMERICANS"),
        ("Talks collapse as rebels attack convoy", "Talks Collapse as Rebels Attack Convoy"),
        ("Talks collapse as rebels attack convoy", "TALKS COLLAPSE AS REBELS ATTACK CONVOY"),
        ("Leaders hail historic peace agreement", "Leaders Hail Historic Peace Agreement"),
        ("Leaders hail historic peace agreement", "LEADERS HAIL HISTORIC PEACE AGREEMENT"),
    ]

    @Test("a headline in Title Case or ALL CAPS scores as in sentence case", arguments: headlines)
    func headline(sentence: String, headline: String) {
        let plain = compound(news, sentence)
        #expect(abs(plain) > 0.3)
        #expect(compound(news, headline) == plain)
    }

    @Test("the reference keeps its caps rule: the number makes an ALL CAPS headline 'mixed' (parity)")
    func referenceUnchanged() {
        #expect(compound(vader, "POLICE KILLED AT LEAST 378 BLACK AMERICANS") < compound(vader, "Police killed at least 378 black Americans"))
    }

    @Test("an ALL CAPS word inside sentence-case text is still emphasis")
    func emphasisInMixedText() {
        #expect(compound(news, "The talks were GOOD, officials said.") > compound(news, "The talks were good, officials said."))
        #expect(compound(news, "The ceasefire is a DISASTER for the region.") < compound(news, "The ceasefire is a disaster for the region."))
    }

    @Test("a capitalised word inside sentence-case text is still a name")
    func namesInSentenceCase() {
        #expect(compound(news, "He met Faith Hill in Nashville.") == 0)
        #expect(compound(news, "The Freedom Party won seats in the vote.") == compound(news, "The party won seats in the vote."))
    }

    @Test("styles: shouted, titled, sentence case", arguments: [
        ("POLICE KILLED AT LEAST 378 BLACK AMERICANS", true, false),
        ("Police Killed at Least 378 Black Americans", false, true),
        ("He met Faith Hill in Nashville.", false, false),
        ("The talks were GOOD, officials said.", false, false),
        ("NATO and the EU met in Brussels on Monday.", false, false),
    ])
    func styles(text: String, shouted: Bool, titled: Bool) {
        var copy = text
        let style = copy.withUTF8 { bytes in
            let tokenizer = SentimentTokenizer(compiled: news.compiled)
            return withUnsafeTemporaryAllocation(of: ScoringToken.self, capacity: bytes.count / 2 + 1) { tokens in
                let summary = tokenizer.tokenize(bytes, into: tokens, preparer: nil)
                return CaseStyle(upper: summary.upper, capitalised: summary.capitalised, lower: summary.lower)
            }
        }
        #expect(style == CaseStyle(shouted: shouted, titled: titled))
    }
}
