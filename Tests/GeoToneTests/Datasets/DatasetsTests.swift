import Foundation
import Testing
@testable import GeoTone

/// Every data file shipped in Datasets/ loads and validates (house rule 11).
@Suite struct DatasetsTests {
    static let root = PipelineFixture.datasets

    @Test func gazetteerLoadsAndEveryCountryHasOneSubregion() throws {
        let g = try Gazetteer.load(directory: Self.root + "/gazetteer")
        #expect(g.countries.count >= 255)
        let subregionLevel = g.regions.filter { $0.level == "subregion" }
        for (i, country) in g.countries.enumerated() {
            #expect(!country.continent.isEmpty && !country.subregion.isEmpty, "\(country.alpha2) has no region")
            let holders = subregionLevel.filter { $0.members.contains(i) }
            // Antarctica is the one M49 area with no sub-region: its continent stands in for it.
            let expected = country.subregion == country.continent ? 0 : 1
            #expect(holders.count == expected, "\(country.alpha2) is in \(holders.count) sub-regions")
        }
    }

    @Test(arguments: ["news", "vader", "afinn"])
    func bundledLexiconsLoad(name: String) throws {
        let lexicon = try SentimentLexicon.loadBundled(name, datasetsDirectory: Self.root)
        #expect(lexicon.checksum.count == 64)
    }

    @Test func wordListsLoad() throws {
        #expect(try WordList.load(path: Self.root + "/ingest/furniture.txt", lowercase: true).contains("related articles"))
        #expect(!(try AbbreviationList.load(path: Self.root + "/text/abbreviations.txt")).words.isEmpty)
    }

    /// The field-name list loads (header, known fields, no name twice) and keeps the documented first names.
    @Test func fieldNameListLoads() throws {
        let f = try FieldNames.load(path: Self.root + "/ingest/fields.tsv")
        for role in FieldNames.Role.allCases {
            #expect(!f.names[role.rawValue].isEmpty, "no names for \(role.name)")
        }
        #expect(f.names[FieldNames.Role.text.rawValue].first == "text" && f.names[FieldNames.Role.title.rawValue].first == "title")
    }

    @Test func everyDatasetFolderSaysWhereItCameFrom() {
        for folder in ["articles", "gazetteer", "lexicons"] {
            #expect(FileManager.default.fileExists(atPath: "\(Self.root)/\(folder)/SOURCE.md"), "\(folder)/SOURCE.md missing")
        }
    }

    @Test func sampleCorpusIsReadableWithoutDiagnostics() throws {
        var problems: [Diagnostic] = []
        let files = try InputCollector().collect([Self.root + "/articles"]) { problems.append($0) }
        #expect(files.count >= 40)
        let reader = ArticleReader(options: IngestOptions(defaultYear: 2024), furniture: try WordList.load(
            path: Self.root + "/ingest/furniture.txt", lowercase: true))
        var months: Set<String> = []
        for file in files {
            reader.read(file, emit: { article in
                #expect(article.datelinePlace != nil, "\(file.path): no dateline")
                #expect(!article.title.isEmpty, "\(file.path): no title")
                #expect(!article.body.contains("Related Articles"), "\(file.path): furniture kept")
                if let date = article.date { months.insert(String(date.prefix(7))) }
            }, report: { problems.append($0) }, onBytes: { _ in })
        }
        #expect(problems.filter { $0.severity != .info }.isEmpty, "\(problems)")
        #expect(months.count >= 3)
    }
}
