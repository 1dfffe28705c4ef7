#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Association measures of one country pair at one level (articles or sentences).
public struct Association: Sendable, Hashable {
    /// Expected co-occurrences if independent: `n_a × n_b / N`.
    public let expected: Double
    /// `n_ab / expected`.
    public let lift: Double
    /// Pointwise mutual information, `log2(lift)`.
    public let pmi: Double
    /// Normalized PMI, `pmi / −log2(n_ab / N)` (1 when the pair occurs in every unit).
    public let npmi: Double
    /// Jaccard index, `n_ab / (n_a + n_b − n_ab)`.
    public let jaccard: Double
    /// Log-likelihood ratio G² of the 2×2 table (natural logarithms).
    public let g2: Double

    /// Computes the measures from the pair count, the two marginal counts and the total.
    /// Returns nil when the counts are inconsistent or `nab` is 0.
    public static func compute(nab: Int, na: Int, nb: Int, total: Int) -> Association? {
        guard nab > 0, na >= nab, nb >= nab, total >= na + nb - nab, total > 0 else { return nil }
        let n = Double(total), a = Double(na), b = Double(nb), ab = Double(nab)
        let expected = a * b / n
        let lift = ab / expected
        let pmi = log2(lift)
        let pab = ab / n
        let npmi = pab >= 1 ? 1 : pmi / -log2(pab)
        let jaccard = ab / (a + b - ab)
        let observed = [ab, a - ab, b - ab, n - a - b + ab]
        let expectedCells = [a * b / n, a * (n - b) / n, (n - a) * b / n, (n - a) * (n - b) / n]
        var g2 = 0.0
        for (o, e) in zip(observed, expectedCells) where o > 0 && e > 0 { g2 += o * log(o / e) }
        return Association(expected: expected, lift: lift, pmi: pmi, npmi: npmi, jaccard: jaccard, g2: 2 * g2)
    }
}

/// Counts and association measures of one unordered country pair (`a < b`).
public struct CoMentionPair: Sendable, Hashable {
    /// Lower country index.
    public let a: Int
    /// Higher country index.
    public let b: Int
    /// Articles naming both.
    public let articles: Int
    /// Sentences naming both.
    public let sentences: Int
    /// Article-level measures; nil below the `minPairArticles` threshold.
    public let articleAssociation: Association?
    /// Sentence-level measures; nil below the `minPairArticles` threshold or with no shared sentence.
    public let sentenceAssociation: Association?
}

/// Accumulates how often countries are named together, per article and per sentence.
///
/// Mergeable: counters filled by different workers and merged give the same result as one
/// counter fed every article, in any order.
public struct CoMentionCounter: Sendable {
    /// Pairs named together in fewer articles than this get no association measures by default.
    public static let defaultMinPairArticles = 5

    /// Articles added.
    public private(set) var articles = 0
    /// Sentences added (all sentences of the articles, with or without countries).
    public private(set) var sentences = 0
    /// Articles naming each country, by country index.
    public private(set) var articleCounts: [Int]
    /// Sentences naming each country, by country index.
    public private(set) var sentenceCounts: [Int]
    private var pairCounts: [UInt64: (articles: Int, sentences: Int)] = [:]

    /// Creates an empty counter for `countryCount` countries.
    public init(countryCount: Int) {
        articleCounts = Array(repeating: 0, count: countryCount)
        sentenceCounts = Array(repeating: 0, count: countryCount)
    }

    @inline(__always)
    private static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    private static func distinct(_ xs: [Int]) -> [Int] {
        var s = xs.sorted()
        var w = 0
        for x in s where w == 0 || s[w - 1] != x { s[w] = x; w += 1 }
        s.removeLast(s.count - w)
        return s
    }

    /// Adds one article.
    /// - Parameters:
    ///   - countries: the countries the article names (any order, repeats ignored).
    ///   - sentenceCountries: for each sentence naming a country, the countries it names.
    ///   - sentenceCount: all sentences of the article, including those naming none.
    public mutating func add(countries: [Int], sentenceCountries: [[Int]], sentenceCount: Int) {
        articles += 1
        sentences += sentenceCount
        let set = CoMentionCounter.distinct(countries)
        for c in set { articleCounts[c] += 1 }
        for i in set.indices {
            for j in (i + 1)..<set.count {
                pairCounts[CoMentionCounter.key(set[i], set[j]), default: (0, 0)].articles += 1
            }
        }
        for sentence in sentenceCountries {
            let s = CoMentionCounter.distinct(sentence)
            for c in s { sentenceCounts[c] += 1 }
            for i in s.indices {
                for j in (i + 1)..<s.count {
                    pairCounts[CoMentionCounter.key(s[i], s[j]), default: (0, 0)].sentences += 1
                }
            }
        }
    }

    /// Adds another counter's counts (same country count).
    public mutating func merge(_ other: CoMentionCounter) {
        precondition(other.articleCounts.count == articleCounts.count, "counters of different gazetteers")
        articles += other.articles
        sentences += other.sentences
        for i in articleCounts.indices {
            articleCounts[i] += other.articleCounts[i]
            sentenceCounts[i] += other.sentenceCounts[i]
        }
        for (k, v) in other.pairCounts {
            let old = pairCounts[k] ?? (0, 0)
            pairCounts[k] = (old.articles + v.articles, old.sentences + v.sentences)
        }
    }

    /// Every pair named together at least once, sorted by (a, b).
    /// - Parameter minPairArticles: pairs in fewer articles get nil association measures.
    public func pairs(minPairArticles: Int = CoMentionCounter.defaultMinPairArticles) -> [CoMentionPair] {
        pairCounts.keys.sorted().map { k in
            let a = Int(k >> 32), b = Int(k & 0xffff_ffff)
            let v = pairCounts[k] ?? (0, 0)
            let enough = v.articles >= minPairArticles
            return CoMentionPair(
                a: a, b: b, articles: v.articles, sentences: v.sentences,
                articleAssociation: enough
                    ? Association.compute(nab: v.articles, na: articleCounts[a], nb: articleCounts[b], total: articles) : nil,
                sentenceAssociation: enough
                    ? Association.compute(nab: v.sentences, na: sentenceCounts[a], nb: sentenceCounts[b], total: sentences) : nil)
        }
    }
}
