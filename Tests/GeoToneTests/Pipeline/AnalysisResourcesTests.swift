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
