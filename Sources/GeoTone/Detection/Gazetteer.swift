/// The countries, regions, groups and aliases the detector knows, loaded from TSV files.
///
/// Files of the directory (all required, each with a header row; see
/// `Documentation/Detection.md`): `countries.tsv`, `regions.tsv`, `informal_members.tsv`,
/// `groups.tsv`, `aliases.tsv`, `stopphrases.tsv`, `context.tsv`, `caps_context.tsv`,
/// `prefixes.tsv`, `dateline_places.tsv`, and the disambiguation files `qualifiers.tsv`, `suffixes.tsv`,
/// `homonyms.tsv`, `given_names.tsv`, `cues.tsv` (``Disambiguation``). Immutable once loaded, so it is shared freely between threads.
public final class Gazetteer: Sendable {
    /// File names in the order they are read and hashed into ``checksum``.
    public static let fileNames = [
        "countries.tsv", "regions.tsv", "informal_members.tsv", "groups.tsv", "aliases.tsv",
        "stopphrases.tsv", "context.tsv", "caps_context.tsv", "prefixes.tsv", "dateline_places.tsv",
    ] + disambiguationFileNames

    /// SHA-256 (hex) over the files in ``fileNames`` order; for each file its name, a NUL
    /// byte, then its bytes.
    public let checksum: String
    /// Countries in file order; a country's index is its ``EntityID``.
    public let countries: [Country]
    /// Regions in file order; entity IDs follow the countries.
    public let regions: [Region]
    /// Groups in file order; entity IDs follow the regions.
    public let groups: [CountryGroup]
    /// Aliases in file order.
    public let aliases: [Alias]
    /// Phrases that match nothing but take part in longest match (`New Mexico`).
    public let stopPhrases: [String]
    /// Context rules (from `context.tsv`, then `caps_context.tsv`).
    public let contextRules: [ContextRule]
    /// Combining prefixes (`Sino` → CN) with the country index they name.
    public let prefixes: [(prefix: String, country: Int)]
    /// Places known only as datelines (`MINNEAPOLIS`, `Calif.`) with the country index they name.
    public let datelinePlaces: [(place: String, country: Int)]
    /// Qualifiers, suffixes, homonyms, given names and cue words for the matcher's disambiguation rules.
    public let disambiguation: Disambiguation

    private let countryByAlpha2: [String: Int]
    private let entityByCode: [String: EntityID]

    init(checksum: String, countries: [Country], regions: [Region], groups: [CountryGroup], aliases: [Alias],
         stopPhrases: [String], contextRules: [ContextRule], prefixes: [(prefix: String, country: Int)],
         datelinePlaces: [(place: String, country: Int)], disambiguation: Disambiguation = Disambiguation()) {
        self.checksum = checksum
        self.countries = countries
        self.regions = regions
        self.groups = groups
        self.aliases = aliases
        self.stopPhrases = stopPhrases
        self.contextRules = contextRules
        self.prefixes = prefixes
        self.datelinePlaces = datelinePlaces
        self.disambiguation = disambiguation
        var byAlpha2: [String: Int] = [:]
        var byCode: [String: EntityID] = [:]
        for (i, c) in countries.enumerated() {
            byAlpha2[c.alpha2] = i
            byCode[c.alpha2] = EntityID(Int32(i))
        }
        for (i, r) in regions.enumerated() { byCode[r.id] = EntityID(Int32(countries.count + i)) }
        for (i, g) in groups.enumerated() { byCode[g.id] = EntityID(Int32(countries.count + regions.count + i)) }
        countryByAlpha2 = byAlpha2
        entityByCode = byCode
    }

    /// Index of a country by alpha-2 code.
    public func countryIndex(alpha2: String) -> Int? { countryByAlpha2[alpha2] }

    /// The entity with a code: alpha-2, region ID or group ID (`group:EU`; `EU` not accepted).
    public func entity(code: String) -> EntityID? { entityByCode[code] }

    /// What sort of entity an ID names.
    public func type(of id: EntityID) -> EntityType {
        let i = Int(id.rawValue)
        if i < countries.count { return .country }
        if i < countries.count + regions.count { return .region }
        return .group
    }

    /// The country index of an entity, or nil for regions and groups.
    @inline(__always)
    public func countryIndex(of id: EntityID) -> Int? {
        let i = Int(id.rawValue)
        return i >= 0 && i < countries.count ? i : nil
    }

    /// The code of an entity: alpha-2 for countries, the ID for regions and groups.
    public func code(of id: EntityID) -> String {
        let i = Int(id.rawValue)
        if i < countries.count { return countries[i].alpha2 }
        if i < countries.count + regions.count { return regions[i - countries.count].id }
        return groups[i - countries.count - regions.count].id
    }

    /// The display name of an entity.
    public func name(of id: EntityID) -> String {
        let i = Int(id.rawValue)
        if i < countries.count { return countries[i].name }
        if i < countries.count + regions.count { return regions[i - countries.count].name }
        return groups[i - countries.count - regions.count].name
    }
}
