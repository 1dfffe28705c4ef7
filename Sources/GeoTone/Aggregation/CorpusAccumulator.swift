/// Corpus-wide counts built article by article; one per worker, merged at the end.
///
/// Merging is exact and order-independent (integer counts, fixed-point sums).
/// Storage is dense (indexed arrays; a ~250-country gazetteer makes the pair matrix about 3 MB) so that
/// adding an article does no hashing and no allocation; the dictionary views below are built on demand
/// for the writers.
/// - Complexity: `add` is O(mentions + sentence entities + regions touched × countries), no hashing.
public struct CorpusAccumulator: Sendable {
    public private(set) var articles = 0
    public private(set) var totalCountryMentions = 0
    /// Per country index.
    public private(set) var countries: [Tally]
    /// Articles without a date.
    public private(set) var undated = 0
    /// Earliest and latest article date (ISO text compares in date order).
    public private(set) var firstDate: String?
    public private(set) var lastDate: String?

    /// The region memberships as flat arrays for `add`.
    let index: MembershipIndex
    let countryCount: Int
    let regionCount: Int
    /// Per pair `a * countryCount + b` with a < b.
    var pairMatrix: [Tally]
    var regionBase: [Tally]
    var regionDirect: [Int]
    var regionInternal: [Int]
    var regionExternal: [Int]
    /// Articles per membership (index of ``MembershipIndex``): a region's member country counted once per article,
    /// kept per membership (a few thousand counters that stay in cache) and summed per region and country on read.
    var membershipArticles: [Int]
    /// Per `region * regionCount + partner`.
    var regionPartners: [Int]
    /// Interned timeline periods and one dense row (countries, then regions) per period.
    var periodIndex: [String: Int] = [:]
    var periodKeys: [String] = []
    var timelineRows: [[Tally]] = []
    /// Per dateline country.
    var datelineArticles: [Int]
    /// Per `datelineCountry * countryCount + mentioned`.
    var datelineMentioned: [Int]
    var scratch = RegionScratch()

    public init(countryCount: Int, regionModel: RegionModel) {
        let regionCount = regionModel.regions.count
        self.countryCount = countryCount
        self.regionCount = regionCount
        index = MembershipIndex(regionModel)
        countries = Array(repeating: Tally(), count: countryCount)
        pairMatrix = Array(repeating: Tally(), count: countryCount * countryCount)
        regionBase = Array(repeating: Tally(), count: regionCount)
        regionDirect = Array(repeating: 0, count: regionCount)
        regionInternal = Array(repeating: 0, count: regionCount)
        regionExternal = Array(repeating: 0, count: regionCount)
        membershipArticles = Array(repeating: 0, count: index.region.count)
        regionPartners = Array(repeating: 0, count: regionCount * regionCount)
        datelineArticles = Array(repeating: 0, count: countryCount)
        datelineMentioned = Array(repeating: 0, count: countryCount * countryCount)
        scratch.reset(regionCount: regionCount)
    }

    /// Adds one article.
    public mutating func add(_ facts: ArticleFacts) {
        articles += 1
        if let date = facts.date { noteDate(date) } else { undated += 1 }
        let row = timelineRow(for: facts.period)
        // The period's row is taken out while the article is added (one access instead of one per cell).
        var timeline: [Tally] = []
        swap(&timeline, &timelineRows[row])
        defer { swap(&timeline, &timelineRows[row]) }
        let c = facts.countries
        for (country, count) in zip(c, facts.countryMentions) {
            countries[Int(country)].articles += 1
            countries[Int(country)].mentions += count
            totalCountryMentions += count
            timeline[Int(country)].articles += 1
            timeline[Int(country)].mentions += count
        }
        for i in 0..<c.count {
            for j in (i + 1)..<max(i + 1, c.count) { pairMatrix[pairIndex(c[i], c[j])].articles += 1 }
        }
        addRegions(facts, timeline: &timeline)
        let table = facts.sentenceTable
        for k in 0..<table.count {
            let range = table.countryRange(k)
            for i in range {
                let country = Int(table.countries[i])
                let share = Tally.SentenceShare(table.countryCompounds[i])
                countries[country].add(share)
                timeline[country].add(share)
            }
            if range.count > 1 {
                let share = Tally.SentenceShare(table.compounds[k])
                for i in range {
                    for j in (i + 1)..<range.upperBound { pairMatrix[pairIndex(table.countries[i], table.countries[j])].add(share) }
                }
            }
        }
        if let dateline = facts.datelineCountry {
            datelineArticles[Int(dateline)] += 1
            let base = Int(dateline) * countryCount
            for country in c { datelineMentioned[base + Int(country)] += 1 }
        }
    }

