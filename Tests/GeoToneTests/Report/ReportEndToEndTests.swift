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

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus)))
    func reportAgreesWithTheCountriesCSV() throws {
        let out = ReportFixture.temporaryPath("out")
        var options = AnalysisOptions(inputs: [Self.corpus], outDirectory: out, datasetsDirectory: ReportFixture.datasets, jobs: 2)
        options.defaultYear = 2024
        let summary = try Analyzer(options: options, sink: CollectingSink()).run()
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
}
