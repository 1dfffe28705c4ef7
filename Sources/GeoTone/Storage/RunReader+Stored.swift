/// The corpus tables of a run as the store gives them back, made from the rows in memory.
extension RunReader {
    /// The four tables the report shows, as ``countries(run:)``, ``pairs(run:)``, ``regions(run:)`` and
    /// ``timeline(run:)`` would read them after ``RunWriter/insert(_:)`` stored `tables`: in the same order, and
    /// every real as SQLite returns it (a NaN is stored as NULL, and -0.0 comes back as 0.0; a NULL share is read
    /// as 0).
    public static func asStored(_ tables: SummaryRows)
        -> (countries: [CountryRow], pairs: [PairRow], regions: [RegionRow], timeline: [TimelineRow]) {
        let countries = sortedIfNeeded(tables.countries.map { c -> CountryRow in
            var c = c
            c.share = real(c.share) ?? 0
            c.meanCompound = real(c.meanCompound)
            return c
        }) { x, y in
            // ORDER BY articles DESC, mentions DESC, country
            if x.articles != y.articles { return x.articles > y.articles }
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            return binary(x.code, y.code)
        }
        // The CSV's order is the store's: checked, and sorted only if it is not.
        let pairRows = tables.pairs.map { p -> PairRow in
            var p = p
            p.expected = real(p.expected); p.lift = real(p.lift); p.pmi = real(p.pmi); p.npmi = real(p.npmi)
            p.jaccard = real(p.jaccard); p.g2 = real(p.g2); p.meanCompound = real(p.meanCompound)
            return p
        }
        let pairsOrdered = zip(pairRows, pairRows.dropFirst()).allSatisfy { x, y in
            // ORDER BY articles DESC, country_a, country_b
            if x.articles != y.articles { return x.articles > y.articles }
            return x.a != y.a ? binary(x.a, y.a) : binary(x.b, y.b)
        }
        let pairs = pairsOrdered ? pairRows : sortedByArticles(pairRows)
        let regions = sortedIfNeeded(tables.regions.map { r -> RegionRow in
            var r = r
            r.share = real(r.share) ?? 0
            r.shareOfMentions = real(r.shareOfMentions) ?? 0
            r.meanCompound = real(r.meanCompound); r.positiveShare = real(r.positiveShare); r.negativeShare = real(r.negativeShare)
            return r
        }) { x, y in
            // ORDER BY level, articles DESC, region
            if x.level != y.level { return binary(x.level, y.level) }
            if x.articles != y.articles { return x.articles > y.articles }
            return binary(x.region, y.region)
        }
        // ORDER BY entity_type, entity, period (the CSV's order is by period first): the values of each column are
        // ranked once and the rows sorted on the ranks.
        let timelineRows = tables.timeline.map { t -> TimelineRow in
            var t = t
            t.meanCompound = real(t.meanCompound)
            return t
        }
        let type = ranks(timelineRows.map(\.entityType)), entity = ranks(timelineRows.map(\.entity))
        let period = ranks(timelineRows.map(\.period))
        let timeline = timelineRows.indices.sorted { i, j in
            if type[i] != type[j] { return type[i] < type[j] }
            return entity[i] != entity[j] ? entity[i] < entity[j] : period[i] < period[j]
        }.map { timelineRows[$0] }
        return (countries, pairs, regions, timeline)
    }

    /// A real as the store returns it: NaN becomes NULL, and a zero loses its sign.
    static func real(_ x: Double?) -> Double? {
        guard let x, !x.isNaN else { return nil }
        return x == 0 ? 0 : x
    }

    /// Each value's place among the distinct `values` in BINARY order.
    static func ranks(_ values: [String]) -> [Int] {
        var rank: [String: Int] = [:]
        for value in values where rank[value] == nil { rank[value] = 0 }
        for (k, value) in rank.keys.sorted(by: binary).enumerated() { rank[value] = k }
        return values.map { rank[$0]! }
    }

    /// SQLite's BINARY collation: byte by byte.
    static func binary(_ x: String, _ y: String) -> Bool { x.utf8.lexicographicallyPrecedes(y.utf8) }

    /// `rows` in the order `precedes` gives (a total order: no two rows compare equal); rows already in that order
    /// (the CSV tables are written in an order close to the store's) are only checked.
    static func sortedIfNeeded<T>(_ rows: [T], by precedes: (T, T) -> Bool) -> [T] {
        var ordered = true
        for i in rows.indices.dropFirst() where !precedes(rows[i - 1], rows[i]) {
            ordered = false
            break
        }
        return ordered ? rows : rows.sorted(by: precedes)
    }
}