    /// Widens the date range to include `date` (ISO text compares in date order).
    private mutating func noteDate(_ date: String) {
        if firstDate.map({ date < $0 }) ?? true { firstDate = date }
        if lastDate.map({ date > $0 }) ?? true { lastDate = date }
    }

    @inline(__always) func pairIndex(_ a: Int32, _ b: Int32) -> Int {
        a < b ? Int(a) * countryCount + Int(b) : Int(b) * countryCount + Int(a)
    }

    private mutating func timelineRow(for period: String) -> Int {
        if let row = periodIndex[period] { return row }
        let row = periodKeys.count
        periodIndex[period] = row
        periodKeys.append(period)
        timelineRows.append(Array(repeating: Tally(), count: countryCount + regionCount))
        return row
    }

    private mutating func addRegions(_ facts: ArticleFacts, timeline: inout [Tally]) {
        // Regions touched by the article: through member countries (on the article's date) or named directly.
        let table = facts.sentenceTable
        scratch.begin()
        let dateKey = facts.date.map { DateKey.of($0, fill: 0) }
        for (k, country) in facts.countries.enumerated() {
            let mentions = facts.countryMentions[k]
            for i in index.range(of: country) where index.holds(i, onKey: dateKey) {
                scratch.addMember(region: index.region[i], country: country, local: k, membership: i, mentions: mentions)
            }
        }
        for (region, count) in zip(facts.regions, facts.regionMentions) { scratch.addDirect(region: region, mentions: count) }
        // The analysis gives an article's countries distinct and ascending: a region's members are then a bit set
        // over their positions, and partner regions are found among the article's holding memberships without going
        // back to the index. Other lists (more than 64 countries, or not ascending) take the general loop.
        let countryCount = facts.countries.count
        var bitSets = countryCount <= 64
        if bitSets, countryCount > 1 {
            for k in 1..<countryCount where facts.countries[k] <= facts.countries[k - 1] { bitSets = false; break }
        }
        let timelineBase = self.countryCount
        for region in scratch.touched {
            let r = Int(region)
            let members = scratch.members(of: region)
            let direct = scratch.direct[r]
            let memberMentions = scratch.memberMentions[r]
            regionBase[r].articles += 1
            regionBase[r].mentions += memberMentions + direct
            regionDirect[r] += direct
            let memberCount = members.count
            var outsideCount = 0
            if memberCount > 0 {
                let level = index.level[r]
                if bitSets {
                    var mask: UInt64 = 0
                    for entry in members {
                        membershipArticles[Int(entry.membership)] += 1
                        mask |= 1 << UInt64(entry.local)
                    }
                    outsideCount = countryCount - mask.nonzeroBitCount
                    if outsideCount > 0 {
                        let base = r * regionCount
                        for entry in scratch.allEntries where mask & (1 << UInt64(entry.local)) == 0 {
                            if index.level[Int(entry.region)] == level { regionPartners[base + Int(entry.region)] += memberCount }
                        }
                    }
                } else {
                    for entry in members { membershipArticles[Int(entry.membership)] += 1 }
                    for other in facts.countries where !members.contains(where: { $0.country == other }) {
                        outsideCount += 1
                        for i in index.range(of: other) {
                            let partner = index.region[i]
                            if partner != region && index.level[Int(partner)] == level && index.holds(i, onKey: dateKey) {
                                regionPartners[r * regionCount + Int(partner)] += memberCount
                            }
                        }
                    }
                }
            }
            regionInternal[r] += memberCount * (memberCount - 1) / 2
            regionExternal[r] += memberCount * outsideCount
            timeline[timelineBase + r].articles += 1
            timeline[timelineBase + r].mentions += memberMentions + direct
        }
        for k in 0..<table.count {
            scratch.beginSentence()
            for i in table.regionRange(k) { scratch.markSentence(table.regions[i]) }
            for i in table.countryRange(k) {
                for m in index.range(of: table.countries[i]) where index.holds(m, onKey: dateKey) { scratch.markSentence(index.region[m]) }
            }
            guard !scratch.sentenceRegions.isEmpty else { continue }
            let share = Tally.SentenceShare(table.compounds[k])
            for region in scratch.sentenceRegions {
                regionBase[Int(region)].add(share)
                timeline[timelineBase + Int(region)].add(share)
            }
        }
        scratch.end()
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
        if let d = other.firstDate { noteDate(d) }
        if let d = other.lastDate { noteDate(d) }
        totalCountryMentions += other.totalCountryMentions
        for i in countries.indices { countries[i] += other.countries[i] }
        for i in pairMatrix.indices where other.pairMatrix[i].articles != 0 || other.pairMatrix[i].sentences != 0 {
            pairMatrix[i] += other.pairMatrix[i]
        }
        for i in regionBase.indices {
            regionBase[i] += other.regionBase[i]
            regionDirect[i] += other.regionDirect[i]
            regionInternal[i] += other.regionInternal[i]
            regionExternal[i] += other.regionExternal[i]
        }
        for i in membershipArticles.indices { membershipArticles[i] += other.membershipArticles[i] }
        for i in regionPartners.indices { regionPartners[i] += other.regionPartners[i] }
        for (otherRow, period) in other.periodKeys.enumerated() {
            let row = timelineRow(for: period)
            for i in timelineRows[row].indices { timelineRows[row][i] += other.timelineRows[otherRow][i] }
        }
        for i in datelineArticles.indices { datelineArticles[i] += other.datelineArticles[i] }
        for i in datelineMentioned.indices { datelineMentioned[i] += other.datelineMentioned[i] }
    }
}

