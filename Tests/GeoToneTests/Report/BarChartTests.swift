import Testing
@testable import GeoTone

/// The region chart's two axis headings do not run into each other.
@Suite struct BarChartHeadingTests {
    @Test func longHeadingsGoOnTwoLines() {
        let rows = [BarChart.Row(label: "Latin America and the Caribbean", count: 3, countText: "3", sentiment: 0.1)]
        let wide = BarChart(id: "r", title: "t", desc: "d", countHeading: "Articles mentioning a member (share of all articles)",
                            rows: rows, limit: 0.5, labelWidth: ReportBuilder.regionLabelWidth)
        #expect(wide.headingsOverlap)
        let svg = wide.render()
        #expect(svg.contains("y=\"28\"") && svg.contains("Mean sentence compound"))
        let narrow = BarChart(id: "c", title: "t", desc: "d", countHeading: "Articles", rows: rows, limit: 0.5)
        #expect(!narrow.headingsOverlap)
    }
}
