import Foundation
import Testing
@testable import GeoTone

@Suite("Report: comparison with an earlier run")
struct ReportComparisonTests {
    func render(second: [ReportFixture.Country], fingerprint: String, options: String,
                compare: ReportGenerator.Comparison = .previous) throws -> ReportGenerator.Output {
        let path = ReportFixture.temporaryPath("geotone.sqlite")
        try ReportFixture.makeDatabase(path: path, runs: [(ReportFixture.countries(), "fp1", "opt1"), (second, fingerprint, options)])
        return try ReportGenerator(map: WorldMap(path: ReportFixture.mapPath))
            .render(database: SQLiteDatabase(path: path, create: false), compare: compare)
    }

    @Test func moversAreTheLargestChanges() throws {
        var second = ReportFixture.countries()
        second[0].articles = 10          // United States: 40 → 10 articles, −30 pp
        second[5].articles = 60          // Germany: 35 → 60, +25 pp
        let output = try render(second: second, fingerprint: "fp2", options: "opt1")
        #expect(output.runID == 2 && output.comparedWith == 1)
        let chart = try #require(ReportFixture.svg("movers-countries", in: output.html))
        #expect(ReportFixture.count("class=\"bar\"", in: chart) == 2)
        #expect(chart.contains("United States: \(ReportFormat.minus)30.0 pp"))
        #expect(chart.contains("Germany: +25.0 pp"))
        #expect(output.html.contains("The articles changed, the method did not"))
    }

    @Test func methodChangeIsNamed() throws {
        let output = try render(second: ReportFixture.countries(), fingerprint: "fp1", options: "opt2")
        #expect(output.html.contains("Same articles, different method"))
        #expect(output.html.contains("<td>Options</td><td>opt1</td><td>opt2</td><td>yes</td>"))
        #expect(ReportFixture.svg("movers-countries", in: output.html) == nil)
    }

    @Test func noCompareLeavesTheSectionOut() throws {
        let output = try render(second: ReportFixture.countries(), fingerprint: "fp1", options: "opt1", compare: .none)
        #expect(output.comparedWith == nil)
        #expect(output.html.contains("There is no earlier complete run"))
    }

    @Test func unknownRunIsAnError() throws {
        let path = ReportFixture.temporaryPath("geotone.sqlite")
        try ReportFixture.makeDatabase(path: path, runs: [(ReportFixture.countries(), "fp1", "opt1")])
        let generator = try ReportGenerator(map: WorldMap(path: ReportFixture.mapPath))
        #expect(throws: ReportError.self) { try generator.render(database: SQLiteDatabase(path: path, create: false), run: 9) }
    }

    @Test func foreignDatabaseIsRejected() throws {
        let path = ReportFixture.temporaryPath("other.sqlite")
        let db = try SQLiteDatabase(path: path)
        try db.execute("CREATE TABLE t(x)")
        let generator = try ReportGenerator(map: WorldMap(path: ReportFixture.mapPath))
        #expect(throws: ReportError.self) { try generator.render(database: db) }
    }
}
