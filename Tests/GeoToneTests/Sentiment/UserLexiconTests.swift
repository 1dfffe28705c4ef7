import Foundation
import Testing
@testable import GeoTone
import GeoToneTestSupport

/// User lexicons: scored TSV, Lexicoder-style categories, phrases, wildcards, errors.
@Suite("User lexicons")
struct UserLexiconTests {
    func write(_ text: String, _ name: String = "lexicon-\(UUID().uuidString).tsv") throws -> String {
        let path = TestScratch.path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("scored terms with a header, a phrase and a wildcard")
    func scoredTerms() throws {
        let path = try write("term\tscore\nsurge\t2\nslump\t-2\nwalked out\t-1.5\nboycott*\t-2\n")
        let lexicon = try SentimentLexicon.load(path: path)
        #expect(lexicon.termCount == 4)
        let news = SentimentScorer(lexicon: lexicon, mode: .news)
        #expect(news.score("Exports surge.").scores.compound > 0)
        #expect(news.score("Unions walked out.").scores.compound < 0)
        #expect(news.score("Farmers are boycotting imports.").scores.compound < 0)
        #expect(news.score("Nothing happened.").scores.compound == 0)
    }

    @Test("rules from another lexicon add negation and boosters")
    func borrowedRules() throws {
        let path = try write("surge\t2\n")
        let bare = SentimentScorer(lexicon: try SentimentLexicon.load(path: path), mode: .vader)
        let ruled = SentimentScorer(lexicon: try SentimentLexicon.load(path: path, rules: SentimentTestSupport.vader), mode: .vader)
        #expect(bare.score("Exports did not surge.").scores.compound > 0)
        #expect(ruled.score("Exports did not surge.").scores.compound < 0)
        #expect(try SentimentLexicon.load(path: path).checksum != (try SentimentLexicon.load(path: path, rules: SentimentTestSupport.vader).checksum))
    }

    @Test("Lexicoder-style categories")
    func categories() throws {
        let path = try write("term\tcategory\nprosper*\tpositive\ncrisis\tnegative\nnot good\tneg_positive\nnot bad\tneg_negative\n")
        let scorer = SentimentScorer(lexicon: try SentimentLexicon.load(path: path), mode: .news)
        #expect(scorer.score("The region prospered.").scores.compound > 0)
        #expect(scorer.score("A crisis.").scores.compound < 0)
        #expect(scorer.score("It was not good.").scores.compound < 0)
        #expect(scorer.score("It was not bad.").scores.compound > 0)
    }

    @Test("VADER's own four-column format loads")
    func vaderFormat() throws {
        let path = try write("good\t1.9\t0.9434\t[2, 1, 1, 3, 2, 4, 2, 2, 1, 1]\n")
        #expect(try SentimentLexicon.load(path: path).valence(of: "good") == 1.9)
    }

    @Test("duplicates, bad numbers and out-of-range values are reported with file:line, all at once")
    func errors() throws {
        let path = try write("term\tscore\ngood\t2\ngood\t3\nbad\tx\nawful\t9\n")
        do {
            _ = try SentimentLexicon.load(path: path)
            Issue.record("expected an error")
        } catch let error as SentimentError {
            let message = error.description
            #expect(message.contains("\(path):3: duplicate term \"good\" (first at line 2)"))
            #expect(message.contains("\(path):4: expected a number"))
            #expect(message.contains("\(path):5: value 9.0 outside -5.0...5.0"))
        }
    }

    @Test("AFINN is scaled by 0.8 onto VADER's range")
    func afinnScale() throws {
        let afinn = try SentimentLexicon.loadBundled("afinn", datasetsDirectory: SentimentTestSupport.datasets)
        #expect(afinn.valence(of: "outstanding") == 5 * SentimentLexicon.afinnToVaderScale)
        #expect(afinn.valence(of: "bad") == -3 * SentimentLexicon.afinnToVaderScale)
    }
}
