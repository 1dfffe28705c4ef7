import Testing
@testable import GeoTone

/// Every deliberate difference of news mode from the reference, one test each.
@Suite("News mode")
struct NewsModeTests {
    let vader = SentimentTestSupport.vaderScorer
    let news = SentimentTestSupport.newsScorer

    func compound(_ scorer: SentimentScorer, _ text: String) -> Double { scorer.score(text).scores.compound }

    @Test("(a) typographic apostrophes no longer hide negation")
    func curlyApostrophe() {
        #expect(compound(vader, "The deal isn\u{2019}t good.") > 0.4)
        #expect(compound(vader, "The deal isn't good.") < 0)
        let text = "\u{201C}The deal isn\u{2019}t good.\u{201D}"
        #expect(compound(news, text) < 0)
        #expect(compound(news, text) == compound(news, "\"The deal isn't good.\""))
    }

    @Test("(b) but scales valences by position, not by value")
    func butByPosition() {
        // "Good news, good results, but bad timing.": the reference halves the first "good" twice
        // and never the second; by position each is halved once.
        let text = "Good news, good results, but bad timing."
        let ref = SentimentTestSupport.vaderScorer.score(text).scores
        let fixed = SentimentTestSupport.newsScorer.score(text).scores
        #expect(ref.compound < 0)
        #expect(fixed.compound < ref.compound)  // halved positives once each, bad × 1.5
        // "Exporters win but gains are modest.": win is before but, gains after.
        let e = "Exporters win but gains are modest."
        let weight = NewsConstants.positiveWeight
        let win = 2.8 * 0.5 * weight, gains = 1.4 * 1.5 * weight
        let expected = SentimentScorer.normalize(win + gains)
        #expect(abs(compound(news, e) - expected) < 1e-12)
        #expect(compound(vader, e) < compound(SentimentScorer(lexicon: SentimentTestSupport.vader, mode: .news), e) / weight)
    }

    @Test("a sentence-initial But does not split the sentence")
    func initialBut() {
        let a = compound(news, "But the plan is good and the results are bad.")
        let b = compound(news, "The plan is good and the results are bad.")
        #expect(a == b)
    }

    @Test("(c) 'this' right before a word no longer cancels a negation")
    func soThisPrecedence() {
        #expect(compound(vader, "We do not back this good plan.") > 0.5)
        #expect(compound(news, "We do not back this good plan.") < 0)
        #expect(compound(news, "Relations have never been this good.") > 0)
    }

    @Test("(d) kind of bad is not worse than bad")
    func kindOfBad() {
        #expect(compound(vader, "The results were kind of bad.") < compound(vader, "The results were bad."))
        #expect(compound(news, "The results were kind of bad.") > compound(news, "The results were bad."))
        #expect(compound(news, "The results were kind of good.") < compound(news, "The results were good."))
    }

    @Test("(e) the idiom 'the bomb' is dropped")
    func theBomb() {
        #expect(compound(vader, "Police said the bomb exploded near the market.") > 0.6)
        #expect(compound(news, "Police said the bomb exploded near the market.") <= 0)
    }

    @Test("(f) caller's names carry no sentiment")
    func neutralPhrases() {
        let plain = SentimentScorer(lexicon: SentimentTestSupport.news, mode: .news)
        let named = SentimentScorer(lexicon: SentimentTestSupport.news, mode: .news, neutralPhrases: ["Hope Island", "Grand Prix"])
        let text = "hope island held the grand prix."
        #expect(compound(plain, text) > 0)
        #expect(compound(named, text) == 0)
        #expect(compound(news, "The United States and Great Britain signed.") == 0)
        #expect(compound(vader, "The United States and Great Britain signed.") > 0)
    }

    @Test("fixed terms of politics carry no sentiment: health care, national security, the defense secretary")
    func fixedTerms() {
        for text in ["The bill changes health care in Ohio.", "He met the national security adviser.",
                     "The defense secretary arrived, as well as the defense attorney."] {
            #expect(compound(news, text) == 0, "\(text)")
            #expect(compound(vader, text) > 0, "\(text)")
        }
        #expect(compound(news, "Nurses care for the wounded.") != 0)  // "care" outside the term keeps its sense
    }

    @Test("capitalised words inside a sentence are names")
    func capitalisedNames() {
        #expect(compound(vader, "He met Faith Hill in Nashville.") > 0)
        #expect(compound(news, "He met Faith Hill in Nashville.") == 0)
        #expect(compound(news, "Faith is what they have.") > 0)  // first word: no evidence of a name
        #expect(compound(news, "He said: \"Faith is what they have.\"") > 0)
    }

