/// The region memberships of every country as flat integer arrays, for the per-article hot path.
///
/// `RegionModel.Membership` carries its ISO date strings and `Region` its level name; walking those in the inner
/// loops retained and released strings and compared level names per membership. Here a country's memberships are
/// the index range `start[country]..<start[country + 1]` of parallel arrays, and levels are small integers.
struct MembershipIndex: Sendable {
    /// Per country, the first index of its memberships (count + 1 entries).
    let start: [Int]
    let region: [Int32]
    /// Inclusive `yyyymmdd` bounds (see `DateKey`).
    let fromKey: [Int]
    let toKey: [Int]
    /// Per region, its level as an interned number.
    let level: [Int32]

    init(_ model: RegionModel) {
        var start = [0], region: [Int32] = [], fromKey: [Int] = [], toKey: [Int] = []
        for list in model.memberships {
            for m in list {
                region.append(m.region)
                fromKey.append(m.fromKey)
                toKey.append(m.toKey)
            }
            start.append(region.count)
        }
        var levels: [String: Int32] = [:]
        var level: [Int32] = []
        for r in model.regions {
            if levels[r.level] == nil { levels[r.level] = Int32(levels.count) }
            level.append(levels[r.level]!)
        }
        self.start = start
        self.region = region
        self.fromKey = fromKey
        self.toKey = toKey
        self.level = level
    }

    /// Countries with a membership list (indices at or beyond have none).
    var countryCount: Int { start.count - 1 }

    /// The membership indices of `country` (empty for a country beyond the model).
    @inline(__always) func range(of country: Int32) -> Range<Int> {
        let c = Int(country)
        return c < countryCount ? start[c]..<start[c + 1] : 0..<0
    }

    /// Whether membership `i` holds on the date `key`; for an undated article (nil), whether it is a current
    /// membership (no end date), not every membership there ever was.
    @inline(__always) func holds(_ i: Int, onKey key: Int?) -> Bool {
        guard let key else { return toKey[i] == Int.max }
        return key >= fromKey[i] && key <= toKey[i]
    }
}
