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

    /// Read by the product's reader and analysed by the product's per-article code, as `analyze` does.
    @Test(.enabled(if: seedPath != nil, "../shared/seeds is absent: seed article check skipped"))
    func seedCountries() throws {
        let path = try #require(SeedArticleTests.seedPath)
        let info = try #require(FileBytes.status(path: path))
        let resources = try ProductionPath.resources.get()
        var articles: [Article] = []
        ArticleReader(options: IngestOptions(defaultYear: 2024), furniture: resources.furniture)
            .read(InputFile(path: path, format: .txt, size: info.size, mtime: info.mtime),
                  emit: { articles.append($0) }, report: { _ in }, onBytes: { _ in })
        let article = try #require(articles.first)
        var analyzer = SingleArticleAnalyzer(resources: resources)
        let record = analyzer.analyze(article)
        // "Soviet" (former Soviet republics, post-Soviet) names the Soviet Union: counted, see Detection.md.
        #expect(Set(record.countries) == ["US", "KZ", "KG", "TJ", "TM", "UZ", "RU", "UA", "SU"])
        #expect(record.datelineCountry == "KZ")
        #expect(record.focus == ["KZ", "RU", "UA", "US"])
    }
}
