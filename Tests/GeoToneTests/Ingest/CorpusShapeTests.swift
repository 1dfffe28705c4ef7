import Foundation
import Testing
@testable import GeoTone

/// Corpora in the shapes people download them (small fixtures in `Fixtures/ingest`, written for the project):
/// each gives the right articles, titles, texts and dates with no option beyond the ones named, plain or compressed.
@Suite struct CorpusShapeTests {
    static let fixtures = TestPaths.packageRoot + "/Tests/GeoToneTests/Fixtures/ingest"

    /// Reads one fixture file through `ArticleReader` as `analyze` does.
    static func read(_ name: String, configure: (inout IngestOptions) -> Void = { _ in }) throws -> (articles: [Article], diagnostics: [Diagnostic]) {
        let path = fixtures + "/" + name
        let info = try #require(FileBytes.status(path: path))
        let (format, compression) = try #require(InputFormat.classify(path: path))
        var options = IngestTestSupport.defaultOptions
        options.defaultYear = nil
        configure(&options)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        ArticleReader(options: options, furniture: []).read(
            InputFile(path: path, format: format, size: info.size, mtime: info.mtime, compression: compression),
            emit: { articles.append($0) }, report: { diagnostics.append($0) }, onBytes: { _ in })
        return (articles, diagnostics)
    }

    static let suffixes = ["", ".gz", ".bz2", ".xz", ".zst"]

    /// ISOT True/Fake: `title,text,subject,date` with `December 31, 2017 ` dates and Reuters datelines in the text.
    @Test(arguments: suffixes) func isotCSV(_ suffix: String) throws {
        let (articles, diagnostics) = try Self.read("isot.csv" + suffix)
        #expect(articles.map(\.title) == ["Senate passes budget", "Talks in Beijing"])
        #expect(articles.map(\.date) == ["2017-12-31", "2017-12-29"])
        #expect(articles.map(\.datelinePlace) == ["WASHINGTON", "BEIJING"])
        #expect(articles.first?.body.hasPrefix("The U.S. Senate passed") == true)
        #expect(!diagnostics.contains { $0.severity != .info }, "\(diagnostics)")
    }

    /// AG News: header-less `class,title,description`, read with `--no-header --columns label,title,text`.
    @Test(arguments: suffixes) func agNewsCSV(_ suffix: String) throws {
        let (articles, diagnostics) = try Self.read("agnews.csv" + suffix) { $0.columns = ["label", "title", "text"] }
        #expect(articles.map(\.title) == ["Wall St. Bears Claw Back Into the Black", "Iraq Halts Oil Exports"])
        #expect(articles.last?.body == "Authorities in Iraq halted oil exports from the main pipeline in the south.")
        #expect(!diagnostics.contains { $0.severity != .info }, "\(diagnostics)")
    }

    /// HuffPost News Category: JSON lines named `.json` with `headline, short_description, date, link, …`.
    @Test(arguments: suffixes) func huffPostJSONLines(_ suffix: String) throws {
        let (articles, diagnostics) = try Self.read("huffpost.json" + suffix)
        #expect(articles.map(\.title) == ["Floods Displace Thousands In Indonesia", "Canada And Mexico Sign Deal"])
        #expect(articles.first?.body == "Heavy rain flooded Jakarta as Indonesia braced for more storms.")
        #expect(articles.map(\.date) == ["2022-09-23", "2022-09-22"])
        #expect(articles.map(\.url) == ["https://www.huffpost.com/entry/1", "https://www.huffpost.com/entry/2"])
        #expect(articles.map(\.line) == [1, 2])
        #expect(!diagnostics.contains { $0.severity != .info }, "\(diagnostics)")
    }

    /// Reuters-21578 as JSON: an array of `title, body, dateline, date` objects, dates `26-FEB-1987 15:01:01.79`.
    @Test(arguments: suffixes) func reutersJSONArray(_ suffix: String) throws {
        let (articles, diagnostics) = try Self.read("reuters.json" + suffix)
        #expect(articles.map(\.title) == ["BAHIA COCOA REVIEW", "JAPAN TRADE SURPLUS RISES"])
        #expect(articles.map(\.date) == ["1987-02-26", "1987-03-02"])
        #expect(articles.map(\.datelinePlace) == ["SALVADOR", "TOKYO"])
        #expect(articles.first?.body == "Showers continued throughout the week in\nthe Bahia cocoa zone of Brazil.")
        #expect(articles.map(\.line) == [2, 8])
        #expect(!diagnostics.contains { $0.severity != .info }, "\(diagnostics)")
    }

