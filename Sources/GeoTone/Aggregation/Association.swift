#if canImport(Glibc)
import Glibc
#endif

/// Association measures for a pair of countries from article counts.
///
/// With N articles, a in n_a, b in n_b and both in n_ab: expected = n_a·n_b/N, lift = n_ab/expected,
/// PMI = log2(lift), NPMI = PMI / −log2(n_ab/N), Jaccard = n_ab/(n_a+n_b−n_ab), and G² the log-likelihood
/// ratio of the 2×2 contingency table (Dunning 1993).
public struct Association: Sendable, Equatable {
    public var expected: Double
    public var lift: Double
    public var pmi: Double
    public var npmi: Double
    public var jaccard: Double
    public var g2: Double

    /// Measures for counts; nil when a count is zero or inconsistent.
    public static func measure(pairArticles nab: Int, aArticles na: Int, bArticles nb: Int, totalArticles n: Int) -> Association? {
        guard nab > 0, na >= nab, nb >= nab, n >= na, n >= nb, n > 0 else { return nil }
        let N = Double(n), a = Double(na), b = Double(nb), ab = Double(nab)
        let expected = a * b / N
        let lift = ab / expected
        let pmi = log2(lift)
        let pab = ab / N
        let npmi = pab >= 1 ? 1 : pmi / -log2(pab)
        let jaccard = ab / (a + b - ab)
        // 2×2 table: k11 both, k12 a only, k21 b only, k22 neither.
        let k = [ab, a - ab, b - ab, N - a - b + ab]
        let rows = [a, N - a], cols = [b, N - b]
        var g2 = 0.0
        for (i, observed) in k.enumerated() where observed > 0 {
            let e = rows[i / 2] * cols[i % 2] / N
            g2 += observed * log(observed / e)
        }
        return Association(expected: expected, lift: lift, pmi: pmi, npmi: npmi, jaccard: jaccard, g2: 2 * g2)
    }
}
