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
        var pairs: [(tally: Tally, a: String, b: String, ia: Int, ib: Int)] = []
        for (key, tally) in acc.pairs {
            var ia = Int(key >> 32), ib = Int(key & 0xFFFF_FFFF)
            if countries[ia].alpha2 > countries[ib].alpha2 { swap(&ia, &ib) }
            pairs.append((tally, countries[ia].alpha2, countries[ib].alpha2, ia, ib))
        }
        pairs.sort { ($0.tally.articles, $1.a, $1.b) > ($1.tally.articles, $0.a, $0.b) }
        for (t, a, b, ia, ib) in pairs {
            let assoc = t.articles >= minPairArticles
                ? Association.measure(pairArticles: t.articles, aArticles: acc.countries[ia].articles,
                                      bArticles: acc.countries[ib].articles, totalArticles: articleTotal) : nil
            try pairCSV.writeRow([.text(a), .text(b), .integer(t.articles), .integer(t.sentences),
                                  .fixed(assoc?.expected, decimals: 4), .fixed(assoc?.lift, decimals: 4),
                                  .fixed(assoc?.pmi, decimals: 4), .fixed(assoc?.npmi, decimals: 4),
                                  .fixed(assoc?.jaccard, decimals: 4), .fixed(assoc?.g2, decimals: 4),
                                  .fixed(t.meanCompound, decimals: 4)])
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
