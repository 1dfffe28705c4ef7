/// Corpus-wide counts built article by article; one per worker, merged at the end.
///
/// Merging is exact and order-independent (integer counts, fixed-point sums).
public struct CorpusAccumulator: Sendable {
    public private(set) var articles = 0
    public private(set) var totalCountryMentions = 0
    /// Per country index.
    public private(set) var countries: [Tally]
    /// Per unordered pair `a << 32 | b` with a < b: articles, sentences, compound over shared sentences.
    public private(set) var pairs: [UInt64: Tally] = [:]
    /// Per region index.
    public private(set) var regions: [RegionTally]
    /// Per (period, kind, entity index); kind 0 = country, 1 = region.
    public private(set) var timeline: [TimelineKey: Tally] = [:]
    /// Per dateline country: articles, and articles mentioning each country.
    public private(set) var datelines: [Int32: DatelineTally] = [:]
    /// Articles without a date.
    public private(set) var undated = 0

    let regionModel: RegionModel

    public init(countryCount: Int, regionModel: RegionModel) {
        countries = Array(repeating: Tally(), count: countryCount)
        regions = Array(repeating: RegionTally(), count: regionModel.regions.count)
        self.regionModel = regionModel
    }

    /// Adds one article.
    public mutating func add(_ facts: ArticleFacts) {
        articles += 1
        if facts.date == nil { undated += 1 }
        for (country, count) in zip(facts.countries, facts.countryMentions) {
            countries[Int(country)].articles += 1
            countries[Int(country)].mentions += count
            totalCountryMentions += count
            timeline[TimelineKey(period: facts.period, kind: 0, entity: country), default: Tally()].articles += 1
            timeline[TimelineKey(period: facts.period, kind: 0, entity: country), default: Tally()].mentions += count
        }
        for i in 0..<facts.countries.count {
            for j in (i + 1)..<max(i + 1, facts.countries.count) {
                pairs[Self.pairKey(facts.countries[i], facts.countries[j]), default: Tally()].articles += 1
            }
        }
        addRegions(facts)
        for sentence in facts.sentences {
            for country in sentence.countries {
                countries[Int(country)].addSentence(sentence.compound)
                timeline[TimelineKey(period: facts.period, kind: 0, entity: country), default: Tally()].addSentence(sentence.compound)
            }
            let c = sentence.countries
            for i in 0..<c.count {
                for j in (i + 1)..<max(i + 1, c.count) {
                    pairs[Self.pairKey(c[i], c[j]), default: Tally()].addSentence(sentence.compound)
                }
            }
        }
        if let dateline = facts.datelineCountry {
            var tally = datelines[dateline] ?? DatelineTally()
            tally.articles += 1
            for country in facts.countries { tally.mentioned[country, default: 0] += 1 }
            datelines[dateline] = tally
        }
    }

    private mutating func addRegions(_ facts: ArticleFacts) {
        // Regions touched by the article: through member countries (on the article's date) or named directly.
        var memberCountries: [Int32: [Int32]] = [:]
        var memberMentions: [Int32: Int] = [:]
        for (country, count) in zip(facts.countries, facts.countryMentions) {
            for region in regionModel.regions(of: country, on: facts.date) {
                memberCountries[region, default: []].append(country)
                memberMentions[region, default: 0] += count
            }
        }
        var direct: [Int32: Int] = [:]
        for (region, count) in zip(facts.regions, facts.regionMentions) { direct[region] = count }
        let touched = Set(memberCountries.keys).union(direct.keys)
        for region in touched {
            let members = memberCountries[region] ?? []
            var tally = regions[Int(region)]
            tally.base.articles += 1
            tally.base.mentions += (memberMentions[region] ?? 0) + (direct[region] ?? 0)
            tally.directMentions += direct[region] ?? 0
            for country in members { tally.countryArticles[country, default: 0] += 1 }
            let memberSet = Set(members)
            let outside = facts.countries.filter { !memberSet.contains($0) }
            tally.internalPairArticles += members.count * (members.count - 1) / 2
            tally.externalPairArticles += members.count * outside.count
            for other in outside {
                for partner in regionModel.regions(of: other, on: facts.date)
                where regionModel.regions[Int(partner)].level == regionModel.regions[Int(region)].level && partner != region {
                    tally.partnerPairArticles[partner, default: 0] += members.count
                }
            }
            regions[Int(region)] = tally
            timeline[TimelineKey(period: facts.period, kind: 1, entity: region), default: Tally()].articles += 1
            timeline[TimelineKey(period: facts.period, kind: 1, entity: region), default: Tally()].mentions +=
                (memberMentions[region] ?? 0) + (direct[region] ?? 0)
        }
        for sentence in facts.sentences {
            var sentenceRegions = Set(sentence.regions)
            for country in sentence.countries {
                sentenceRegions.formUnion(regionModel.regions(of: country, on: facts.date))
            }
            for region in sentenceRegions {
                regions[Int(region)].base.addSentence(sentence.compound)
                timeline[TimelineKey(period: facts.period, kind: 1, entity: region), default: Tally()].addSentence(sentence.compound)
            }
        }
    }

    /// The key of the unordered pair (a, b).
    @inlinable public static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }

    /// Adds another accumulator's counts to this one.
    public mutating func merge(_ other: CorpusAccumulator) {
        articles += other.articles
        undated += other.undated
        totalCountryMentions += other.totalCountryMentions
        for i in countries.indices { countries[i] += other.countries[i] }
        for (key, tally) in other.pairs { pairs[key, default: Tally()] += tally }
        for i in regions.indices { regions[i].merge(other.regions[i]) }
        for (key, tally) in other.timeline { timeline[key, default: Tally()] += tally }
        for (key, tally) in other.datelines {
            var mine = datelines[key] ?? DatelineTally()
            mine.articles += tally.articles
            for (country, n) in tally.mentioned { mine.mentioned[country, default: 0] += n }
            datelines[key] = mine
        }
    }
}

/// A timeline cell: period, entity kind (0 country, 1 region) and entity index.
public struct TimelineKey: Hashable, Sendable, Comparable {
    public var period: String
    public var kind: UInt8
    public var entity: Int32
    public static func < (a: TimelineKey, b: TimelineKey) -> Bool {
        (a.period, a.kind, a.entity) < (b.period, b.kind, b.entity)
    }
}

/// Per-region counts beyond the common tally.
public struct RegionTally: Sendable {
    public var base = Tally()
    public var directMentions = 0
    public var countryArticles: [Int32: Int] = [:]
    public var internalPairArticles = 0
    public var externalPairArticles = 0
    public var partnerPairArticles: [Int32: Int] = [:]

    mutating func merge(_ other: RegionTally) {
        base += other.base
        directMentions += other.directMentions
        internalPairArticles += other.internalPairArticles
        externalPairArticles += other.externalPairArticles
        for (k, v) in other.countryArticles { countryArticles[k, default: 0] += v }
        for (k, v) in other.partnerPairArticles { partnerPairArticles[k, default: 0] += v }
    }
}

/// Articles filed from one dateline country and the countries they mention.
public struct DatelineTally: Sendable {
    public var articles = 0
    public var mentioned: [Int32: Int] = [:]
}
