/// Writes the corpus-level tables (`countries.csv`, `comentions.csv`, `regions.csv`, `timeline.csv`,
/// `datelines.csv`) from the merged accumulator, and gives their rows at full precision for the store.
public struct SummaryTableWriter {
    public static let countryColumns = ["country", "iso3", "name", "continent", "subregion", "articles", "mentions",
                                        "share_of_articles", "sentences", "mean_compound", "positive_sentences", "negative_sentences"]
    public static let comentionColumns = ["country_a", "country_b", "articles", "sentences", "expected", "lift", "pmi",
                                          "npmi", "jaccard", "g2", "mean_compound"]
    public static let regionColumns = ["level", "region", "countries_mentioned", "articles", "mentions", "direct_mentions",
                                       "share_of_articles", "share_of_mentions", "mean_compound", "positive_share",
                                       "negative_share", "top_countries", "internal_pair_articles", "external_pair_articles",
                                       "top_partner_region"]
    public static let timelineColumns = ["period", "entity_type", "entity", "articles", "mentions", "mean_compound"]
    public static let datelineColumns = ["dateline_country", "articles", "top_mentioned"]

    /// Members listed in `top_countries`.
    public static let topCountriesCount = 3
    /// Countries listed in `datelines.csv`'s `top_mentioned`.
    public static let topMentionedCount = 3

    public let countries: [Country]
    public let regions: RegionModel
    public let minPairArticles: Int
    /// Analysed (non-duplicate) articles: the denominator of shares.
    public let articleTotal: Int

    public init(countries: [Country], regions: RegionModel, minPairArticles: Int, articleTotal: Int) {
        self.countries = countries
        self.regions = regions
        self.minPairArticles = minPairArticles
        self.articleTotal = articleTotal
    }

    func share(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }

    /// Writes every table to temporary files; returns the files to commit and the rows.
    public func write(_ acc: CorpusAccumulator, outDirectory: String) throws -> (files: [CSVTableWriter], rows: SummaryRows) {
        var rows = SummaryRows()

        // countries.csv: countries with at least one article, most articles first, then code.
        let countryCSV = try CSVTableWriter(path: outDirectory + "/countries.csv", header: Self.countryColumns)
        let order = acc.countries.indices.filter { acc.countries[$0].articles > 0 }
            .sorted { (acc.countries[$0].articles, countries[$1].alpha2) > (acc.countries[$1].articles, countries[$0].alpha2) }
        for i in order {
            let t = acc.countries[i], c = countries[i]
            let shareValue = share(t.articles, articleTotal)
            try countryCSV.writeRow([.text(c.alpha2), .text(c.alpha3), .text(c.name), .text(c.continent), .text(c.subregion),
                                     .integer(t.articles), .integer(t.mentions), .number(shareValue, decimals: 4),
                                     .integer(t.sentences), .fixed(t.meanCompound, decimals: 4), .integer(t.positiveSentences),
                                     .integer(t.negativeSentences)])
            rows.countries.append(CountryRow(code: c.alpha2, iso3: c.alpha3, name: c.name, continent: c.continent, subregion: c.subregion,
                                             articles: t.articles, mentions: t.mentions, share: shareValue, sentences: t.sentences,
                                             meanCompound: t.meanCompound, positiveSentences: t.positiveSentences,
                                             negativeSentences: t.negativeSentences))
        }

        // comentions.csv: pairs by articles (desc), then codes.
        let pairCSV = try CSVTableWriter(path: outDirectory + "/comentions.csv", header: Self.comentionColumns)
        // Codes ranked once: the pairs are sorted by articles and the two codes' ranks, not by the Strings.
        var codeRank = [Int](repeating: 0, count: countries.count)
        for (rank, i) in countries.indices.sorted(by: { countries[$0].alpha2 < countries[$1].alpha2 }).enumerated() { codeRank[i] = rank }
        var pairs: [(tally: Tally, ia: Int, ib: Int)] = []
        acc.forEachPair { a, b, tally in
            var ia = a, ib = b
            if codeRank[ia] > codeRank[ib] { swap(&ia, &ib) }
            pairs.append((tally, ia, ib))
        }
        pairs.sort { ($0.tally.articles, codeRank[$1.ia], codeRank[$1.ib]) > ($1.tally.articles, codeRank[$0.ia], codeRank[$0.ib]) }
        rows.pairs.reserveCapacity(pairs.count)
        for (t, ia, ib) in pairs {
            let a = countries[ia].alpha2, b = countries[ib].alpha2
            let assoc = t.articles >= minPairArticles
                ? Association.measure(pairArticles: t.articles, aArticles: acc.countries[ia].articles,
                                      bArticles: acc.countries[ib].articles, totalArticles: articleTotal) : nil
            pairCSV.cell(a); pairCSV.cell(b); pairCSV.cell(t.articles); pairCSV.cell(t.sentences)
            pairCSV.cell(assoc?.expected, decimals: 4); pairCSV.cell(assoc?.lift, decimals: 4)
            pairCSV.cell(assoc?.pmi, decimals: 4); pairCSV.cell(assoc?.npmi, decimals: 4)
            pairCSV.cell(assoc?.jaccard, decimals: 4); pairCSV.cell(assoc?.g2, decimals: 4)
            pairCSV.cell(t.meanCompound, decimals: 4)
            try pairCSV.endRow()
            rows.pairs.append(PairRow(a: a, b: b, articles: t.articles, sentences: t.sentences, expected: assoc?.expected,
                                      lift: assoc?.lift, pmi: assoc?.pmi, npmi: assoc?.npmi, jaccard: assoc?.jaccard, g2: assoc?.g2,
                                      meanCompound: t.meanCompound))
        }

        let regionCSV = try writeRegions(acc, outDirectory: outDirectory, rows: &rows.regions)
        let timelineCSV = try writeTimeline(acc, outDirectory: outDirectory, rows: &rows.timeline)
        let datelineCSV = try writeDatelines(acc, outDirectory: outDirectory, rows: &rows.datelines)
        return ([countryCSV, pairCSV, regionCSV, timelineCSV, datelineCSV], rows)
    }
}
