import Foundation
import Testing
@testable import GeoTone

@Suite("Report: end to end on the sample corpus")
struct ReportEndToEndTests {
    static let corpus = ReportFixture.datasets + "/articles"

    /// Splits one line of the CSV writer's output (every text field quoted, `""` for a quote).
    static func fields(_ line: Substring) -> [String] {
        var out: [String] = [], current = "", quoted = false, previous: Character = " "
        for ch in line {
            if ch == "\"" { if quoted { quoted = false } else { if previous == "\"" { current.append("\"") }; quoted = true } }
            else if ch == "," && !quoted { out.append(current); current = "" }
            else { current.append(ch) }
            previous = ch
        }
        out.append(current)
        return out
    }

    /// The sample corpus analysed into `out` (default year 2024, 2 jobs).
    static func analyzeSample(out: String) throws -> RunSummary {
        var options = AnalysisOptions(inputs: [corpus], outDirectory: out, datasetsDirectory: ReportFixture.datasets, jobs: 2)
        options.defaultYear = 2024
        return try Analyzer(options: options, sink: CollectingSink()).run()
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus)))
    func reportAgreesWithTheCountriesCSV() throws {
        let out = ReportFixture.temporaryPath("out")
        let summary = try Self.analyzeSample(out: out)
        let generator = try ReportGenerator(datasetsDirectory: ReportFixture.datasets)
        let output = try generator.write(databasePath: summary.databasePath, to: out + "/report.html", run: summary.runID)
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html == output.html)

        let csv = try String(contentsOfFile: out + "/countries.csv", encoding: .utf8)
        let lines = csv.split(whereSeparator: \.isNewline).dropFirst()
        #expect(!lines.isEmpty)
        for line in lines {
            let f = Self.fields(line)
            let articles = Int(f[5]) ?? -1
            guard articles > 0 else { continue }
            let row = "<tr><td>\(ReportFormat.escape(f[2]))</td><td>\(f[0])</td><td class=\"num\">\(ReportFormat.count(articles))</td>"
            #expect(html.contains(row), "no table row for \(f[0]) with \(articles) articles")
        }
        #expect(html.contains("<div class=\"fig-value\">\(ReportFormat.count(summary.articles))</div>"))

        // Same run, generated again: byte-identical.
        let again = try generator.render(database: SQLiteDatabase(path: summary.databasePath, create: false), run: summary.runID).html
        #expect(again == html)
    }

    /// `analyze` draws its report from the corpus tables it holds, not from the store: the rows, their order and the
    /// page must be what reading the store gives (`geotone report` on the same run).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus)))
    func reportFromTheRunsTablesIsTheReportFromTheStore() throws {
        let out = ReportFixture.temporaryPath("out-tables")
        let summary = try Self.analyzeSample(out: out)
        let tables = try #require(summary.tables)
        let database = try SQLiteDatabase(path: summary.databasePath, create: false)
        let loader = ReportLoader(database: database)
        let fromStore = try loader.load(run: summary.runID)
        let fromMemory = try loader.load(run: summary.runID, tables: tables)
        #expect(fromStore.countries.count > 10 && fromStore.pairs.count > 10 && fromStore.timeline.count > 10)
        #expect(fromMemory.countries == fromStore.countries)
        #expect(fromMemory.pairs == fromStore.pairs)
        #expect(fromMemory.regions == fromStore.regions)
        #expect(fromMemory.timeline == fromStore.timeline)
        let generator = try ReportGenerator(datasetsDirectory: ReportFixture.datasets)
        #expect(try generator.render(database: database, run: summary.runID, tables: tables).html
                == generator.render(database: database, run: summary.runID).html)

        // Rows in any order come out in the store's order.
        var reversed = tables
        reversed.countries.reverse(); reversed.pairs.reverse(); reversed.regions.reverse(); reversed.timeline.reverse()
        let again = RunReader.asStored(reversed)
        #expect(again.countries == fromStore.countries && again.pairs == fromStore.pairs)
        #expect(again.regions == fromStore.regions && again.timeline == fromStore.timeline)
    }

    /// An unchanged re-run compared with the run it reused: that run's data taken from the re-run's copy is what
    /// reading it from the store gives.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus)))
    func theReusedRunsDataIsTheStoresData() throws {
        let out = ReportFixture.temporaryPath("out-reused")
        let first = try Self.analyzeSample(out: out)
        let second = try Self.analyzeSample(out: out)
        let loader = ReportLoader(database: try SQLiteDatabase(path: second.databasePath, create: false))
        let reuser = try loader.load(run: second.runID)
        #expect(reuser.run.reusedRun == first.runID)
        let shortcut = try loader.load(run: first.runID, reusedBy: reuser)
        let stored = try loader.load(run: first.runID)
        #expect(shortcut.run == stored.run && shortcut.run.id == first.runID)
        #expect(shortcut.dateRange?.first == stored.dateRange?.first && shortcut.dateRange?.last == stored.dateRange?.last)
        #expect(shortcut.countries == stored.countries && shortcut.pairs == stored.pairs)
        #expect(shortcut.regions == stored.regions && shortcut.timeline == stored.timeline)
        #expect(shortcut.diagnostics == stored.diagnostics)
        #expect(shortcut.otherLanguages.map(\.code) == stored.otherLanguages.map(\.code))
        #expect(stored.countries.count > 10 && !stored.diagnostics.isEmpty)
        // Not taken for a run the reuser did not reuse.
        let own = try loader.load(run: second.runID, reusedBy: stored)
        #expect(own.run.id == second.runID)
    }

    /// The articles in other languages that the run records as it writes its rows are those its rows count: not
    /// duplicates, not English, not undetermined; in code order.
    @Test func otherLanguagesCountedByTheRunAreTheStoresCount() throws {
        let input = ReportFixture.temporaryPath("languages-in")
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let french = "Le président français a rencontré le chancelier allemand à Berlin pour parler de l'Ukraine et de la Russie."
        let articles: [(String, String)] = [
            ("en1", "Officials in Kyiv said Russia and Belarus held drills near the border on Tuesday."),
            ("fr1", french),
            ("fr1-copy", french),
            ("fr2", "Le gouvernement du Maroc et celui de l'Algérie ont repris le dialogue, selon les ministres."),
            ("de1", "Die Regierung in Warschau und die Regierung in Prag wollen die Zusammenarbeit mit der Ukraine stärken."),
            ("x", "12345 67890"),
        ]
        let lines = articles.map { "{\"id\": \"\($0.0)\", \"date\": \"2024-03-05\", \"text\": \"\($0.1)\"}" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: input + "/news.jsonl", atomically: true, encoding: .utf8)
        let options = AnalysisOptions(inputs: [input], outDirectory: ReportFixture.temporaryPath("languages-out"),
                                      datasetsDirectory: ReportFixture.datasets, jobs: 2)
        let summary = try Analyzer(options: options, sink: CollectingSink()).run()
        let database = try SQLiteDatabase(path: summary.databasePath, create: false)
        let reader = RunReader(database: database)
        // Recorded with the run (migration 11) as its rows were written, read back without a scan; the same as
        // counting the rows.
        #expect(try database.query("SELECT other_languages FROM runs WHERE id = ?", [.integer(summary.runID)]) == [[.text("de:1,fr:2")]])
        let recorded = try reader.otherLanguages(run: summary.runID)
        let scanned = try reader.countOtherLanguages(run: summary.runID)
        #expect(recorded.map(\.code) == ["de", "fr"] && recorded.map(\.articles) == [1, 2])
        #expect(recorded.map(\.code) == scanned.map(\.code) && recorded.map(\.articles) == scanned.map(\.articles))
        // The report of the run shows them.
        let data = try ReportLoader(database: database).load(run: summary.runID, tables: summary.tables)
        #expect(data.otherLanguages.map(\.code) == ["de", "fr"] && data.otherLanguages.map(\.articles) == [1, 2])
        // A run written before the column (NULL) or with a value not in its form is counted in its rows.
        for value: SQLiteValue in [.null, .text("fr=2")] {
            try database.run("UPDATE runs SET other_languages = ? WHERE id = ?", [value, .integer(summary.runID)])
            let again = try reader.otherLanguages(run: summary.runID)
            #expect(again.map(\.code) == ["de", "fr"] && again.map(\.articles) == [1, 2])
        }
    }

    /// The recorded form: pairs in order, empty for none, anything else refused.
    @Test(arguments: [("", [String]()), ("de:1", ["de:1"]), ("ar:3,zh:10", ["ar:3", "zh:10"])])
    func otherLanguagesText(text: String, pairs: [String]) throws {
        let decoded = try #require(OtherLanguages.decode(text))
        #expect(decoded.map { "\($0.code):\($0.articles)" } == pairs)
        #expect(OtherLanguages.encode(decoded) == text)
    }

    @Test(arguments: ["fr", "fr:", ":2", "fr:x", "fr:2,", "fr:0", "fr:2:3"])
    func otherLanguagesTextRefused(text: String) {
        #expect(OtherLanguages.decode(text) == nil)
    }

    /// Reals as SQLite gives them back: NaN is stored as NULL, and a zero loses its sign.
    @Test func realsAsTheStoreReturnsThem() {
        #expect(RunReader.real(.nan) == nil)
        #expect(RunReader.real(nil) == nil)
        #expect(RunReader.real(-0.0)?.sign == .plus)
        #expect(RunReader.real(-0.25) == -0.25)
        #expect(RunReader.real(.infinity) == .infinity)
    }
}