    @Test("a negated negative is neutral, a negated positive negative")
    func negatedNegative() {
        #expect(compound(vader, "The outlook is not bad.") > 0)
        #expect(compound(news, "The outlook is not bad.") == 0)
        #expect(compound(news, "The outlook is not good.") < 0)
    }

    @Test("shifters neutralise the trouble they remove")
    func shifters() {
        #expect(compound(vader, "The plan will reduce the risk.") < 0)
        #expect(compound(news, "The plan will reduce the risk.") == 0)
        #expect(compound(news, "The plan will raise the risk.") < 0)
        #expect(compound(vader, "Screening could decrease cancer deaths.") < 0)
        #expect(compound(news, "Screening could decrease cancer deaths.") > compound(vader, "Screening could decrease cancer deaths."))
    }

    @Test("(o) a sentence that reports someone's words weighs its valences by the reported-speech weight")
    func reportedSpeech() {
        let weight = NewsConstants.reportedSpeechWeight
        let plain = "The attack was a terrible crime."
        let reported = "The attack was a terrible crime, the minister said."
        let according = "According to the minister, the attack was a terrible crime."
        #expect(compound(news, plain) < -0.5)
        for text in [reported, according] {
            // The same words, each valence × the weight: the sum shrinks by the weight before normalizing.
            let sum = compound(news, plain) * 15.0.squareRoot() / (1 - compound(news, plain) * compound(news, plain)).squareRoot()
            #expect(abs(compound(news, text) - SentimentScorer.normalize(sum * weight)) < 1e-9, "\(text)")
        }
        #expect(compound(vader, reported) == compound(vader, plain))  // the reference has no such rule
        #expect(compound(news, "Exports fell sharply, officials told reporters.") > compound(news, "Exports fell sharply, officials warned."))
    }

    @Test("hardly and scarcely negate in the news lexicon")
    func hardlyNegates() {
        #expect(compound(vader, "The courthouses hardly inspire confidence.") > 0)
        #expect(compound(news, "The courthouses hardly inspire confidence.") < 0)
    }

    @Test("positive valences weigh less than negative ones")
    func negativityWeight() {
        let good = compound(news, "The talks were good."), bad = compound(news, "The talks were bad.")
        #expect(good > 0 && bad < 0 && good < -bad)
    }

    @Test("news lexicon adjustments: financial senses carry no sentiment")
    func adjustments() {
        #expect(SentimentTestSupport.vader.valence(of: "outstanding") == 3.0)
        #expect(SentimentTestSupport.news.valence(of: "outstanding") == nil)
        #expect(compound(news, "The company has 12 million shares outstanding.") == 0)
    }

    @Test("vader mode ignores neutral phrases (the reference has none)")
    func vaderIgnoresPhrases() {
        let s = SentimentScorer(lexicon: SentimentTestSupport.vader, mode: .vader, neutralPhrases: ["good talks"])
        #expect(compound(s, "They held good talks.") == compound(vader, "They held good talks."))
    }

    /// Sentences whose tone lies in words VADER lacks: AFINN-165 fills the gap (rule m), and
    /// `news_adjustments.tsv` adds the headline verbs of criticism and the legal words (rule n).
    static let vocabulary: [(String, Int)] = [
        ("The senator faces allegations of bribery.", -1),  // AFINN "allegations"; adjustments "bribery"
        ("The company filed for bankruptcy.", -1),  // AFINN
        ("The minister was indicted on Tuesday.", -1),  // AFINN
        ("The mayor blasts the plan.", -1),  // adjustments
        ("Candidates slammed the decision.", -1),  // adjustments
        ("The general was sent to jail.", -1),
        ("Oil prices rose sharply.", 0),  // AFINN "rose" removed: a direction, not a sentiment
        ("Shares dropped in early trading.", 0),
    ]

    @Test("(m, n) news vocabulary: AFINN fills VADER's gaps, market directions stay neutral", arguments: vocabulary)
    func newsVocabulary(sentence: String, sign: Int) {
        let c = compound(news, sentence)
        #expect((c >= 0.05 ? 1 : c <= -0.05 ? -1 : 0) == sign)
        if sign != 0 { #expect(compound(vader, sentence) == 0) }
    }

    @Test("(m) an AFINN word that VADER uses as a booster stays a booster")
    func afinnKeepsBoosters() {
        // AFINN scores "substantially" +1; VADER boosts with it. Were it a lexicon word, the booster would be lost.
        let text = "The project was substantially delayed."
        #expect(compound(news, text) == compound(vader, text))
        #expect(compound(news, text) < compound(news, "The project was delayed."))
    }
}
