import Foundation

/// The co-mention heatmap and the network of the strongest pairs.
extension ReportBuilder {
    /// The top countries for the heatmap, in clustering order, with the pair lookup used to draw it.
    func heatmapOrder() -> (codes: [String], pairs: [String: ReportData.Pair]) {
        let top = Array(data.countries.filter { $0.articles > 0 }.prefix(Self.heatmapCountries))
        // Only pairs among the heatmap's countries are looked up.
        let topCodes = Set(top.map(\.code))
        var pairs: [String: ReportData.Pair] = [:]
        for pair in data.pairs where topCodes.contains(pair.a) && topCodes.contains(pair.b) {
            pairs[pair.a + "|" + pair.b] = pair; pairs[pair.b + "|" + pair.a] = pair
        }
        let total = Double(max(data.run.articles ?? 0, 1))
        // Similarity for clustering: the stored NPMI, or one computed from the counts when the pair was too
        // rare for a stored measure, and −1 (never together) otherwise.
        let similarity: [[Double]] = top.map { a in
            top.map { b in
                if a.code == b.code { return 1 }
                guard let pair = pairs[a.code + "|" + b.code], pair.articles > 0 else { return -1 }
                if let npmi = pair.npmi { return npmi }
                let pab = Double(pair.articles) / total
                let pa = Double(a.articles) / total, pb = Double(b.articles) / total
                guard pab < 1 else { return 1 }
                return log(pab / (pa * pb)) / -log(pab)
            }
        }
        let order = Seriation.order(similarity: similarity)
        return (order.map { top[$0].code }, pairs)
    }

    func pairsSection() -> String {
        let (codes, pairs) = heatmapOrder()
        guard codes.count >= 2 else {
            return section(id: "pairs", heading: "Countries mentioned together",
                           guide: "Fewer than two countries were mentioned, so there are no pairs to show.", body: "")
        }
        let npmi = codes.map { a in codes.map { b in a == b ? nil : pairs[a + "|" + b]?.npmi } }
        let counts = codes.map { a in codes.map { b in a == b ? 0 : (pairs[a + "|" + b]?.articles ?? 0) } }
        let heatmap = Heatmap(
            id: "heatmap", title: "Co-mentions among the \(codes.count) most mentioned countries",
            desc: "Heatmap; each cell is a pair of countries coloured by normalised pointwise mutual information (NPMI): blue pairs appear together more often than chance, orange less. Rows and columns are ordered by average-linkage clustering so blocs sit together.",
            names: codes.map(name), npmi: npmi, articles: counts)
        var body = "<figure>\(heatmap.render())</figure>"
        var rows: [[String]] = []
        for (i, a) in codes.enumerated() {
            for b in codes[(i + 1)...] {
                guard let pair = pairs[a + "|" + b], pair.articles > 0 else { continue }
                rows.append([name(pair.a), name(pair.b), ReportFormat.count(pair.articles),
                             ReportFormat.signed(pair.npmi, decimals: 3)])
            }
        }
        body += HTMLTable(headers: ["Country", "Country", "Articles together", "NPMI"], rows: rows, numeric: [2, 3])
            .details("Numbers behind the heatmap (\(ReportFormat.count(rows.count)) pairs)")

        // Network: the pairs sharing the most articles, among those with an association measure.
        let strongest = Array(data.pairs.filter { $0.npmi != nil && $0.articles > 0 }
            .sorted { ($1.articles, $1.npmi ?? 0, $0.a, $0.b) < ($0.articles, $0.npmi ?? 0, $1.a, $1.b) }
            .prefix(Self.networkPairs))
        if !strongest.isEmpty {
            var nodeCodes: [String] = codes.filter { code in strongest.contains { $0.a == code || $0.b == code } }
            for code in strongest.flatMap({ [$0.a, $0.b] }) where !nodeCodes.contains(code) { nodeCodes.append(code) }
            let index = Dictionary(uniqueKeysWithValues: nodeCodes.enumerated().map { ($0.element, $0.offset) })
            let network = NetworkChart(
                id: "network", title: "The \(strongest.count) pairs mentioned together most often",
                desc: "Network; countries sit on a circle in the heatmap's clustering order, and a curve joins two countries when they share articles. Wider curves mean more shared articles; colour is NPMI.",
                nodes: nodeCodes.map { NetworkChart.Node(name: name($0), articles: data.country($0)?.articles ?? 0) },
                edges: strongest.compactMap { pair in
                    guard let a = index[pair.a], let b = index[pair.b] else { return nil }
                    return NetworkChart.Edge(a: a, b: b, articles: pair.articles, npmi: pair.npmi)
                })
            body += "<p class=\"guide\">The strongest pairs as a network: wide curves join countries that often share an article; blue curves are pairs that meet more than chance predicts.</p>"
            body += "<figure>\(network.render())</figure>"
            body += HTMLTable(headers: ["Country", "Country", "Articles together", "NPMI", "Mean compound"],
                              rows: strongest.map { [name($0.a), name($0.b), ReportFormat.count($0.articles),
                                                     ReportFormat.signed($0.npmi, decimals: 3), ReportFormat.signed($0.meanCompound, decimals: 3)] },
                              numeric: [2, 3, 4]).details("Numbers behind the network")
        }
        return section(id: "pairs", heading: "Countries mentioned together",
                       guide: "Blue cells: the two countries share articles more often than their separate frequencies predict (NPMI > 0); orange: less; grey: too few shared articles to measure. Hover a cell for the article count.",
                       body: body)
    }
}
