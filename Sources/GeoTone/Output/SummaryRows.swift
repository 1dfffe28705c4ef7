/// One row of `countries.csv` (and the store's `country_stats`), at full precision.
public struct CountryRow: Sendable, Equatable {
    public var code: String
    public var iso3: String
    public var name: String
    public var continent: String
    public var subregion: String
    public var articles: Int
    public var mentions: Int
    /// Share of analysed (non-duplicate) articles.
    public var share: Double
    public var sentences: Int
    public var meanCompound: Double?
    public var positiveSentences: Int
    public var negativeSentences: Int
}

/// One row of `comentions.csv` (`comentions`).
public struct PairRow: Sendable, Equatable {
    public var a: String
    public var b: String
    public var articles: Int
    public var sentences: Int
    public var expected: Double?
    public var lift: Double?
    public var pmi: Double?
    public var npmi: Double?
    public var jaccard: Double?
    public var g2: Double?
    public var meanCompound: Double?
}

/// One row of `regions.csv` (`region_stats`).
public struct RegionRow: Sendable, Equatable {
    public var level: String
    public var region: String
    public var countriesMentioned: Int
    public var articles: Int
    public var mentions: Int
    public var directMentions: Int
    /// Share of analysed articles.
    public var share: Double
    public var shareOfMentions: Double
    public var meanCompound: Double?
    public var positiveShare: Double?
    public var negativeShare: Double?
    public var topCountries: String
    public var internalPairArticles: Int
    public var externalPairArticles: Int
    public var topPartnerRegion: String
}

/// One row of `timeline.csv` (`timeline`).
public struct TimelineRow: Sendable, Equatable {
    public var period: String
    public var entityType: String
    public var entity: String
    public var articles: Int
    public var mentions: Int
    public var meanCompound: Double?
}

/// One row of `datelines.csv` (`datelines`).
public struct DatelineRow: Sendable, Equatable {
    public var country: String
    public var articles: Int
    public var topMentioned: String
}

/// The corpus tables of a run, in the order of their CSV files.
public struct SummaryRows: Sendable {
    public var countries: [CountryRow] = []
    public var pairs: [PairRow] = []
    public var regions: [RegionRow] = []
    public var timeline: [TimelineRow] = []
    public var datelines: [DatelineRow] = []
    public init() {}
}
