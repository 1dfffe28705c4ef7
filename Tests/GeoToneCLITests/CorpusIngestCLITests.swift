import Foundation
import Testing
import GeoTone

/// The built binary on downloaded-corpus shapes: compressed files, field names, skipped files, and what it says.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct CorpusIngestCLITests {
    typealias S = CLITestSupport
    static let fixtures = S.packageRoot + "/Tests/GeoToneTests/Fixtures/ingest"

    static func copy(_ names: [String], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(atPath: fixtures + "/" + name, toPath: folder + "/" + (name.split(separator: "/").last.map(String.init) ?? name))
        }
    }

    @Test func helpDescribesFormatsAndFieldOptions() throws {
        let dir = S.makeTemporaryDirectory("help-corpus")
        let help = try S.run(["analyze", "--help"], in: dir, measureMemory: false)
        #expect(help.status == 0)
        for text in ["--text-field", "--title-field", "--date-field", "--id-field", "--url-field", "--source-field", "--delimiter",
                     "--no-header", "--columns", "--date-format", "--timezone", "--encoding", "--date-from-file-time",
                     ".zst", ".json", "fields.tsv", "README*"] {
            #expect(help.stdout.contains(text), "--help does not mention \(text)")
        }
    }

    @Test func compressedFolderIsReadWithFieldsReportedAndStored() throws {
        let dir = S.makeTemporaryDirectory("corpus")
        try Self.copy(["isot.csv.gz", "huffpost.json.zst", "reuters.json.xz", "bbc/README.TXT"], to: dir + "/in")
        S.write("%PDF-1.4", to: dir + "/in/paper.pdf")
        let outcome = try S.run(["analyze", dir + "/in", "--out", dir + "/out", "--datasets", S.datasets], in: dir)
        #expect(outcome.status == 0, "stderr:\n\(outcome.stderr)")
        let rows = try S.csvRows(dir + "/out/articles.csv")
        #expect(rows.count == 6)
        #expect(outcome.stderr.contains("fields-used") && outcome.stderr.contains("title ← headline"), "stderr:\n\(outcome.stderr)")
        #expect(outcome.stderr.contains("1 .pdf file(s): not an input format"))
        #expect(outcome.stderr.contains("1 README* file(s): not articles"))
        let stored = try S.store(dir + "/out/geotone.sqlite")
        #expect(stored.diagnostics.filter { $0.code == "fields-used" }.count == 3)
        let db = try SQLiteDatabase(path: dir + "/out/geotone.sqlite", create: false)
        let dates = try db.query("SELECT date FROM run_articles ORDER BY ordinal").map { $0[0].string }
        #expect(dates.sorted() == ["1987-02-26", "1987-03-02", "2017-12-29", "2017-12-31", "2022-09-22", "2022-09-23"])
    }

    @Test func anUnsupportedFileNamedIsAnErrorAndNothingToReadExitsThree() throws {
        let dir = S.makeTemporaryDirectory("pdf")
        S.write("%PDF-1.4 United States", to: dir + "/paper.pdf")
        let outcome = try S.analyze([dir + "/paper.pdf"], in: dir)
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("paper.pdf: error: not a supported input") && outcome.stderr.contains("[unsupported-file]"),
                "stderr:\n\(outcome.stderr)")
    }
}
