/// What aggregation needs to know about one analysed article; countries and regions are indices.
public struct ArticleFacts: Sendable {
    /// One sentence: the countries and regions it mentions and its compound score.
    public struct Sentence: Sendable {
        public var countries: [Int32]
        public var regions: [Int32]
        /// The sentence's compound (regions and country pairs get this one).
        public var compound: Double
        /// The compound attributed to each of `countries` (aligned with it; see ``Attribution``).
        public var countryCompounds: [Double]
        /// A sentence whose countries get `countryCompounds` (default: the sentence's compound for each).
        public init(countries: [Int32], regions: [Int32], compound: Double, countryCompounds: [Double]? = nil) {
            self.countries = countries
            self.regions = regions
            self.compound = compound
            self.countryCompounds = countryCompounds ?? Array(repeating: compound, count: countries.count)
        }
    }

    /// ISO date, when known (group memberships are checked against it).
    public var date: String?
    /// Timeline period key (`2023-02`, `2023-W09`, `2023-02-28` or `unknown`).
    public var period: String
    /// Countries mentioned, sorted, unique.
    public var countries: [Int32]
    /// Mentions per country, aligned with `countries`.
    public var countryMentions: [Int]
    /// Regions or groups named directly, sorted, unique.
    public var regions: [Int32]
    /// Direct mentions per region, aligned with `regions`.
    public var regionMentions: [Int]
    /// The sentences (title included) that name at least one country or region, in text order; the others
    /// contribute nothing to aggregation.
    public var sentences: [Sentence]
    /// The dateline place's country, when resolved.
    public var datelineCountry: Int32?

    public init(date: String?, period: String, countries: [Int32], countryMentions: [Int], regions: [Int32],
                regionMentions: [Int], sentences: [Sentence], datelineCountry: Int32?) {
        self.date = date
        self.period = period
        self.countries = countries
        self.countryMentions = countryMentions
        self.regions = regions
        self.regionMentions = regionMentions
        self.sentences = sentences
        self.datelineCountry = datelineCountry
    }
}
