/// Regions and groups with their member countries, ready for aggregation.
public struct RegionModel: Sendable {
    /// One region (UN M49 level or informal) or group.
    public struct Region: Sendable {
        /// Stable id, e.g. `m49:143` or `group:EU`.
        public var id: String
        /// Display name, e.g. `Central Asia` or `EU`.
        public var name: String
        /// `continent`, `subregion`, `intermediate`, `informal` or `group`.
        public var level: String
        public init(id: String, name: String, level: String) {
            self.id = id
            self.name = name
            self.level = level
        }
    }

    /// One membership of a country in a region, optionally bounded by dates (inclusive, ISO).
    public struct Membership: Sendable {
        public var region: Int32
        public var validFrom: String?
        public var validTo: String?
        public init(region: Int32, validFrom: String?, validTo: String?) {
            self.region = region
            self.validFrom = validFrom
            self.validTo = validTo
        }

        /// True when the membership holds on `date`; undated articles count every membership.
        ///
        /// Bounds may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; both are inclusive at their own precision
        /// (`valid_to 2020` holds through 2020-12-31).
        public func holds(on date: String?) -> Bool {
            guard let date else { return true }
            if let from = validFrom, date.prefix(from.count) < from { return false }
            if let to = validTo, date.prefix(to.count) > to { return false }
            return true
        }
    }

    public var regions: [Region]
    /// Memberships per country index.
    public var memberships: [[Membership]]

    public init(regions: [Region], memberships: [[Membership]]) {
        self.regions = regions
        self.memberships = memberships
    }

    /// Regions `country` belongs to on `date`, ascending.
    public func regions(of country: Int32, on date: String?) -> [Int32] {
        guard Int(country) < memberships.count else { return [] }
        var result: [Int32] = []
        for membership in memberships[Int(country)] where membership.holds(on: date) { result.append(membership.region) }
        return result
    }
}
