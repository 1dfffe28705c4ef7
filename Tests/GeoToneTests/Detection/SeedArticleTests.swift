#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import GeoTone

/// The EFE story the project started from must name exactly the expected countries.
@Suite struct SeedArticleTests {
    static let seedPath: String? = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().first.map { TestPaths.seeds + "/" + $0 }
    }()

    @Test(.enabled(if: seedPath != nil && MatcherHarness.hasProjectGazetteer))
    func seedCountries() throws {
        let path = try #require(SeedArticleTests.seedPath)
        let data = try #require(FileManager.default.contents(atPath: path))
        let text = String(decoding: data, as: UTF8.self)
        let harness = MatcherHarness.project
        let codes = Set(harness.countryCodes(text))
        // "Soviet" (former Soviet republics, post-Soviet) names the Soviet Union: counted, see Detection.md.
        #expect(codes == ["US", "KZ", "KG", "TJ", "TM", "UZ", "RU", "UA", "SU"])
        var detector = ArticleDetector(gazetteer: harness.gazetteer)
        let d = detector.detect(title: "Blinken expresses support for Kazakhstan’s sovereignty, territorial integrity",
                                dateline: "Astana, Feb 28 (EFE).-", body: text)
        #expect(d.datelineCountry.map { harness.gazetteer.countries[$0].alpha2 } == "KZ")
        #expect(d.focus.map { harness.gazetteer.countries[$0].alpha2 }.sorted() == ["KZ", "RU", "UA", "US"])
    }
}
