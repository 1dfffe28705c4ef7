import Foundation
import Testing
@testable import GeoTone

/// Parity with PyPI vadersentiment 3.3.2 on 400 news-style sentences (fixtures in ../shared).
@Suite("VADER parity")
struct VaderParityTests {
    @Test("rounded neg/neu/pos/compound equal the reference",
          .enabled(if: SentimentTestSupport.exists(SentimentTestSupport.parityExpected),
                   "../shared/fixtures absent: parity fixtures not available"))
    func roundedParity() {
        let rows = SentimentTestSupport.tsvRows(SentimentTestSupport.parityExpected, header: true)
        #expect(rows.count == 400)
        var mismatches: [String] = []
        for row in rows {
            guard row.count == 5 else { mismatches.append("bad row \(row)"); continue }
            let got = SentimentTestSupport.vaderScorer.score(row[0]).scores.rounded()
            let want = row[1...4].map { Double($0) ?? .nan }
            let have = [got.negative, got.neutral, got.positive, got.compound]
            if have != want { mismatches.append("\(row[0])\n  want \(want)\n  have \(have)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test("unrounded compound within 1e-9 of the reference",
          .enabled(if: SentimentTestSupport.exists(SentimentTestSupport.parityFull),
                   "../shared/fixtures absent: parity fixtures not available"))
    func fullPrecisionParity() {
        let rows = SentimentTestSupport.tsvRows(SentimentTestSupport.parityFull, header: true)
        #expect(rows.count == 400)
        var worst = 0.0
        var bad: [String] = []
        for row in rows where row.count == 5 {
            let got = SentimentTestSupport.vaderScorer.score(row[0]).scores
            let want = row[1...4].map { Double($0) ?? .nan }
            let diffs = zip([got.negative, got.neutral, got.positive, got.compound], want).map { abs($0 - $1) }
            worst = max(worst, diffs.max() ?? 0)
            if diffs[3] > 1e-9 || diffs.contains(where: { !($0 <= 1e-9) }) { bad.append("\(row[0]): \(diffs)") }
        }
        #expect(bad.isEmpty, "\(bad.count) beyond 1e-9 (worst \(worst)):\n\(bad.prefix(10).joined(separator: "\n"))")
    }
}
