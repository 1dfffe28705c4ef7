/// The aliases and matching rules of one language other than English (`Datasets/gazetteer/languages/`).
///
/// `<code>.tsv` has the columns of `aliases.tsv` (`alias target kind case`); a word ending in `*` is a stem that
/// matches any ending of at least ``LanguageRules/minimumStem`` letters before it. `rules.tsv`
/// (`language rule value`) holds the per-language word lists the rules need (German endings, elided articles,
/// Arabic prefixes, ...).
public struct LanguageGazetteer: Sendable {
    public let language: Language
    public let aliases: [Alias]
    public let rules: LanguageRules
    /// Bytes of the alias file and of `rules.tsv`, for the run's checksum.
    let bytes: [UInt8]
    let rulesBytes: [UInt8]

    /// Rule names accepted in `rules.tsv`.
    public static let ruleNames: Set<String> = ["ending", "elision", "apostrophe_suffix", "minimum_stem", "conjunction",
                                                "preposition", "article", "compound_not_after", "katakana_boundary",
                                                "maximum_name_ending"]

    /// Loads and validates every language's file against the English gazetteer's codes; every problem is listed.
    /// - Throws: ``DetectionError/invalidData(_:)`` or ``DetectionError/unreadable(path:)``.
    public static func loadAll(directory: String, gazetteer: Gazetteer) throws -> [Language: LanguageGazetteer] {
        var problems: [DataProblem] = []
        let rulesFile = try TSVTable.read(directory: directory, name: "rules.tsv", columns: ["language", "rule", "value"],
                                          problems: &problems)
        var rules: [Language: LanguageRules] = [:]
        for language in Language.other { rules[language] = LanguageRules() }
        for (line, f) in rulesFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: rulesFile.path, line: line, message: m)) }
            guard let language = Language(rawValue: f[0]), language != .en, language != .und else {
                p("unknown language '\(f[0])'"); continue
            }
            guard ruleNames.contains(f[1]) else { p("unknown rule '\(f[1])'"); continue }
            if f[2].isEmpty { p("empty value"); continue }
            if let problem = rules[language]!.add(rule: f[1], value: f[2]) { p(problem) }
        }
        var result: [Language: LanguageGazetteer] = [:]
        for language in Language.other {
            let file = try TSVTable.read(directory: directory, name: "\(language.rawValue).tsv",
                                         columns: ["alias", "target", "kind", "case"], problems: &problems)
            var aliases: [Alias] = []
            aliases.reserveCapacity(file.rows.count)
            // Keyed by the alias's bytes, as the matcher compares them (a String key hashed every non-ASCII alias
            // through Unicode normalization: a sixth of a run's start-up).
            var seen: [[UInt8]: Int] = [:]
            seen.reserveCapacity(file.rows.count)
            for (line, f) in file.rows {
                let p = { (m: String) in problems.append(DataProblem(path: file.path, line: line, message: m)) }
                if f[0].isEmpty { p("empty alias"); continue }
                let key = Array(f[0].utf8)
                if let first = seen[key] { p("alias '\(f[0])' spelled twice (first on line \(first))"); continue }
                seen[key] = line
                guard let target = gazetteer.entity(code: f[1]) else { p("unknown target '\(f[1])'"); continue }
                guard let kind = MentionKind.named(f[2]), kind != .prefix else { p("unknown kind '\(f[2])'"); continue }
                if kind == .region && gazetteer.countryIndex(of: target) != nil { p("kind region names country '\(f[1])'"); continue }
                if kind != .region && gazetteer.countryIndex(of: target) == nil { p("kind \(f[2]) names region '\(f[1])'"); continue }
                guard let rule = AliasCase(rawValue: f[3]) else { p("unknown case '\(f[3])'"); continue }
                for word in key.contains(UInt8(ascii: "*")) ? f[0].split(separator: " ") : [] where word.hasSuffix("*") {
                    if word.dropLast().count < rules[language]!.minimumStem {
                        p("stem '\(word)' is shorter than \(rules[language]!.minimumStem) letters")
                    }
                }
                aliases.append(Alias(surface: f[0], target: target, kind: kind, caseRule: rule, line: line))
            }
            result[language] = LanguageGazetteer(language: language, aliases: aliases, rules: rules[language]!, bytes: file.bytes,
                                                  rulesBytes: rulesFile.bytes)
        }
        if !problems.isEmpty { throw DetectionError.invalidData(problems) }
        return result
    }

    /// SHA-256 (hex) over `rules.tsv` and every language's file, in ``Language/other`` order.
    static func checksum(_ all: [Language: LanguageGazetteer]) -> String {
        var hasher = SHA256()
        if let any = all.values.first { hasher.update(Array("rules.tsv".utf8)); hasher.update([0]); hasher.update(any.rulesBytes) }
        for language in Language.other {
            guard let g = all[language] else { continue }
            hasher.update(Array("\(language.rawValue).tsv".utf8))
            hasher.update([0])
            hasher.update(g.bytes)
        }
        return hasher.hexDigest
    }
}

/// The word lists a language's matching rules read (`languages/rules.tsv`).
public struct LanguageRules: Sendable {
    /// Letters a stem (`rus*`) must have.
    public static let defaultMinimumStem = 3
    /// Endings a word may carry on any word of an alias (German `Ägyptens`, `Vereinigten`).
    public var endings: [String] = []
    /// Elided articles and prepositions written before an apostrophe (`l'`, `dell'`): the word after it is read.
    public var elisions: Set<String> = []
    /// Whether what follows an apostrophe is a suffix to drop (Turkish `Türkiye'nin`).
    public var apostropheSuffix = false
    public var minimumStem = LanguageRules.defaultMinimumStem
    /// Most letters a stem of a name (any kind but demonym) may be followed by (Russian case endings: `Ливи*` reads
    /// `Ливии`, not `Ливингстон`); nil: any ending.
    public var maximumNameEnding: Int?
    /// Arabic proclitics peeled in this order: conjunctions, prepositions, the article.
    public var conjunctions: [String] = []
    public var prepositions: [String] = []
    public var articles: [String] = []
    /// Characters after which one-character abbreviations are no compound (digits before `日`).
    public var compoundNotAfter: Set<Unicode.Scalar> = []
    /// Whether a katakana alias must fill its katakana run.
    public var katakanaBoundary = false

    /// Adds one row of `rules.tsv`; returns a problem, or nil.
    mutating func add(rule: String, value: String) -> String? {
        switch rule {
        case "ending": endings.append(value)
        case "elision": elisions.insert(value)
        case "apostrophe_suffix", "katakana_boundary":
            guard value == "yes" || value == "no" else { return "value must be yes or no" }
            if rule == "apostrophe_suffix" { apostropheSuffix = value == "yes" } else { katakanaBoundary = value == "yes" }
        case "minimum_stem":
            guard let n = Int(value), (2...8).contains(n) else { return "minimum_stem must be 2-8" }
            minimumStem = n
        case "maximum_name_ending":
            guard let n = Int(value), (1...8).contains(n) else { return "maximum_name_ending must be 1-8" }
            maximumNameEnding = n
        case "conjunction": conjunctions.append(value)
        case "preposition": prepositions.append(value)
        case "article": articles.append(value)
        case "compound_not_after": compoundNotAfter.formUnion(value.unicodeScalars)
        default: return "unknown rule '\(rule)'"
        }
        return nil
    }
}
