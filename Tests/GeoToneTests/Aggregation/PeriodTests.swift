import Testing
import Foundation
@testable import GeoTone

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2024-01-01", "2024-W01"),   // Monday
        ("2023-01-01", "2022-W52"),   // Sunday belongs to the previous ISO year
        ("2020-12-31", "2020-W53"),
        ("2021-01-03", "2020-W53"),
        ("2024-12-30", "2025-W01"),
        ("2024-02-29", "2024-W09"),
    ])
    func isoWeeks(date: String, week: String) {
        #expect(Period.week.key(for: date) == week)
    }

    @Test func monthsDaysAndUnknown() {
        #expect(Period.month.key(for: "2024-02-29") == "2024-02")
        #expect(Period.day.key(for: "2024-02-29") == "2024-02-29")
        #expect(Period.month.key(for: nil) == "unknown")
        #expect(Period.week.key(for: "garbage") == "unknown")
    }
}

@Suite struct AssociationTests {
    @Test func independentPairHasLiftOneAndZeroPMI() throws {
        // 100 articles, a in 20, b in 50, both in 10: exactly what independence predicts.
        let m = try #require(Association.measure(pairArticles: 10, aArticles: 20, bArticles: 50, totalArticles: 100))
        #expect(abs(m.expected - 10) < 1e-12)
        #expect(abs(m.lift - 1) < 1e-12)
        #expect(abs(m.pmi) < 1e-12)
        #expect(abs(m.npmi) < 1e-12)
        #expect(abs(m.g2) < 1e-9)
        #expect(abs(m.jaccard - 10.0 / 60.0) < 1e-12)
    }

    @Test func alwaysTogetherHasNPMIOne() throws {
        let m = try #require(Association.measure(pairArticles: 5, aArticles: 5, bArticles: 5, totalArticles: 40))
        #expect(abs(m.npmi - 1) < 1e-12)
        #expect(m.jaccard == 1)
        #expect(m.g2 > 0)
    }

    @Test func knownG2Value() throws {
        // 2x2 table [[10, 10], [40, 40]] is independent; [[8, 2], [2, 88]] is strongly associated.
        let m = try #require(Association.measure(pairArticles: 8, aArticles: 10, bArticles: 10, totalArticles: 100))
        // Hand computation: 2 * Σ k log(k/e) with e = [1, 9, 9, 81].
        let expected = 2 * (8 * log(8.0) + 2 * log(2.0 / 9) + 2 * log(2.0 / 9) + 88 * log(88.0 / 81))
        #expect(abs(m.g2 - expected) < 1e-9)
    }

    @Test func noPairNoMeasures() {
        #expect(Association.measure(pairArticles: 0, aArticles: 3, bArticles: 4, totalArticles: 10) == nil)
    }
}
