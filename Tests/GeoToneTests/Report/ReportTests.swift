import Foundation
import Testing
@testable import GeoTone

@Suite("Report: HTML structure")
struct ReportTests {
    /// One database and one rendering shared by the tests (they only read them).
    struct Shared: Sendable {
        let dbPath: String
        let html: String
        let map: WorldMap
    }

    static let shared: Result<Shared, any Error> = Result {
        let dbPath = ReportFixture.temporaryPath("geotone.sqlite")
        try ReportFixture.makeDatabase(path: dbPath, runs: [(ReportFixture.countries(), "fp1", "opt1")])
        let map = try WorldMap(path: ReportFixture.mapPath)
        let generator = ReportGenerator(map: map, groupNames: ["G7": "Group of Seven"])
        let html = try generator.render(database: SQLiteDatabase(path: dbPath, create: false)).html
        return Shared(dbPath: dbPath, html: html, map: map)
    }

    let dbPath: String
    let html: String
    let map: WorldMap

    init() throws {
        let shared = try Self.shared.get()
        (dbPath, html, map) = (shared.dbPath, shared.html, shared.map)
    }

    /// Diagnostics are summarised by severity before any explanation, and listed errors first: a notice is not
    /// described as a skipped record.
    @Test func diagnosticsAreSummarisedBySeverity() throws {
        let start = try #require(html.range(of: "id=\"diagnostics\""))
        let section = html[start.lowerBound...]
        let summary = try #require(section.range(of: "1 warning, 1 notice."))
        let explanation = try #require(section.range(of: "Errors: a record or file was skipped"))
        #expect(summary.lowerBound < explanation.lowerBound)
        #expect(!section.contains("each affected record was skipped or cut"))
    }

    @Test func everyMapShapeIsDrawnOnBothMaps() throws {
        let share = try #require(ReportFixture.svg("map-share", in: html))
        let sentiment = try #require(ReportFixture.svg("map-sentiment", in: html))
        #expect(ReportFixture.count("<path d=\"M", in: share) == map.shapes.count)
        #expect(ReportFixture.count("<path d=\"M", in: sentiment) == map.shapes.count)
        // The most mentioned country gets the darkest colour and a hover text with its numbers.
        #expect(share.contains("<title>United States: 40 articles (40.0%)</title>"))
    }

    @Test func topCountriesChartHasOneBarPerCountry() throws {
        let chart = try #require(ReportFixture.svg("top-countries", in: html))
        #expect(ReportFixture.count("class=\"bar\"", in: chart) == ReportBuilder.topCountries)
        #expect(ReportFixture.count("class=\"sbar\"", in: chart) == ReportBuilder.topCountries)
    }

    @Test func heatmapHasAllCellsOfTheTopCountries() throws {
        let chart = try #require(ReportFixture.svg("heatmap", in: html))
        let n = ReportBuilder.heatmapCountries
        #expect(ReportFixture.count("class=\"cell\"", in: chart) == n * (n - 1))
        #expect(ReportFixture.count("class=\"diag\"", in: chart) == n)
        #expect(chart.contains("articles together, NPMI"))
    }

    @Test func heatmapOrderKeepsBlocsTogether() throws {
        let data = try ReportLoader(database: SQLiteDatabase(path: dbPath, create: false)).load(run: 1)
        let codes = ReportBuilder(data: data, previous: nil, map: map).heatmapOrder().codes
        // The fixture's first 12 countries form two blocs (even and odd rank); each bloc must be contiguous.
        let blocOf = Dictionary(uniqueKeysWithValues: ReportFixture.countries().prefix(12).enumerated().map { ($0.element.code, $0.offset % 2) })
        let sequence = codes.compactMap { blocOf[$0] }
        let switches = zip(sequence, sequence.dropFirst()).filter { $0 != $1 }.count
        #expect(switches == 1, "blocs interleaved: \(codes)")
    }

    @Test func tablesShowTheDatabaseValues() throws {
        let db = try SQLiteDatabase(path: dbPath, create: false)
        let rows = try db.query("SELECT name, articles, share_of_articles, mean_compound FROM country_stats WHERE run_id = 1")
        for row in rows {
            let cells = "<td>\(ReportFormat.escape(row[0].string))</td>"
            #expect(html.contains(cells), "missing \(row[0].string)")
            let numbers = "<td class=\"num\">\(ReportFormat.count(Int(row[1].int ?? 0)))</td><td class=\"num\">\(ReportFormat.percent(row[2].double ?? 0))</td>"
            #expect(html.contains(numbers + "<td class=\"num\">\(ReportFormat.count(Int(row[1].int ?? 0) * 2))</td><td class=\"num\">\(ReportFormat.signed(row[3].double, decimals: 3))</td>"))
        }
        // Spot check one full row of the all-countries table.
        #expect(html.contains("<tr><td>China</td><td>CN</td><td class=\"num\">39</td><td class=\"num\">39.0%</td><td class=\"num\">78</td><td class=\"num\">\(ReportFormat.signed(ReportFixture.countries()[1].compound, decimals: 3))</td><td>yes</td></tr>"))
        #expect(html.contains("<td>Singapore</td><td>SG</td>") && html.contains("too small"))
        #expect(html.contains("<div class=\"fig-value\">100</div>"))
    }

    @Test func pageIsSelfContained() {
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<img") && !html.contains("@import") && !html.contains("<link"))
        #expect(!html.lowercased().contains(" on") || !html.contains("onload="))
        let urls = html.components(separatedBy: "url(").dropFirst().map { $0.prefix(5) }
        #expect(urls.allSatisfy { $0 == "#few)" })
    }

    @Test func textFromTheDataIsEscaped() {
        #expect(!html.contains("Colombia <b>"))
        #expect(html.contains("Colombia &lt;b&gt;&amp;&quot;Co&quot;"))
        #expect(html.contains("fixture &lt;1&gt;"))
        #expect(html.contains("date &lt;unreadable&gt;"))
    }

    @Test func everyChartHasTitleAndDescription() {
        let charts = ReportFixture.count("<svg id=", in: html)
        #expect(charts >= 8)
        #expect(ReportFixture.count("<title id=", in: html) == charts)
        #expect(ReportFixture.count("<desc id=", in: html) == charts)
    }

    @Test func groupsUseTheirNames() {
        #expect(html.contains(">Group of Seven<"))
    }

    @Test func sameRunGivesByteIdenticalHTML() throws {
        let again = try ReportGenerator(map: map, groupNames: ["G7": "Group of Seven"])
            .render(database: SQLiteDatabase(path: dbPath, create: false)).html
        #expect(again == html)
        let otherPath = ReportFixture.temporaryPath("copy.sqlite")
        try ReportFixture.makeDatabase(path: otherPath, runs: [(ReportFixture.countries(), "fp1", "opt1")])
        let fromCopy = try ReportGenerator(map: map, groupNames: ["G7": "Group of Seven"])
            .render(database: SQLiteDatabase(path: otherPath, create: false)).html
        #expect(fromCopy == html)
    }

    @Test func noComparisonWithoutAnEarlierRun() {
        #expect(html.contains("There is no earlier complete run"))
    }
}
