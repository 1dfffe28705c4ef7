/// Everything one report shows about one run, read from the result store.
///
/// Rows are kept in the order the report prints them (never in hash order).
public struct ReportData: Sendable {
    /// One row of `runs`.
    public struct Run: Sendable {
        public var id: Int64
        public var label: String?
        public var startedAt: String
        public var finishedAt: String?
        public var toolVersion: String
        public var optionsJSON: String
        public var optionsHash: String
        public var lexiconChecksum: String
        public var gazetteerChecksum: String
        public var inputFingerprint: String?
        public var files: Int
        public var articles: Int
        public var duplicates: Int
        public var undated: Int
        public var diagnostics: Int
        public var countries: Int
        public var meanCompound: Double?
    }

    /// One row of `country_stats`.
    public struct Country: Sendable {
        public var code: String
        public var name: String
        public var continent: String
        public var subregion: String
        public var articles: Int
        public var mentions: Int
        public var share: Double
        public var meanCompound: Double?
    }

    /// One row of `comentions`.
    public struct Pair: Sendable {
        public var a: String
        public var b: String
        public var articles: Int
        public var npmi: Double?
        public var meanCompound: Double?
    }

    /// One row of `region_stats`.
    public struct Region: Sendable {
        public var level: String
        public var region: String
        public var countriesMentioned: Int
        public var articles: Int
        public var share: Double
        public var meanCompound: Double?
    }

    /// One row of `timeline`.
    public struct TimelinePoint: Sendable {
        public var period: String
        public var entityType: String
        public var entity: String
        public var articles: Int
        public var meanCompound: Double?
    }

    /// One row of `diagnostics`.
    public struct Diagnostic: Sendable {
        public var severity: String
        public var code: String
        public var path: String
        public var line: Int
        public var message: String
    }

    public var run: Run
    /// First and last article date (ISO), when any article is dated.
    public var dateRange: (first: String, last: String)?
    /// Countries by articles (descending), then code.
    public var countries: [Country]
    /// Pairs by articles (descending), then codes.
    public var pairs: [Pair]
    /// Regions by level, then articles (descending), then name.
    public var regions: [Region]
    /// Timeline points by entity type, entity, period.
    public var timeline: [TimelinePoint]
    /// Diagnostics in the order they were reported.
    public var diagnostics: [Diagnostic]
    /// Analysed articles read in a language other than English, per ISO 639-1 code (they have no tone).
    public var otherLanguages: [(code: String, articles: Int)] = []

    /// The country with `code`, if it was mentioned.
    public func country(_ code: String) -> Country? { countries.first { $0.code == code } }
}
