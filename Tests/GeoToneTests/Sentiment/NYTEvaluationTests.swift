import Foundation
import Testing
@testable import GeoTone

/// Accuracy on 2,595 NYT editorial sentences rated by people (../shared/corpora).
@Suite("NYT evaluation")
struct NYTEvaluationTests {
    static let available = SentimentTestSupport.exists(SentimentTestSupport.nytCorpus)

    @Test("news mode beats the reference; reference r matches the published 0.515",
          .enabled(if: available, "../shared/corpora absent: NYT ratings not available"))
    func newsBeatsReference() throws {
        let rows = try SentimentEvaluation.loadRatedSentences(path: SentimentTestSupport.nytCorpus)
        #expect(rows.count == 2595)
        let vader = SentimentEvaluation.evaluate(scorer: SentimentTestSupport.vaderScorer, sentences: rows)
        let news = SentimentEvaluation.evaluate(scorer: SentimentTestSupport.newsScorer, sentences: rows)
        let halves = [0, 1].map { h in rows.enumerated().filter { $0.offset % 2 == h }.map(\.element) }
        print(Self.line("vader", vader))
        print(Self.line("news", news))
        for (h, half) in halves.enumerated() {
            print(Self.line("vader half \(h)", SentimentEvaluation.evaluate(scorer: SentimentTestSupport.vaderScorer, sentences: half)))
            print(Self.line("news half \(h)", SentimentEvaluation.evaluate(scorer: SentimentTestSupport.newsScorer, sentences: half)))
        }
        let afinn = try SentimentLexicon.loadBundled("afinn", datasetsDirectory: SentimentTestSupport.datasets)
        print(Self.line("afinn (vader rules)", SentimentEvaluation.evaluate(scorer: SentimentScorer(lexicon: afinn, mode: .vader), sentences: rows)))
        print(Self.line("afinn (news rules)", SentimentEvaluation.evaluate(scorer: SentimentScorer(lexicon: afinn, mode: .news), sentences: rows)))
        print(Self.line("vader lexicon, news rules", SentimentEvaluation.evaluate(
            scorer: SentimentScorer(lexicon: SentimentTestSupport.vader, mode: .news), sentences: rows)))
        #expect(abs(vader.pearson - 0.515) < 0.005)
        #expect(news.pearson > vader.pearson)
        #expect(news.pearson >= 0.55)  // issue 17 asks ≥ 0.53 on the held-back half too
        #expect(news.macroF1BySign >= vader.macroF1BySign)
        #expect(news.macroF1ByThreshold >= vader.macroF1ByThreshold)
    }

    static func line(_ name: String, _ r: SentimentEvaluation.Result) -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "NYT \(name): n=\(r.count) r=\(f(r.pearson)) macroF1(sign)=\(f(r.macroF1BySign)) macroF1(±0.2)=\(f(r.macroF1ByThreshold))"
    }
}
