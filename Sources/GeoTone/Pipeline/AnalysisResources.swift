import Dispatch

/// The data an analysis needs, loaded and validated once: gazetteer, lexicon, word lists.
public final class AnalysisResources: Sendable {
    public let gazetteer: Gazetteer
    public let lexicon: SentimentLexicon
    public let mode: SentimentMode
    public let furniture: Set<String>
    /// The JSON keys and CSV columns read as article fields (`ingest/fields.tsv`).
    public let fieldNames: FieldNames
    /// Name prefixes of files in input folders that are not articles (`ingest/not_articles.txt`).
    public let notArticles: [String]
    public let abbreviations: AbbreviationList
    public let regionModel: RegionModel
    public let kinds: Set<MentionKind>
    /// Compiled once per run and shared by every worker.
    let tokenizer: Tokenizer
    let matcher: CountryMatcher
    let scorer: SentimentScorer
    let datelines: DatelineResolver
    /// Tells each article's language (unless ``forcedLanguage`` is set).
    let languageDetector: LanguageDetector
    /// The aliases and rules of every language other than English (`Datasets/gazetteer/languages/`), loaded and
    /// validated at start; each worker compiles a language's matcher the first time it meets the language.
    let languageGazetteers: [Language: LanguageGazetteer]
    /// The language given with `--language`: every article is read as written in it.
    public let forcedLanguage: Language?
    /// The gazetteer checksum, combined with the checksum of the `--groups` file when one is given.
    public let placesChecksum: String
    /// The countries' codes in the order of the `countries` column, with each country's place in it.
    let countryCodeRanks: CountryCodeRanks

    /// The mention kinds counted when `--mention-kinds` is not given (see Documentation/Detection.md).
    public static var defaultKinds: Set<MentionKind> { MentionKind.defaultKinds }

    /// Loads everything from `datasetsDirectory` (and `lexicon` / `groupsPath` when they name files). With
    /// `sentiment: false` no lexicon is read (`lexicon` is ignored): for callers that only detect countries
    /// (`geotone countries`), whose start-up the lexicon's reading was a quarter of.
    public init(datasetsDirectory: String, lexicon lexiconName: String, mentionKinds: [String]?, groupsPath: String? = nil,
                language: String? = nil, sentiment: Bool = true) throws {
        var problems: [String] = []
        var forcedLanguage: Language?
        if let language {
            if let l = Language(code: language) { forcedLanguage = l } else {
                problems.append("--language: unknown language '\(language)' (expected one of \(Language.list))")
            }
        }
        self.forcedLanguage = forcedLanguage
        if sentiment {
            (gazetteer, (lexicon, mode)) = try Self.loadGazetteerAndLexicon(datasetsDirectory: datasetsDirectory, lexicon: lexiconName)
        } else {
            gazetteer = try Gazetteer.load(directory: datasetsDirectory + "/gazetteer")
            (lexicon, mode) = (SentimentLexicon(name: "none", definition: LexiconDefinition(), checksum: ""), .news)
        }
        furniture = try WordList.load(path: datasetsDirectory + "/ingest/furniture.txt", lowercase: true)
        notArticles = try WordList.load(path: datasetsDirectory + "/ingest/not_articles.txt", lowercase: true).sorted()
        do { fieldNames = try FieldNames.load(path: datasetsDirectory + "/ingest/fields.tsv") } catch let e as FieldNamesError {
            throw ConfigurationError(problems: e.problems)
        }
        abbreviations = try AbbreviationList.load(path: datasetsDirectory + "/text/abbreviations.txt")
        var kinds = Self.defaultKinds
        if let mentionKinds {
            do { kinds = try MentionKind.parseSet(mentionKinds.joined(separator: ",")) } catch {
                problems.append("--mention-kinds: \(error)")
            }
        }
        self.kinds = kinds
        if !problems.isEmpty { throw ConfigurationError(problems: problems) }
        let languageGazetteers = try LanguageGazetteer.loadAll(directory: datasetsDirectory + "/gazetteer/languages",
                                                               gazetteer: gazetteer)
        // The languages' data and the forced language decide results too: they are part of the places checksum.
        var placesChecksum = SHA256.hex(of: Array((gazetteer.checksum + "+languages:" + LanguageGazetteer.checksum(languageGazetteers)
            + (forcedLanguage.map { "+language:" + $0.rawValue } ?? "")).utf8))
        var extraGroups: [CountryGroup] = []
        if let groupsPath {
            let (groups, bytes) = try UserGroups.load(path: groupsPath, gazetteer: gazetteer)
            placesChecksum = SHA256.hex(of: Array((placesChecksum + "+groups:" + SHA256.hex(of: bytes)).utf8))
            let known = Set(gazetteer.groups.map(\.id))
            if let clash = groups.first(where: { known.contains($0.id) }) {
                throw ConfigurationError(problems: [
                    "\(groupsPath): group \(Self.groupName(clash.id)) is already defined in the gazetteer; choose another id",
                ])
            }
            extraGroups = groups
        }
        regionModel = Self.regionModel(gazetteer, extraGroups: extraGroups)
        self.placesChecksum = placesChecksum
        tokenizer = Tokenizer(abbreviations: abbreviations)
        matcher = CountryMatcher(gazetteer: gazetteer, kinds: kinds)
        scorer = SentimentScorer(lexicon: lexicon, mode: mode, neutralPhrases: sentiment ? NeutralNames.phrases(gazetteer) : [])
        datelines = DatelineResolver(gazetteer: gazetteer)
        languageDetector = try LanguageDetector.load(path: datasetsDirectory + "/text/function_words.tsv", tokenizer: tokenizer)
        self.languageGazetteers = languageGazetteers
        countryCodeRanks = CountryCodeRanks(gazetteer.countries.map(\.alpha2))
    }