    /// The BBC News folder: one `.txt` story per file with the headline on the first line, and a `README.TXT`.
    @Test(arguments: ["bbc", "bbc-gz"]) func bbcFolder(_ folder: String) throws {
        var diagnostics: [Diagnostic] = []
        let files = try InputCollector(notArticles: ["README", "LICENSE", "CHANGELOG"]).collect([Self.fixtures + "/" + folder]) {
            diagnostics.append($0)
        }
        #expect(files.map { $0.path.split(separator: "/").last! }.map(String.init).map { $0.replacingOccurrences(of: ".gz", with: "") }
                    == ["001.txt", "002.txt"])
        #expect(diagnostics.map(\.message) == ["1 README* file(s): not articles; skipped"])
        let stories = try files.map { try Self.read(folder + "/" + $0.path.split(separator: "/").last!).articles }.flatMap { $0 }
        #expect(stories.map(\.title) == ["Kenya and Ethiopia open road corridor", "Ghana cocoa prices rise"])
        #expect(stories.first?.body.hasPrefix("Kenya and Ethiopia opened") == true)
    }

    /// A Windows-1252 story (`Z\xfcrich`, an en dash as 0x96) is read as Windows-1252, said once.
    @Test func windows1252Text() throws {
        let (articles, diagnostics) = try Self.read("cp1252.txt")
        #expect(articles.first?.title == "Zürich vote")
        #expect(articles.first?.body == "Voters in Zürich, Switzerland, rejected the plan – by a wide margin.")
        #expect(diagnostics.filter { $0.code == "windows-1252" }.count == 1)
        #expect(!diagnostics.contains { $0.code == "invalid-utf8" })
        // Forced UTF-8, the same bytes are replaced and reported.
        let forced = try Self.read("cp1252.txt") { $0.encoding = .utf8 }
        #expect(forced.articles.first?.title == "Z\u{FFFD}rich vote")
        #expect(forced.diagnostics.contains { $0.code == "invalid-utf8" })
    }

    /// Excel's semicolon CSV with a byte-order mark and CRLF, day-first dates settled by the column.
    @Test func excelSemicolonCSV() throws {
        let (articles, diagnostics) = try Self.read("excel.csv")
        #expect(articles.map(\.title) == ["Chip talks", "Grain blockade"])
        #expect(articles.first?.body == "US and China met in Geneva; no deal, officials said.")
        #expect(articles.map(\.date) == ["2024-03-05", "2024-03-13"])
        #expect(diagnostics.contains { $0.code == "csv-delimiter" })
        #expect(!diagnostics.contains { $0.severity != .info }, "\(diagnostics)")
    }

    /// A damaged or cut compressed stream keeps the records before the damage and says where it is.
    @Test(arguments: ["cut.jsonl.gz", "damaged.jsonl.gz"]) func damagedCompressedStream(_ name: String) throws {
        let (articles, diagnostics) = try Self.read(name)
        let damage = try #require(diagnostics.first { $0.code == "damaged-compression" })
        #expect(damage.severity == .error && damage.message.contains("compressed byte"))
        #expect(!articles.isEmpty && articles.count < 200)
        #expect(articles.map(\.title) == (0..<articles.count).map { "Story \($0)" })
    }
}

/// `.json` decided by content: one object, an array, or objects one per line; damage keeps what came before.
@Suite struct JSONDocumentTests {
    @Test func oneObjectOverSeveralLines() throws {
        let json = "{\n  \"title\": \"Talks\",\n  \"meta\": {\"tags\": [\"a\", \"}\"]},\n  \"text\": \"France and Spain met {here}.\"\n}\n"
        let (articles, diagnostics) = IngestTestSupport.read(json, name: "one.json")
        #expect(articles.map(\.body) == ["France and Spain met {here}."])
        #expect(articles.map(\.line) == [1])
        #expect(diagnostics.isEmpty)
    }

    @Test func strayTextKeepsTheObjectsBefore() throws {
        let json = "[{\"text\": \"First.\"},\n {\"text\": \"Second \\\"quoted\\\" }.\"},\n oops]"
        let (articles, diagnostics) = IngestTestSupport.read(json, name: "bad.json")
        #expect(articles.map(\.body) == ["First.", "Second \"quoted\" }."])
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["3:malformed-json"])
    }

    @Test func anUnclosedObjectAtTheEndIsReported() throws {
        let (articles, diagnostics) = IngestTestSupport.read("[{\"text\": \"Kept.\"}, {\"text\": \"cut", name: "cut.json")
        #expect(articles.map(\.body) == ["Kept."])
        #expect(diagnostics.map(\.code) == ["malformed-json"])
    }
}
