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
        /// The bounds as `yyyymmdd` integers (missing month/day widened: from → 00, to → 99).
        let fromKey: Int
        let toKey: Int

        public init(region: Int32, validFrom: String?, validTo: String?) {
            self.region = region
            self.validFrom = validFrom
            self.validTo = validTo
            fromKey = validFrom.map { DateKey.of($0, fill: 0) } ?? Int.min
            toKey = validTo.map { DateKey.of($0, fill: 99) } ?? Int.max
        }

        /// True when the membership holds on `date`; for an undated article (nil), when it is current (no end date).
        ///
        /// Bounds may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; both are inclusive at their own precision
        /// (`valid_to 2020` holds through 2020-12-31).
        /// (The aggregation hot path uses ``MembershipIndex`` with the same bounds.)
        public func holds(on date: String?) -> Bool {
            guard let date else { return toKey == Int.max }
            let key = DateKey.of(date, fill: 0)
            return key >= fromKey && key <= toKey
        }
    }

    public var regions: [Region]
    /// Memberships per country index.
    public var memberships: [[Membership]]

    public init(regions: [Region], memberships: [[Membership]]) {
        self.regions = regions
        self.memberships = memberships
    }

}

/// ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as comparable `yyyymmdd` integers.
public enum DateKey {
    /// The key of `date`; a missing month or day becomes `fill` (0 for lower bounds, 99 for upper bounds).
    public static func of(_ date: String, fill: Int) -> Int {
        var parts = [0, fill, fill]
        var index = 0, value = 0, digits = 0
        for byte in date.utf8 {
            if byte >= 48 && byte <= 57 {
                value = value * 10 + Int(byte - 48)
                digits += 1
            } else if byte == UInt8(ascii: "-") && digits > 0 && index < 2 {
                parts[index] = value
                index += 1
                value = 0
                digits = 0
            } else {
                break
            }
        }
        if digits > 0 && index <= 2 { parts[index] = value }
        return parts[0] * 10_000 + parts[1] * 100 + parts[2]
    }
}
