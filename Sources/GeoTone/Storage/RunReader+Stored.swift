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
        let pairs = sortedByArticles(tables.pairs.map { p -> PairRow in
            var p = p
            p.expected = real(p.expected); p.lift = real(p.lift); p.pmi = real(p.pmi); p.npmi = real(p.npmi)
            p.jaccard = real(p.jaccard); p.g2 = real(p.g2); p.meanCompound = real(p.meanCompound)
            return p
        })
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
        let timeline = sortedIfNeeded(tables.timeline.map { t -> TimelineRow in
            var t = t
            t.meanCompound = real(t.meanCompound)
            return t
        }) { x, y in
            // ORDER BY entity_type, entity, period
            if x.entityType != y.entityType { return binary(x.entityType, y.entityType) }
            if x.entity != y.entity { return binary(x.entity, y.entity) }
            return binary(x.period, y.period)
        }
        return (countries, pairs, regions, timeline)
    }

    /// A real as the store returns it: NaN becomes NULL, and a zero loses its sign.
    static func real(_ x: Double?) -> Double? {
        guard let x, !x.isNaN else { return nil }
        return x == 0 ? 0 : x
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
