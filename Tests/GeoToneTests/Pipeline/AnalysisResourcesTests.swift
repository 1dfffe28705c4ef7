import Foundation
import Testing
@testable import GeoTone

/// The gazetteer and the lexicon are loaded at the same time; what comes out, and which error wins, is as when
/// they were loaded one after the other.
@Suite struct AnalysisResourcesTests {
    let datasets = PipelineFixture.datasets

    @Test(arguments: ["news", "vader", "afinn"])
    func sameTablesAsLoadingInTurn(lexicon name: String) throws {
        let (gazetteer, (lexicon, mode)) = try AnalysisResources.loadGazetteerAndLexicon(datasetsDirectory: datasets, lexicon: name)
        let alone = try Gazetteer.load(directory: datasets + "/gazetteer")
        let (lexiconAlone, modeAlone) = try LexiconChoice.load(name, datasetsDirectory: datasets)
        #expect(gazetteer.checksum == alone.checksum)
        #expect(gazetteer.countries.count == alone.countries.count)
        #expect(lexicon.checksum == lexiconAlone.checksum)
        #expect(mode == modeAlone)
    }

    /// Detection alone (`geotone countries`) reads no lexicon: a Datasets folder without one is enough, and the
    /// countries found are those of the resources that score tone too.
    @Test func detectionAloneReadsNoLexicon() throws {
        let copy = try PipelineFixture.temporaryDirectory("datasets-without-lexicons")
        for folder in ["gazetteer", "text", "ingest"] {
            try FileManager.default.copyItem(atPath: datasets + "/" + folder, toPath: copy + "/" + folder)
        }
        #expect(throws: (any Error).self) { _ = try AnalysisResources(datasetsDirectory: copy, lexicon: "news", mentionKinds: nil) }
        let detection = try AnalysisResources(datasetsDirectory: copy, lexicon: "news", mentionKinds: nil, sentiment: false)
        let full = try AnalysisResources(datasetsDirectory: datasets, lexicon: "news", mentionKinds: nil)
        #expect(detection.lexicon.termCount == 0)
        var lean = SingleArticleAnalyzer(resources: detection, sentiment: false)
        var whole = SingleArticleAnalyzer(resources: full)
        for text in ["Officials in Kyiv said Russia and Belarus held drills.", "Le président français a rencontré Olaf Scholz à Berlin.",
                     "No country here."] {
            let countries = lean.analyze(body: text).countries
            #expect(countries == whole.analyze(body: text).countries)
            var line: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer { lean.analyzer.appendCountries(ofBody: $0, to: &line) }
            #expect(String(decoding: line, as: UTF8.self) == countries.joined(separator: ";"))
        }
        #expect(whole.analyze(body: "Officials in Kyiv said Russia and Belarus held drills.").countries == ["BY", "RU", "UA"])
    }

    @Test func aBrokenGazetteerIsReportedBeforeABrokenLexicon() throws {
        let broken = try PipelineFixture.temporaryDirectory("broken-datasets")
        try FileManager.default.createDirectory(atPath: broken + "/gazetteer", withIntermediateDirectories: true)
        let missingLexicon = broken + "/no-such-lexicon.tsv"
        #expect(throws: DetectionError.self) {
            _ = try AnalysisResources.loadGazetteerAndLexicon(datasetsDirectory: broken, lexicon: missingLexicon)
        }
        // With the gazetteer in order, the lexicon's own error comes through.
        do {
            _ = try AnalysisResources.loadGazetteerAndLexicon(datasetsDirectory: datasets, lexicon: missingLexicon)
            Issue.record("a missing lexicon file loaded")
        } catch {
            #expect(!(error is DetectionError), "expected the lexicon's error, got \(error)")
            #expect("\(error)".contains("no-such-lexicon.tsv"))
        }
    }
}
