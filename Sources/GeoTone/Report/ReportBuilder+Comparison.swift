/// What changed since an earlier run: the data or the method, and the biggest movers.
extension ReportBuilder {
    func comparisonSection() -> String {
        guard let previous else {
            return section(id: "changes", heading: "Changes since the previous run",
                           guide: "There is no earlier complete run in this database to compare with.", body: "")
        }
        let now = data.run, then = previous.run
        let checks: [(String, String?, String?, String)] = [
            ("Input (fingerprint of the articles read)", then.inputFingerprint, now.inputFingerprint, "data"),
            ("Options", then.optionsHash, now.optionsHash, "method"),
            ("Sentiment lexicon", then.lexiconChecksum, now.lexiconChecksum, "method"),
            ("Gazetteer", then.gazetteerChecksum, now.gazetteerChecksum, "method"),
            ("geotone version", then.toolVersion, now.toolVersion, "method"),
        ]
        let dataChanged = checks.contains { $0.3 == "data" && $0.1 != $0.2 }
        let methodChanged = checks.contains { $0.3 == "method" && $0.1 != $0.2 }
        let verdict: String
        switch (dataChanged, methodChanged) {
        case (false, false): verdict = "Same articles, same method: the two runs should agree exactly."
        case (true, false): verdict = "The articles changed, the method did not: differences come from the news itself."
        case (false, true): verdict = "Same articles, different method: differences come from the method change alone."
        case (true, true): verdict = "Both the articles and the method changed: read the movers with care."
        }
        var body = "<p class=\"verdict\">Compared with run \(then.id) (\(ReportFormat.escape(then.startedAt))): \(ReportFormat.escape(verdict))</p>"
        body += HTMLTable(headers: ["What", "Run \(then.id)", "Run \(now.id)", "Changed"],
                          rows: checks.map { [$0.0, short($0.1), short($0.2), $0.1 == $0.2 ? "no" : "yes"] }
                            + [["Articles", ReportFormat.count(then.articles), ReportFormat.count(now.articles),
                                then.articles == now.articles ? "no" : ReportFormat.signedCount((now.articles ?? 0) - (then.articles ?? 0))]]).render()

        // Countries: change in share of articles, in percentage points.
        var before: [String: ReportData.Country] = [:]
        for c in previous.countries { before[c.code] = c }
        var after: [String: ReportData.Country] = [:]
        for c in data.countries { after[c.code] = c }
        let codes = Array(Set(before.keys).union(after.keys)).sorted()
        let countryMoves = codes.map { code in (code, (after[code]?.share ?? 0) - (before[code]?.share ?? 0)) }
            .filter { abs($0.1) > 1e-12 }
            .sorted { (abs($1.1), $0.0) < (abs($0.1), $1.0) }
            .prefix(Self.movers)
        body += moversBlock(kind: "countries", heading: "Countries", axis: "Change in share of articles (percentage points)",
                            rows: countryMoves.map { move in
                                let a = before[move.0], b = after[move.0]
                                return (name(move.0), move.1 * 100, "\(ReportFormat.signedPoints(move.1 * 100)) pp",
                                        [name(move.0), ReportFormat.count(a?.articles ?? 0), ReportFormat.count(b?.articles ?? 0),
                                         ReportFormat.percent(a?.share ?? 0), ReportFormat.percent(b?.share ?? 0),
                                         ReportFormat.signedPoints(move.1 * 100),
                                         ReportFormat.signed(a?.meanCompound, decimals: 3), ReportFormat.signed(b?.meanCompound, decimals: 3)])
                            },
                            headers: ["Country", "Articles then", "Articles now", "Share then", "Share now", "Change (pp)", "Compound then", "Compound now"])

        // Pairs: change in shared articles.
        // Every pair of either run with its change; the order (largest change, then key) decides which are shown.
        var pairsBefore: [String: Int] = [:]
        pairsBefore.reserveCapacity(previous.pairs.count)
        for p in previous.pairs { pairsBefore[p.a + "|" + p.b] = p.articles }
        var pairsAfter: [String: Int] = [:]
        pairsAfter.reserveCapacity(data.pairs.count)
        for p in data.pairs { pairsAfter[p.a + "|" + p.b] = p.articles }
        var changes: [(String, Int)] = []
        for (key, after) in pairsAfter where after != (pairsBefore[key] ?? 0) { changes.append((key, after - (pairsBefore[key] ?? 0))) }
        for (key, before) in pairsBefore where pairsAfter[key] == nil && before != 0 { changes.append((key, -before)) }
        let pairMoves = changes
            .sorted { (abs($1.1), $0.0) < (abs($0.1), $1.0) }
            .prefix(Self.movers)
        body += moversBlock(kind: "pairs", heading: "Pairs", axis: "Change in articles mentioning both",
                            rows: pairMoves.map { move in
                                let parts = move.0.split(separator: "|").map(String.init)
                                let label = "\(name(parts[0])) & \(name(parts[1]))"
                                return (label, Double(move.1), ReportFormat.signedCount(move.1),
                                        [label, ReportFormat.count(pairsBefore[move.0] ?? 0), ReportFormat.count(pairsAfter[move.0] ?? 0),
                                         ReportFormat.signedCount(move.1)])
                            },
                            headers: ["Pair", "Articles then", "Articles now", "Change"])

        // Regions: continents and sub-regions, change in share.
        var regionsBefore: [String: ReportData.Region] = [:]
        for r in previous.regions { regionsBefore[r.level + "|" + r.region] = r }
        var regionsAfter: [String: ReportData.Region] = [:]
        for r in data.regions { regionsAfter[r.level + "|" + r.region] = r }
        let regionKeys = Array(Set(regionsBefore.keys).union(regionsAfter.keys)).sorted()
            .filter { $0.hasPrefix("continent|") || $0.hasPrefix("subregion|") || $0.hasPrefix("group|") }
        let regionMoves = regionKeys.map { ($0, (regionsAfter[$0]?.share ?? 0) - (regionsBefore[$0]?.share ?? 0)) }
            .filter { abs($0.1) > 1e-12 }
            .sorted { (abs($1.1), $0.0) < (abs($0.1), $1.0) }
            .prefix(Self.movers)
        body += moversBlock(kind: "regions", heading: "Regions and groups", axis: "Change in share of articles (percentage points)",
                            rows: regionMoves.map { move in
                                let region = regionsAfter[move.0] ?? regionsBefore[move.0]
                                let label = region.map(regionName) ?? move.0
                                return (label, move.1 * 100, "\(ReportFormat.signedPoints(move.1 * 100)) pp",
                                        [label, ReportFormat.percent(regionsBefore[move.0]?.share ?? 0),
                                         ReportFormat.percent(regionsAfter[move.0]?.share ?? 0), ReportFormat.signedPoints(move.1 * 100)])
                            },
                            headers: ["Region", "Share then", "Share now", "Change (pp)"])
        return section(id: "changes", heading: "Changes since run \(then.id)",
                       guide: "Bars to the right rose since the earlier run, bars to the left fell; first check whether the data or the method changed.",
                       body: body)
    }

    private func short(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "n/a" }
        return value.count > 12 ? String(value.prefix(12)) + "…" : value
    }

    private func moversBlock(kind: String, heading: String, axis: String,
                             rows: [(String, Double, String, [String])], headers: [String]) -> String {
        var s = "<h3>\(ReportFormat.escape(heading))</h3>"
        guard !rows.isEmpty else { return s + "<p class=\"muted\">No change.</p>" }
        let chart = DeltaChart(id: "movers-\(kind)", title: "Biggest movers: \(heading.lowercased())",
                               desc: "Bar chart of the \(rows.count) largest changes; bars right of zero rose, left fell.",
                               axisLabel: axis, rows: rows.map { DeltaChart.Row(label: $0.0, value: $0.1, text: $0.2) })
        s += "<figure>\(chart.render())</figure>"
        s += HTMLTable(headers: headers, rows: rows.map(\.3), numeric: Set(1..<headers.count)).details("Numbers behind the chart")
        return s
    }
}
