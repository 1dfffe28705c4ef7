/// How an alias names its place; the `kind` column of `aliases.tsv`.
///
/// The matcher counts only the kinds it is given (the `--mention-kinds` option).
public enum MentionKind: String, Sendable, CaseIterable, Comparable {
    /// The name of the place (`Kazakhstan`, `South Korea`).
    case name
    /// An abbreviation (`US`, `U.K.`, `UAE`).
    case abbreviation
    /// An adjective or people name (`Kazakh`, `Russians`).
    case demonym
    /// The capital city (`Astana`).
    case capital
    /// A seat of power used for the government (`Kremlin`, `White House`).
    case seat
    /// Another city (`Chicago`).
    case city
    /// Another place: province, island, landmark (`Lugansk`, `Bahia`).
    case place
    /// A regional name (`Middle East`, `Balkans`).
    case region
    /// A combining prefix before a hyphen (`Sino-`, `Franco-`), from `prefixes.tsv`.
    case prefix

    /// The kinds counted when no option is given: every kind. `countries` lists every country an article
    /// refers to, through its name, a demonym, a capital, a seat of government, a city or a region inside it
    /// (measured on geoparsing gold sets, see `Documentation/Detection.md`).
    public static let defaultKinds: Set<MentionKind> = Set(allCases)

    /// The kinds that feed `focus` (the few countries an article is about): names, abbreviations, demonyms,
    /// regions and prefixes. Capitals, seats, cities and places say where something happened more often than
    /// what the story is about; adding them lowered focus F1 on Reuters-21578 (see `Documentation/Detection.md`).
    public static let focusKinds: Set<MentionKind> = Set(allCases.filter(\.feedsFocus))

    /// Whether mentions of this kind feed `focus` (``focusKinds``), without a set look-up per mention.
    public var feedsFocus: Bool {
        switch self {
        case .name, .abbreviation, .demonym, .region, .prefix: return true
        case .capital, .seat, .city, .place: return false
        }
    }

    /// The kind named `name` (its raw value), looked up in a table: the data files name a kind on each of their
    /// 17,000 lines, and `init(rawValue:)` compares the name with every case in turn.
    static func named(_ name: String) -> MentionKind? { byName[name] }
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The kind names, comma-separated, for help texts.
    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a comma-separated list (`name,abbreviation,demonym`), as given to `--mention-kinds`;
    /// `all` selects every kind, `default` the ``defaultKinds``.
    /// - Throws: ``DetectionError/unknownMentionKind(_:)`` naming the first unknown entry.
    public static func parseSet(_ list: String) throws -> Set<MentionKind> {
        var kinds: Set<MentionKind> = []
        for part in list.split(separator: ",") {
            let name = DataLine.trimmed(part).lowercased()
            if name == "all" { kinds.formUnion(allCases); continue }
            if name == "default" { kinds.formUnion(defaultKinds); continue }
            guard let kind = MentionKind(rawValue: name) else { throw DetectionError.unknownMentionKind(String(name)) }
            kinds.insert(kind)
        }
        if kinds.isEmpty { throw DetectionError.unknownMentionKind(list) }
        return kinds
    }

    /// Orders by declaration order.
    public static func < (a: MentionKind, b: MentionKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// How the case of the text must agree with an alias; the `case` column of `aliases.tsv`.
public enum AliasCase: String, Sendable, CaseIterable {
    /// Any case.
    case fold
    /// The first token must start with a capital (text in capitals passes).
    case title
    /// Every token must be written exactly as the alias (`US` but not `us` or `Us`).
    case exact
}

/// A rule from `context.tsv` that blocks an alias next to a word.
public enum ContextRuleKind: String, Sendable, CaseIterable {
    /// Blocked when the previous token is the word (`Michael Jordan`).
    case blockIfPrev = "block_if_prev"
    /// Blocked when the next token is the word (`Chad Smith` is not caught this way).
    case blockIfNext = "block_if_next"
    /// Blocked when the word is within `window` tokens on either side in the same sentence.
    case blockIfNear = "block_if_near"
}
