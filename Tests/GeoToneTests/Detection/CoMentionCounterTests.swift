#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GeoTone

@Suite struct CoMentionCounterTests {
    @Test func countsPairsOncePerArticleAndSentence() {
        var c = CoMentionCounter(countryCount: 5)
        c.add(countries: [3, 1, 1, 2], sentenceCountries: [[1, 3], [3, 1, 1], [2]], sentenceCount: 4)
        c.add(countries: [1, 2], sentenceCountries: [[1, 2]], sentenceCount: 2)
        let pairs = c.pairs(minPairArticles: 1)
        #expect(pairs.map { [$0.a, $0.b] } == [[1, 2], [1, 3], [2, 3]])
        #expect(pairs.map(\.articles) == [2, 1, 1])
        #expect(pairs.map(\.sentences) == [1, 2, 0])
        #expect(c.articles == 2 && c.sentences == 6)
        #expect(c.articleCounts == [0, 2, 2, 1, 0])
        #expect(c.sentenceCounts == [0, 3, 2, 2, 0])
    }

    @Test func associationMeasures() throws {
        // N = 100 articles, a in 20, b in 10, both in 5.
        let m = try #require(Association.compute(nab: 5, na: 20, nb: 10, total: 100))
        #expect(abs(m.expected - 2) < 1e-12)
        #expect(abs(m.lift - 2.5) < 1e-12)
        #expect(abs(m.pmi - 1.3219280948873624) < 1e-12)
        #expect(abs(m.npmi - 1.3219280948873624 / 4.321928094887363) < 1e-12)
        #expect(abs(m.jaccard - 5.0 / 25.0) < 1e-12)
        // G² = 2 Σ O ln(O/E) over the cells 5, 15, 5, 75 with expectations 2, 18, 8, 72.
        let cells: [(Double, Double)] = [(5, 2), (15, 18), (5, 8), (75, 72)]
        let g2 = 2 * cells.map { o, e in o * log(o / e) }.reduce(0, +)
        #expect(abs(m.g2 - g2) < 1e-9)
        #expect(Association.compute(nab: 0, na: 1, nb: 1, total: 2) == nil)
        #expect(Association.compute(nab: 3, na: 3, nb: 3, total: 3)?.npmi == 1)
    }

    @Test func thresholdBlanksRarePairs() {
        var c = CoMentionCounter(countryCount: 3)
        c.add(countries: [0, 1], sentenceCountries: [[0, 1]], sentenceCount: 1)
        c.add(countries: [2], sentenceCountries: [[2]], sentenceCount: 1)
        #expect(c.pairs(minPairArticles: 2).first?.articleAssociation == nil)
        #expect(c.pairs(minPairArticles: 1).first?.articleAssociation != nil)
    }

    @Test func mergeEqualsSingleCounter() {
        let articles: [([Int], [[Int]], Int)] = [
            ([0, 1, 2], [[0, 1], [2]], 3), ([1, 2], [[1, 2]], 1), ([0, 2], [[0], [2]], 5), ([0, 1], [[0, 1]], 2),
        ]
        var whole = CoMentionCounter(countryCount: 3)
        var left = CoMentionCounter(countryCount: 3), right = CoMentionCounter(countryCount: 3)
        for (i, a) in articles.enumerated() {
            whole.add(countries: a.0, sentenceCountries: a.1, sentenceCount: a.2)
            if i % 2 == 0 {
                left.add(countries: a.0, sentenceCountries: a.1, sentenceCount: a.2)
            } else {
                right.add(countries: a.0, sentenceCountries: a.1, sentenceCount: a.2)
            }
        }
        right.merge(left)
        #expect(right.pairs(minPairArticles: 1) == whole.pairs(minPairArticles: 1))
        #expect(right.articleCounts == whole.articleCounts && right.sentences == whole.sentences)
    }
}
