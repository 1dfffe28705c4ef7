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
    /// The sentences (title included) that name at least one country or region, in text order (the others
    /// contribute nothing to aggregation), stored flat: a handful of arrays per article, none per sentence.
    public var sentenceTable = SentenceTable()

    /// ``sentenceTable`` as one value per sentence.
    public var sentences: [Sentence] {
        get { sentenceTable.sentences }
        set { sentenceTable = SentenceTable(newValue) }
    }

    /// The dateline place's country, when resolved.
    public var datelineCountry: Int32?

    public init(date: String?, period: String, countries: [Int32], countryMentions: [Int], regions: [Int32],
                regionMentions: [Int], sentences: [Sentence], datelineCountry: Int32?) {
        self.init(date: date, period: period, countries: countries, countryMentions: countryMentions, regions: regions,
                  regionMentions: regionMentions, sentenceTable: SentenceTable(sentences), datelineCountry: datelineCountry)
    }

    /// Facts whose sentences are given as a table.
    public init(date: String?, period: String, countries: [Int32], countryMentions: [Int], regions: [Int32],
                regionMentions: [Int], sentenceTable: SentenceTable, datelineCountry: Int32?) {
        self.date = date
        self.period = period
        self.countries = countries
        self.countryMentions = countryMentions
        self.regions = regions
        self.regionMentions = regionMentions
        self.sentenceTable = sentenceTable
        self.datelineCountry = datelineCountry
    }
}

extension ArticleFacts {
    /// Sentences in flat arrays: sentence `k`'s countries are `countries[countryStart(k)..<countryEnds[k]]` (with their
    /// attributed compounds at the same positions of `countryCompounds`), its regions likewise.
    public struct SentenceTable: Sendable {
        public private(set) var compounds: [Double] = []
        public private(set) var countryEnds: [Int32] = []
        public private(set) var regionEnds: [Int32] = []
        public private(set) var countries: [Int32] = []
        public private(set) var countryCompounds: [Double] = []
        public private(set) var regions: [Int32] = []

        public init() {}

        init(_ sentences: [Sentence]) {
            for s in sentences {
                append(countries: s.countries, countryCompounds: s.countryCompounds, regions: s.regions, compound: s.compound)
            }
        }

        /// Sentences held.
        public var count: Int { compounds.count }

        @inline(__always) public func countryRange(_ k: Int) -> Range<Int> {
            (k == 0 ? 0 : Int(countryEnds[k - 1]))..<Int(countryEnds[k])
        }

        @inline(__always) public func regionRange(_ k: Int) -> Range<Int> {
            (k == 0 ? 0 : Int(regionEnds[k - 1]))..<Int(regionEnds[k])
        }

        /// Adds a sentence; `countryCompounds` is aligned with `countries`.
        public mutating func append(countries c: some Collection<Int32>, countryCompounds a: some Collection<Double>,
                                    regions g: some Collection<Int32>, compound: Double) {
            countries.append(contentsOf: c)
            countryCompounds.append(contentsOf: a)
            regions.append(contentsOf: g)
            compounds.append(compound)
            countryEnds.append(Int32(countries.count))
            regionEnds.append(Int32(regions.count))
        }

        /// Makes room for `sentences` sentences holding `entries` countries and regions in all, so that filling the
        /// table allocates each array once instead of growing it from empty (an article's facts are built fresh).
        public mutating func reserve(sentences: Int, entries: Int) {
            compounds.reserveCapacity(sentences)
            countryEnds.reserveCapacity(sentences)
            regionEnds.reserveCapacity(sentences)
            countries.reserveCapacity(entries)
            countryCompounds.reserveCapacity(entries)
            regions.reserveCapacity(entries)
        }

        /// Adds a sentence's country (call before ``endSentence(compound:)``).
        @inline(__always) public mutating func appendCountry(_ country: Int32, compound: Double) {
            countries.append(country)
            countryCompounds.append(compound)
        }

        /// Adds a sentence's region (call before ``endSentence(compound:)``).
        @inline(__always) public mutating func appendRegion(_ region: Int32) { regions.append(region) }

        /// Closes the sentence whose countries and regions were just appended.
        public mutating func endSentence(compound: Double) {
            compounds.append(compound)
            countryEnds.append(Int32(countries.count))
            regionEnds.append(Int32(regions.count))
        }

        /// Removes the countries and regions appended since the last ``endSentence(compound:)``.
        public mutating func dropOpenSentence() {
            countries.removeSubrange(Int(countryEnds.last ?? 0)...)
            countryCompounds.removeSubrange(Int(countryEnds.last ?? 0)...)
            regions.removeSubrange(Int(regionEnds.last ?? 0)...)
        }

        /// Countries and regions appended since the last ``endSentence(compound:)``.
        public var openCountries: Int { countries.count - Int(countryEnds.last ?? 0) }
        public var openRegions: Int { regions.count - Int(regionEnds.last ?? 0) }

        /// Sets the attributed compound of the open sentence's country at `offset` from its first.
        public mutating func setOpenCountryCompound(_ value: Double, at offset: Int) {
            countryCompounds[Int(countryEnds.last ?? 0) + offset] = value
        }

        /// One value per sentence.
        public var sentences: [Sentence] {
            (0..<count).map { k in
                Sentence(countries: Array(countries[countryRange(k)]), regions: Array(regions[regionRange(k)]),
                         compound: compounds[k], countryCompounds: Array(countryCompounds[countryRange(k)]))
            }
        }
    }
}
