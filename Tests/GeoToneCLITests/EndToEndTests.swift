import Foundation
import Testing
import GeoTone

/// The built binary on the sample corpus, and the safety rules of what it writes.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct EndToEndTests {
    typealias S = CLITestSupport

    static let tables = ["articles.csv", "comentions.csv", "countries.csv", "datelines.csv", "mentions.csv", "regions.csv", "timeline.csv"]
    /// Everything a run may leave in `--out`: the tables and the store with its WAL files.
    static let allowedOutputs = Set(tables + ["geotone.sqlite", "geotone.sqlite-wal", "geotone.sqlite-shm", "report.html"])

    @Test func sampleCorpusTwice() throws {
        let dir = S.makeTemporaryDirectory("e2e")
        defer { S.remove(dir) }
        let corpus = S.datasets + "/articles"
        let first = try S.analyze([corpus], in: dir, extra: ["--default-year", "2024", "--strict"])
        #expect(first.status == 0, "stderr:\n\(first.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/out")
        #expect(Set(Self.tables).isSubset(of: names) && names.allSatisfy(Self.allowedOutputs.contains), "out holds \(names.sorted())")
        // The write-ahead log was copied into the store (while the report was written) and removed before exit.
        #expect(!names.contains("geotone.sqlite-wal") && !names.contains("geotone.sqlite-shm"), "out holds \(names.sorted())")
        let rows = try S.csvRows(dir + "/out/articles.csv")
        #expect(rows.count > 40)
        #expect(try S.store(dir + "/out/geotone.sqlite").articles == rows.count)
        let second = try S.analyze([corpus], in: dir, extra: ["--default-year", "2024"])
        #expect(second.status == 0)
        let db = try SQLiteDatabase(path: dir + "/out/geotone.sqlite", create: false)
        #expect(try db.query("SELECT count(*) FROM runs WHERE status = 'complete'").first?.first?.int == 2)
        #expect(try S.csvRows(dir + "/out/articles.csv") == rows, "same input, same articles.csv")
    }

    @Test func helpShowsTheDefaultArticleLimit() throws {
        let dir = S.makeTemporaryDirectory("help")
        defer { S.remove(dir) }
        let help = try S.run(["analyze", "--help"], in: dir, measureMemory: false)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--max-article-bytes") && help.stdout.contains("\(IngestOptions.defaultMaxArticleBytes)"))
        #expect(IngestOptions.defaultMaxArticleBytes == 10_000_000)
    }

    @Test func refusesANonGeotoneDatabaseAndLeavesItUntouched() throws {
        let dir = S.makeTemporaryDirectory("db")
        defer { S.remove(dir) }
        let foreign = dir + "/other.sqlite"
        do {
            let db = try SQLiteDatabase(path: foreign)
            try db.execute("CREATE TABLE people(name TEXT, age INTEGER)")
            try db.run("INSERT INTO people VALUES (?, ?)", [.text("Ada"), .integer(36)])
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let beforeDate = try FileManager.default.attributesOfItem(atPath: foreign)[.modificationDate] as? Date
        S.write("T\n\nLima, Feb 3 - Peru grew.\n", to: dir + "/in/a.txt")
        let outcome = try S.analyze([dir + "/in"], in: dir, extra: ["--db", foreign])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("not a geotone database"), "stderr:\n\(outcome.stderr)")
        let after = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let afterDate = try FileManager.default.attributesOfItem(atPath: foreign)[.modificationDate] as? Date
        #expect(after == before, "the foreign database changed")
        #expect(afterDate == beforeDate)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("other.sqlite") }.sorted()
        #expect(leftovers == ["other.sqlite"], "journal or WAL files left beside it: \(leftovers)")
    }

    @Test func articleIDsNeverBecomePaths() throws {
        let dir = S.makeTemporaryDirectory("ids")
        defer { S.remove(dir) }
        let evil = ["../../etc/x", "../escape.csv", "/tmp/geotone-evil-\(UUID().uuidString)", "a/b", "..", "con:x"]
        var jsonl = ""
        for (i, id) in evil.enumerated() { jsonl += "{\"id\":\(JSONText.quoted(id)),\"text\":\"Peru \(i) grew\"}\n" }
        S.write(jsonl, to: dir + "/in/ids.jsonl")
        let outcome = try S.analyze([dir + "/in"], in: dir)
        #expect(outcome.status == 0, "stderr:\n\(outcome.stderr)")
        let outNames = try FileManager.default.contentsOfDirectory(atPath: dir + "/out")
        #expect(outNames.allSatisfy(Self.allowedOutputs.contains), "unexpected files in out: \(outNames.sorted())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".stderr", ".stdout", "in", "out"])
        #expect(!FileManager.default.fileExists(atPath: evil[2]))
        #expect(try S.csvRows(dir + "/out/articles.csv").map { $0[0] } == evil)
    }

    @Test func spreadsheetFormulasAreNeutralised() throws {
        let dir = S.makeTemporaryDirectory("formula")
        defer { S.remove(dir) }
        let title = #"=HYPERLINK("http://example.invalid","x")"#
        S.write("id,title,text\n\"-1\",\"\(title.replacingOccurrences(of: "\"", with: "\"\""))\",Perú and Chile: café crisis\n@a,+b,Peru\n",
                to: dir + "/in/f.csv")
        let outcome = try S.analyze([dir + "/in"], in: dir)
        #expect(outcome.status == 0, "stderr:\n\(outcome.stderr)")
        let rows = try S.csvRows(dir + "/out/articles.csv")
        #expect(rows.map { $0[0] } == ["'-1", "'@a"])
        #expect(rows.map { $0[5] } == ["'" + title, "'+b"])
        // Numeric columns stay bare numbers (no quote, no leading apostrophe).
        let raw = try String(contentsOfFile: dir + "/out/articles.csv", encoding: .utf8)
        #expect(raw.contains(",2,1,") || raw.range(of: #",\d+,\d+,"#, options: .regularExpression) != nil)
    }

    static let soffice: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: EndToEndTests.soffice != nil, "LibreOffice (soffice) not installed: apt-get install -y libreoffice-calc-nogui"))
    func libreOfficeReadsTitlesAsText() throws {
        let dir = S.makeTemporaryDirectory("soffice")
        defer { S.remove(dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [S.packageRoot + "/Scripts/spreadsheet-check.sh"]
        var env = ProcessInfo.processInfo.environment
        env["GEOTONE_BIN"] = S.binary
        env["SPREADSHEET_CHECK_DIR"] = dir
        process.environment = env
        let log = dir + "/check.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "Scripts/spreadsheet-check.sh failed:\n\(output)")
    }
}
