/// The word lists the matcher uses to tell a place from a person, a language or a namesake elsewhere.
///
/// Loaded from five files of the gazetteer folder (see `Documentation/Detection.md`):
/// `qualifiers.tsv` (`Tex.`, `Ontario`: after `Place,` they say which country the place is in),
/// `suffixes.tsv` (`County`: `Guernsey County` is a US county), `homonyms.tsv` (`Paris` also names a US
/// town), `given_names.tsv` (`Andrew Jordan` is a person) and `cues.tsv` (named word sets, ``Cue``).
public struct Disambiguation: Sendable {
    /// A named set of words in `cues.tsv`.
    public enum Cue: String, Sendable, CaseIterable {
        /// Titles and offices: `Russian President`, `Chad Foreign Minister` keep the country reading.
        case office
        /// Words before a demonym that make it a language: `in Spanish`, `speaks French`.
        case languageBefore = "language_before"
        /// Words after a demonym that make it a language or a cuisine, not the people: `French lessons`, `Mexican food`.
        case notCountryAfter = "not_country_after"
        /// Words that may follow a language name in a list (`in Russian and English`).
        case languageLink = "language_link"
        /// Words before a place name that confirm the place reading (`of Jordan`, `in Chad`).
        case placeBefore = "place_before"
        /// Words after a suffix that make it no US county (`Durham County Council`).
        case suffixStop = "suffix_stop"
        /// Streets and local buildings: a name one or two capitalised words before one is part of the facility's
        /// name (`Dublin Road`, `Paris High School`, `Spanish Oaks Apartments`).
        case facility
        /// The short words a title-case headline leaves in lower case (`of`, `in`, `the`); any other lower-case
        /// word makes a sentence ordinary text.
        case titleLowercase = "title_lowercase"
        /// Words after a country name that make it a town's name (`a Lebanon woman`, `Palestine police`): a
        /// country is named by its demonym there (`a Lebanese woman`).
        case townAfter = "town_after"
    }

    /// Words written after `Place,` that say which country the place is in, with the country index.
    public var qualifiers: [(phrase: String, country: Int)] = []
    /// One-word suffixes that make the capitalised word before them a subdivision of a country (`County` → US).
    public var suffixes: [(word: String, country: Int)] = []
    /// Aliases that also name places in other countries: alias surface and the other country's index.
    public var homonyms: [(alias: String, country: Int)] = []
    /// Given names: a place alias written directly after one is a surname (`Monica French`).
    public var givenNames: [String] = []
    /// The words of each cue set.
    public var cues: [Cue: [String]] = [:]

    /// Creates empty lists (a gazetteer without disambiguation data matches names only by their own rules).
    public init() {}

    /// The words of one cue set (empty when the file has none).
    public func words(_ cue: Cue) -> [String] { cues[cue] ?? [] }
}
