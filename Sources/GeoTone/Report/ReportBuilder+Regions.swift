/// Regions and groups, and the timeline small multiples.
extension ReportBuilder {
    /// The region levels shown, in order, with their headings.
    static let regionLevels: [(level: String, heading: String)] = [
        ("continent", "Continents"), ("subregion", "Sub-regions"), ("group", "Groups and alliances"),
    ]
    /// Region panels in the timeline small multiples.
    static let timelineRegions = 6
    /// Label column width of the region charts (names like "North Atlantic Treaty Organization").
    static let regionLabelWidth = 250.0

    func regionsSection() -> String {
        var body = ""
        var tableRows: [[String]] = []
        let shown = data.regions.filter { r in Self.regionLevels.contains { $0.level == r.level } && r.articles > 0 }
        let limit = sentimentLimit(shown.compactMap(\.meanCompound))
        for (level, heading) in Self.regionLevels {
            let rows = shown.filter { $0.level == level }
            guard !rows.isEmpty else { continue }
            let chart = BarChart(
                id: "regions-\(level)", title: "\(heading): share of articles and mean sentiment",
                desc: "Bar chart of \(rows.count) \(heading.lowercased()); left, articles mentioning any member country; right, mean compound sentiment of those sentences.",
                countHeading: "Articles mentioning a member (share of all articles)",
                rows: rows.map { BarChart.Row(label: regionName($0), count: $0.articles,
                                              countText: "\(ReportFormat.count($0.articles)) · \(ReportFormat.percent($0.share))",
                                              sentiment: $0.meanCompound) },
                limit: limit, labelWidth: Self.regionLabelWidth)
            body += "<h3>\(ReportFormat.escape(heading))</h3><figure>\(chart.render())</figure>"
            tableRows += rows.map { [heading, regionName($0), ReportFormat.count($0.countriesMentioned), ReportFormat.count($0.articles),
                                     ReportFormat.percent($0.share), ReportFormat.signed($0.meanCompound, decimals: 3)] }
        }
        guard !tableRows.isEmpty else {
            return section(id: "regions", heading: "Regions and groups", guide: "No region was mentioned.", body: "")
        }
        body += HTMLTable(headers: ["Level", "Region", "Countries mentioned", "Articles", "Share", "Mean compound"],
                          rows: tableRows, numeric: [2, 3, 4, 5]).details("Numbers behind the charts")
        return section(id: "regions", heading: "Regions and groups",
                       guide: "An article counts for a region when it mentions any of its countries (or the region by name), so shares add up to more than 100%.",
                       body: body)
    }

    func timelineSection() -> String {
        let periods = TimelineAxis.filled(Array(Set(data.timeline.map(\.period))).sorted())
        guard !periods.isEmpty else {
            return section(id: "timeline", heading: "Over time", guide: "No article was dated, so there is no timeline.", body: "")
        }
        let countries = data.countries.filter { $0.articles > 0 }.prefix(Self.timelineCountries)
            .map { (entity: $0.code, name: $0.name) }
        let regions = data.regions.filter { $0.level == "continent" && $0.articles > 0 }.prefix(Self.timelineRegions)
            .map { (entity: $0.region, name: $0.region) }
        func series(_ type: String, _ entities: [(entity: String, name: String)]) -> [TimelineChart.Series] {
            entities.map { item in
                var articles = [Int](repeating: 0, count: periods.count)
                var sentiment = [Double?](repeating: nil, count: periods.count)
                for point in data.timeline where point.entityType == type && point.entity == item.entity {
                    if let p = periods.firstIndex(of: point.period) { articles[p] = point.articles; sentiment[p] = point.meanCompound }
                }
                return TimelineChart.Series(name: item.name, articles: articles, sentiment: sentiment)
            }
        }
        let countrySeries = series("country", countries), regionSeries = series("region", regions)
        let all = countrySeries + regionSeries
        let limit = sentimentLimit(all.flatMap { $0.sentiment.compactMap { $0 } })
        var body = ""
        var rows: [[String]] = []
        for (heading, items) in [("Top countries", countrySeries), ("Continents", regionSeries)] where !items.isEmpty {
            let chart = TimelineChart(
                id: "timeline-\(heading == "Top countries" ? "countries" : "regions")",
                title: "\(heading): articles and mean sentiment per period",
                desc: "Small multiples, one panel each for \(items.map(\.name).joined(separator: ", ")); bars count articles per period, the line is mean compound sentiment.",
                periods: periods, series: items, limit: limit)
            body += "<h3>\(heading)</h3><figure>\(chart.render())</figure>"
            for item in items {
                for (p, period) in periods.enumerated() where item.articles[p] > 0 {
                    rows.append([item.name, period, ReportFormat.count(item.articles[p]), ReportFormat.signed(item.sentiment[p], decimals: 3)])
                }
            }
        }
        body += HTMLTable(headers: ["Country or region", "Period", "Articles", "Mean compound"], rows: rows, numeric: [2, 3])
            .details("Numbers behind the panels")
        return section(id: "timeline", heading: "Over time",
                       guide: "Each panel is one country or continent: bars are articles per period (same scale everywhere), the dark line is the mean tone (above the dashed line positive).",
                       body: body)
    }
}