extension CorpusAccumulator {
    /// Per unordered pair `a << 32 | b` with a < b: articles, sentences, compound over shared sentences.
    public var pairs: [UInt64: Tally] {
        var result: [UInt64: Tally] = [:]
        for a in 0..<countryCount {
            for b in (a + 1)..<max(a + 1, countryCount) {
                let t = pairMatrix[a * countryCount + b]
                if t.articles != 0 || t.sentences != 0 { result[Self.pairKey(Int32(a), Int32(b))] = t }
            }
        }
        return result
    }

    /// Every pair with a count, `a < b` (country indices), in index order, without a dictionary.
    public func forEachPair(_ body: (_ a: Int, _ b: Int, _ tally: Tally) throws -> Void) rethrows {
        for a in 0..<countryCount {
            for b in (a + 1)..<max(a + 1, countryCount) {
                let t = pairMatrix[a * countryCount + b]
                if t.articles != 0 || t.sentences != 0 { try body(a, b, t) }
            }
        }
    }

    /// Per region index.
    public var regions: [RegionTally] {
        // Member-country articles per region and country, summed over the memberships (a country with two memberships
        // of one region, for different dates, counts in both, as each holding membership did when added).
        var countryArticles = [[Int32: Int]](repeating: [:], count: regionCount)
        for country in 0..<index.countryCount {
            for i in index.range(of: Int32(country)) where membershipArticles[i] != 0 {
                countryArticles[Int(index.region[i])][Int32(country), default: 0] += membershipArticles[i]
            }
        }
        return (0..<regionCount).map { r in
            var t = RegionTally()
            t.base = regionBase[r]
            t.directMentions = regionDirect[r]
            t.internalPairArticles = regionInternal[r]
            t.externalPairArticles = regionExternal[r]
            t.countryArticles = countryArticles[r]
            for p in 0..<regionCount where regionPartners[r * regionCount + p] != 0 {
                t.partnerPairArticles[Int32(p)] = regionPartners[r * regionCount + p]
            }
            return t
        }
    }

    /// Per (period, kind, entity index); kind 0 = country, 1 = region. Only cells that were touched.
    public var timeline: [TimelineKey: Tally] {
        var result: [TimelineKey: Tally] = [:]
        for (row, period) in periodKeys.enumerated() {
            for (i, tally) in timelineRows[row].enumerated() where tally != Tally() {
                let key = i < countryCount ? TimelineKey(period: period, kind: 0, entity: Int32(i))
                    : TimelineKey(period: period, kind: 1, entity: Int32(i - countryCount))
                result[key] = tally
            }
        }
        return result
    }

    /// Every non-empty timeline cell in storage order, without a dictionary: `period` is the interned period's
    /// number (see ``periodKeys``), `kind` 0 for a country and 1 for a region, `entity` its index.
    public func forEachTimelineCell(_ body: (_ period: Int, _ kind: UInt8, _ entity: Int32, _ tally: Tally) throws -> Void) rethrows {
        for row in periodKeys.indices {
            for (i, tally) in timelineRows[row].enumerated() where tally != Tally() {
                if i < countryCount { try body(row, 0, Int32(i), tally) } else { try body(row, 1, Int32(i - countryCount), tally) }
            }
        }
    }

    /// The interned timeline periods (numbers given by ``forEachTimelineCell(_:)``).
    public var periods: [String] { periodKeys }

    /// Per dateline country: articles, and articles mentioning each country.
    public var datelines: [Int32: DatelineTally] {
        var result: [Int32: DatelineTally] = [:]
        for d in 0..<countryCount where datelineArticles[d] != 0 {
            var t = DatelineTally()
            t.articles = datelineArticles[d]
            for c in 0..<countryCount where datelineMentioned[d * countryCount + c] != 0 {
                t.mentioned[Int32(c)] = datelineMentioned[d * countryCount + c]
            }
            result[Int32(d)] = t
        }
        return result
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
}

/// Articles filed from one dateline country and the countries they mention.
public struct DatelineTally: Sendable {
    public var articles = 0
    public var mentioned: [Int32: Int] = [:]
}
