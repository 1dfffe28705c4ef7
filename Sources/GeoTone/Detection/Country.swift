/// A country or territory of `countries.tsv`.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code (`KZ`; historical codes such as `SU` included).
    public let alpha2: String
    /// ISO 3166-1 alpha-3 code (`KAZ`).
    public let alpha3: String
    /// UN M49 numeric code, when it has one.
    public let m49: Int?
    /// English short name.
    public let name: String
    /// Continent, as written in the file.
    public let continent: String
    /// UN M49 subregion, as written in the file.
    public let subregion: String
    /// UN M49 intermediate region, when it has one.
    public let intermediate: String?
    /// Alpha-2 code of the successor state, for historical entities (`SU` → `RU`).
    public let successor: String?

    /// Creates a country record.
    public init(alpha2: String, alpha3: String, m49: Int?, name: String, continent: String, subregion: String,
                intermediate: String?, successor: String?) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.m49 = m49
        self.name = name
        self.continent = continent
        self.subregion = subregion
        self.intermediate = intermediate
        self.successor = successor
    }
}

/// A region of `regions.tsv`: a continent, M49 subregion, intermediate or informal region.
public struct Region: Sendable, Hashable {
    /// Identifier (`m49:143`, `geo:middle-east`).
    public let id: String
    /// Display name.
    public let name: String
    /// `continent`, `subregion`, `intermediate` or `informal`.
    public let level: String
    /// Identifier of the enclosing region, if any.
    public let parent: String?
    /// Indices into ``Gazetteer/countries`` of the member countries, ascending.
    public let members: [Int]
}

/// A group of countries of `groups.tsv` (`group:EU`), with dated memberships.
public struct CountryGroup: Sendable, Hashable {
    /// Identifier, always with the `group:` prefix.
    public let id: String
    /// Display name.
    public let name: String
    /// Memberships in file order.
    public let members: [Membership]

    /// One country's membership of a group.
    public struct Membership: Sendable, Hashable {
        /// Index into ``Gazetteer/countries``.
        public let country: Int
        /// First date of membership (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if known.
        public let validFrom: String?
        /// Last date of membership, if it ended.
        public let validTo: String?

        /// Whether the membership holds on an ISO date (`YYYY-MM-DD`); string comparison of
        /// ISO prefixes, open ends always hold.
        public func holds(on date: String) -> Bool {
            if let from = validFrom, date < from { return false }
            if let to = validTo, date.prefix(to.count) > to { return false }
            return true
        }
    }
}

/// One row of `aliases.tsv` after validation.
public struct Alias: Sendable, Hashable {
    /// The alias as written in the file.
    public let surface: String
    /// What it names.
    public let target: EntityID
    /// How it names it.
    public let kind: MentionKind
    /// The case rule.
    public let caseRule: AliasCase
    /// Line in `aliases.tsv`.
    public let line: Int
}

/// One row of `context.tsv`: an alias is not a place next to this word.
public struct ContextRule: Sendable, Hashable {
    /// The alias the rule applies to, as written in the file.
    public let alias: String
    /// The rule.
    public let kind: ContextRuleKind
    /// The word, lower case.
    public let word: String
    /// Window in tokens for ``ContextRuleKind/blockIfNear``; 1 for the others.
    public let window: Int
    /// Whether the rule applies only in text written in capitals (from `caps_context.tsv`).
    public let capsOnly: Bool
}
