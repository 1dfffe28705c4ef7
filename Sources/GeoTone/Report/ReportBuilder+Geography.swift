/// The two world maps and the ranked country chart.
extension ReportBuilder {
    /// Number of swatches in the share-of-articles legend.
    static let shareLegendSteps = 6

    func mapSection() -> String {
        let mentioned = data.countries.filter { $0.articles > 0 }
        let maxShare = mentioned.map(\.share).max() ?? 0
        // Square-root scale: a few dominant countries would otherwise leave the rest of the map pale.
        func shareT(_ share: Double) -> Double { maxShare > 0 ? (share / maxShare).squareRoot() : 0 }
        var shareFills: [String: String] = [:], shareHover: [String: String] = [:]
        var sentFills: [String: String] = [:], sentHover: [String: String] = [:]
        let scored = mentioned.filter { $0.articles >= Self.minArticlesForSentiment && $0.meanCompound != nil }
        let limit = sentimentLimit(scored.compactMap(\.meanCompound))
        for c in mentioned {
            shareFills[c.code] = ColorScale.sequential(0.04 + 0.96 * shareT(c.share))
            shareHover[c.code] = "\(c.name): \(ReportFormat.count(c.articles)) articles (\(ReportFormat.percent(c.share)))"
            let sentence = "\(c.name): mean compound \(ReportFormat.signed(c.meanCompound, decimals: 3)) over \(ReportFormat.count(c.articles)) article\(c.articles == 1 ? "" : "s")"
            if c.articles >= Self.minArticlesForSentiment, let value = c.meanCompound {
                sentFills[c.code] = ColorScale.diverging(value, limit: limit)
                sentHover[c.code] = sentence
            } else {
                sentFills[c.code] = "url(#few)"
                sentHover[c.code] = sentence + " (too few to colour)"
            }
        }
        var shareLegend: [MapChart.Swatch] = [MapChart.Swatch(fill: ColorScale.noData, label: "none")]
        for step in 1...Self.shareLegendSteps {
            let t = Double(step) / Double(Self.shareLegendSteps)
            shareLegend.append(MapChart.Swatch(fill: ColorScale.sequential(0.04 + 0.96 * t),
                                               label: ReportFormat.percent(t * t * maxShare)))
        }
        let sentLegend = [-1.0, -0.5, 0, 0.5, 1].map {
            MapChart.Swatch(fill: ColorScale.diverging($0 * limit, limit: limit), label: ReportFormat.signed($0 * limit))
        } + [MapChart.Swatch(fill: "url(#few)", label: "< \(Self.minArticlesForSentiment) articles")]

        let shapeCodes = Set(map.shapes.map(\.code))
        let missing = mentioned.filter { !shapeCodes.contains($0.code) }
        let shareMap = MapChart(
            id: "map-share", title: "Share of articles mentioning each country",
            desc: "World map; darker countries are mentioned in a larger share of the \(ReportFormat.count(data.run.articles)) articles. Most mentioned: "
                + mentioned.prefix(5).map { "\($0.name) \(ReportFormat.percent($0.share))" }.joined(separator: ", ") + ".",
            map: map, fills: shareFills, hover: shareHover, legend: shareLegend, legendCaption: "Share of articles")
        var sentMap = MapChart(
            id: "map-sentiment", title: "Mean sentiment of the sentences mentioning each country",
            desc: "World map on a diverging scale centred on 0: orange countries are written about in negative sentences, blue in positive ones; hatched countries have fewer than \(Self.minArticlesForSentiment) articles.",
            map: map, fills: sentFills, hover: sentHover, legend: sentLegend, legendCaption: "Mean compound")
        sentMap.patternDefs = true
        var body = "<figure>\(shareMap.render())</figure>"
        body += "<p class=\"guide\">Mean sentiment per country: orange is negative, blue positive, pale is neutral; "
            + "hatched countries have too few articles to judge. Hover a country for its numbers.</p>"
        body += "<figure>\(sentMap.render())</figure>"
        let table = HTMLTable(
            headers: ["Country", "Code", "Articles", "Share", "Mentions", "Mean compound", "On map"],
            rows: mentioned.map { [$0.name, $0.code, ReportFormat.count($0.articles), ReportFormat.percent($0.share),
                                   ReportFormat.count($0.mentions), ReportFormat.signed($0.meanCompound, decimals: 3),
                                   shapeCodes.contains($0.code) ? "yes" : "too small"] },
            numeric: [2, 3, 4, 5])
        body += table.details("All \(ReportFormat.count(mentioned.count)) countries mentioned"
                              + (missing.isEmpty ? "" : " (\(missing.count) too small for the map)"))
        return section(id: "maps", heading: "Where the news is",
                       guide: "Each country is coloured by the share of articles that mention it (darker = more); countries never mentioned are grey.",
                       body: body)
    }

    func topCountriesSection() -> String {
        let top = Array(data.countries.filter { $0.articles > 0 }.prefix(Self.topCountries))
        let limit = sentimentLimit(top.compactMap(\.meanCompound))
        let chart = BarChart(
            id: "top-countries", title: "Top \(top.count) countries by articles, with their mean sentiment",
            desc: "Bar chart. Left: number of articles mentioning each country. Right: mean compound sentiment of the sentences mentioning it, orange negative, blue positive.",
            countHeading: "Articles mentioning the country (share of all articles)",
            rows: top.map { BarChart.Row(label: $0.name, count: $0.articles,
                                         countText: "\(ReportFormat.count($0.articles)) · \(ReportFormat.percent($0.share))",
                                         sentiment: $0.meanCompound) },
            limit: limit)
        let table = HTMLTable(headers: ["Rank", "Country", "Articles", "Share", "Mean compound"],
                              rows: top.enumerated().map { [String($0.offset + 1), $0.element.name, ReportFormat.count($0.element.articles),
                                                            ReportFormat.percent($0.element.share), ReportFormat.signed($0.element.meanCompound, decimals: 3)] },
                              numeric: [0, 2, 3, 4])
        return section(id: "countries", heading: "Most mentioned countries",
                       guide: "Longer bars on the left mean more articles; on the right, bars to the left of the line mean a negative tone, to the right a positive one.",
                       body: "<figure>\(chart.render())</figure>" + table.details("Numbers behind the chart"))
    }
}