    /// Loads the gazetteer and the lexicon at the same time: each is about half of a run's start-up work (0.4 G
    /// instructions together), and the workers have nothing to do yet. A gazetteer error is reported first, as
    /// when they were loaded one after the other.
    static func loadGazetteerAndLexicon(datasetsDirectory: String, lexicon name: String) throws
        -> (Gazetteer, (SentimentLexicon, SentimentMode)) {
        nonisolated(unsafe) var gazetteer: Result<Gazetteer, any Error>?
        nonisolated(unsafe) var lexicon: Result<(SentimentLexicon, SentimentMode), any Error>?
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                gazetteer = Result { try Gazetteer.load(directory: datasetsDirectory + "/gazetteer") }
            } else {
                lexicon = Result { try LexiconChoice.load(name, datasetsDirectory: datasetsDirectory) }
            }
        }
        guard let gazetteer, let lexicon else { preconditionFailure("both loads ran") }
        return (try gazetteer.get(), try lexicon.get())
    }

    /// A group's display name: its id without the `group:` prefix.
    static func groupName(_ id: String) -> String { id.hasPrefix("group:") ? String(id.dropFirst(6)) : id }

    /// Regions, then groups, of the gazetteer in entity order, then `extraGroups` (`--groups`), with each country's
    /// memberships.
    static func regionModel(_ g: Gazetteer, extraGroups: [CountryGroup] = []) -> RegionModel {
        var regions: [RegionModel.Region] = []
        var memberships = Array(repeating: [RegionModel.Membership](), count: g.countries.count)
        for (i, region) in g.regions.enumerated() {
            regions.append(.init(id: region.id, name: region.name, level: region.level))
            for country in region.members { memberships[country].append(.init(region: Int32(i), validFrom: nil, validTo: nil)) }
        }
        for (j, group) in (g.groups + extraGroups).enumerated() {
            let index = Int32(g.regions.count + j)
            regions.append(.init(id: group.id, name: groupName(group.id), level: "group"))
            for m in group.members { memberships[m.country].append(.init(region: index, validFrom: m.validFrom, validTo: m.validTo)) }
        }
        for i in memberships.indices { memberships[i].sort { $0.region < $1.region } }
        return RegionModel(regions: regions, memberships: memberships)
    }
}

/// Bad options or data files, every problem listed.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

/// A plain word list: one entry per line, `#` comments and blank lines ignored.
public enum WordList {
    public static func load(path: String, lowercase: Bool) throws -> Set<String> {
        let (bytes, _) = try FileBytes.read(path: path)
        var words: Set<String> = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let word = line.trimmingSpaces()
            if word.isEmpty || word.hasPrefix("#") { continue }
            words.insert(lowercase ? word.lowercased() : word)
        }
        return words
    }
}

/// Country codes in sorted order (as the `countries` column sorts them) and each country's place in that order, so
/// that a set of countries kept as bits by place comes out sorted.
struct CountryCodeRanks: Sendable {
    /// The codes' bytes, by place.
    let codes: [[UInt8]]
    /// Country index → place.
    let rankOf: [Int]

    init(_ alpha2: [String]) {
        let order = alpha2.indices.sorted { alpha2[$0] < alpha2[$1] }
        codes = order.map { Array(alpha2[$0].utf8) }
        var rankOf = Array(repeating: 0, count: alpha2.count)
        for (rank, country) in order.enumerated() { rankOf[country] = rank }
        self.rankOf = rankOf
    }
}
