extension Gazetteer {
    /// Region levels accepted in `regions.tsv`.
    public static let regionLevels: Set<String> = ["continent", "subregion", "intermediate", "informal"]

    /// Loads and validates a gazetteer directory.
    ///
    /// Every problem found in any file is collected and thrown at once.
    /// - Throws: ``DetectionError/unreadable(path:)`` for a missing file,
    ///   ``DetectionError/invalidData(_:)`` listing each bad line as `file:line: message`.
    public static func load(directory: String) throws -> Gazetteer {
        var problems: [DataProblem] = []
        func table(_ name: String, _ columns: [String]) throws -> TSVTable {
            try TSVTable.read(directory: directory, name: name, columns: columns, problems: &problems)
        }
        let countriesFile = try table("countries.tsv",
            ["alpha2", "alpha3", "m49", "name", "continent", "subregion", "intermediate", "successor"])
        let regionsFile = try table("regions.tsv", ["id", "name", "level", "parent"])
        let informalFile = try table("informal_members.tsv", ["region", "country"])
        let groupsFile = try table("groups.tsv", ["group", "name", "member", "valid_from", "valid_to"])
        let aliasesFile = try table("aliases.tsv", ["alias", "target", "kind", "case"])
        let stopFile = try table("stopphrases.tsv", ["phrase", "reason"])
        let contextFile = try table("context.tsv", ["alias", "rule", "word", "window"])
        let capsContextFile = try table("caps_context.tsv", ["alias", "rule", "word", "window"])
        let prefixesFile = try table("prefixes.tsv", ["prefix", "target"])
        let datelineFile = try table("dateline_places.tsv", ["place", "target"])

        var hasher = SHA256()
        for (name, file) in zip(fileNames.prefix(10), [countriesFile, regionsFile, informalFile, groupsFile, aliasesFile,
                                            stopFile, contextFile, capsContextFile, prefixesFile, datelineFile]) {
            hasher.update(Array(name.utf8))
            hasher.update([0])
            hasher.update(file.bytes)
        }

        // Countries.
        var countries: [Country] = []
        var alpha2Line: [String: Int] = [:]
        var alpha3Line: [String: Int] = [:]
        for (line, f) in countriesFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: countriesFile.path, line: line, message: m)) }
            let a2 = f[0], a3 = f[1]
            if a2.utf8.count != 2 || !a2.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) { p("alpha2 '\(a2)' is not two capitals"); continue }
            if a3.utf8.count != 3 || !a3.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) { p("alpha3 '\(a3)' is not three capitals") }
            if let first = alpha2Line[a2] { p("duplicate alpha2 '\(a2)' (first on line \(first))"); continue }
            if let first = alpha3Line[a3] { p("duplicate alpha3 '\(a3)' (first on line \(first))") }
            var m49: Int?
            if !f[2].isEmpty {
                m49 = Int(f[2])
                if !(0...999).contains(m49 ?? -1) { p("m49 '\(f[2])' is not a number 0-999") }
            }
            if f[3].isEmpty { p("name is empty") }
            alpha2Line[a2] = line
            alpha3Line[a3] = line
            countries.append(Country(alpha2: a2, alpha3: a3, m49: m49, name: f[3], continent: f[4], subregion: f[5],
                                     intermediate: f[6].isEmpty ? nil : f[6], successor: f[7].isEmpty ? nil : f[7]))
        }
        for (line, f) in countriesFile.rows where !f[7].isEmpty && alpha2Line[f[7]] == nil {
            problems.append(DataProblem(path: countriesFile.path, line: line, message: "unknown successor '\(f[7])'"))
        }
        let countryIndex = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($1.alpha2, $0) })

        // Regions and informal members.
        var regionLine: [String: Int] = [:]
        for (line, f) in regionsFile.rows {
            if let first = regionLine[f[0]] {
                problems.append(DataProblem(path: regionsFile.path, line: line, message: "duplicate region '\(f[0])' (first on line \(first))"))
            } else if f[0].isEmpty {
                problems.append(DataProblem(path: regionsFile.path, line: line, message: "empty region id"))
            } else { regionLine[f[0]] = line }
            if !regionLevels.contains(f[2]) {
                problems.append(DataProblem(path: regionsFile.path, line: line, message:
                    "unknown level '\(f[2])' (expected \(regionLevels.sorted().joined(separator: "|")))"))
            }
        }
        for (line, f) in regionsFile.rows where !f[3].isEmpty && regionLine[f[3]] == nil {
            problems.append(DataProblem(path: regionsFile.path, line: line, message: "unknown parent region '\(f[3])'"))
        }
        var informal: [String: [Int]] = [:]
        var informalSeen: Set<String> = []
        for (line, f) in informalFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: informalFile.path, line: line, message: m)) }
            guard regionLine[f[0]] != nil else { p("unknown region '\(f[0])'"); continue }
            guard let c = countryIndex[f[1]] else { p("unknown country code '\(f[1])'"); continue }
            if !informalSeen.insert(f[0] + "\t" + f[1]).inserted { p("duplicate member '\(f[1])' of '\(f[0])'"); continue }
            informal[f[0], default: []].append(c)
        }
        var regions: [Region] = []
        var regionDone: Set<String> = []
        for (_, f) in regionsFile.rows where regionDone.insert(f[0]).inserted {
            let id = f[0], name = f[1], level = f[2]
            var members: [Int]
            if level == "informal" {
                members = informal[id] ?? []
            } else {
                let number = id.split(separator: ":").last.map(String.init) ?? id
                members = countries.indices.filter { i in
                    let c = countries[i]
                    let field = level == "continent" ? c.continent : level == "subregion" ? c.subregion : (c.intermediate ?? "")
                    return !field.isEmpty && (field == id || field == name || field == number)
                }
                members += informal[id] ?? []
            }
            regions.append(Region(id: id, name: name, level: level, parent: f[3].isEmpty ? nil : f[3],
                                  members: Array(Set(members)).sorted()))
        }

        // Groups.
        let groups = parseGroups(groupsFile, countryIndex: { countryIndex[$0] }, problems: &problems)

        let gazetteer = Gazetteer(checksum: "", countries: countries, regions: regions, groups: groups, aliases: [],
                                  stopPhrases: [], contextRules: [], prefixes: [], datelinePlaces: [])
        let tokenizer = Tokenizer()

        // Aliases: keyed by their folded token sequence.
        var aliases: [Alias] = []
        var aliasLine: [[UInt64]: (line: Int, target: String, surface: String)] = [:]
        for (line, f) in aliasesFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: aliasesFile.path, line: line, message: m)) }
            let key = aliasKey(f[0], tokenizer)
            if key.isEmpty { p("alias '\(f[0])' has no word"); continue }
            guard let target = gazetteer.entity(code: f[1]) else { p("unknown target code '\(f[1])'"); continue }
            guard let kind = MentionKind.named(f[2]), kind != .prefix else {
                p("unknown kind '\(f[2])' (expected name|abbreviation|demonym|capital|seat|city|place|region)"); continue
            }
            guard let rule = AliasCase(rawValue: f[3]) else { p("unknown case '\(f[3])' (expected fold|title|exact)"); continue }
            if let first = aliasLine[key] {
                // Spellings the tokenizer reads alike (`Timor-Leste` / `Timor Leste`, `St.` / `St`)
                // may coexist when they agree; the first one is used.
                if first.target != f[1] {
                    p("alias '\(f[0])' targets '\(f[1])' but '\(first.surface)' on line \(first.line) targets '\(first.target)'")
                } else if first.surface == f[0] {
                    p("duplicate alias '\(f[0])' (first on line \(first.line))")
                }
                continue
            }
            aliasLine[key] = (line, f[1], f[0])
            aliases.append(Alias(surface: f[0], target: target, kind: kind, caseRule: rule, line: line))
        }

        var stopPhrases: [String] = []
        var stopLine: [[UInt64]: (line: Int, surface: String)] = [:]
        for (line, f) in stopFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: stopFile.path, line: line, message: m)) }
            let key = aliasKey(f[0], tokenizer)
            if key.count < 2 { p("stop phrase '\(f[0])' must have at least two words"); continue }
            if let first = stopLine[key] {
                if first.surface == f[0] { p("duplicate stop phrase '\(f[0])' (first on line \(first.line))") }
                continue
            }
            if let a = aliasLine[key] { p("stop phrase '\(f[0])' is also an alias (aliases.tsv line \(a.line))"); continue }
            stopLine[key] = (line, f[0])
            stopPhrases.append(f[0])
        }

        var rules: [ContextRule] = []
        for (file, capsOnly) in [(contextFile, false), (capsContextFile, true)] {
            var seen: Set<String> = []
            for (line, f) in file.rows {
                let p = { (m: String) in problems.append(DataProblem(path: file.path, line: line, message: m)) }
                if aliasLine[aliasKey(f[0], tokenizer)] == nil { p("'\(f[0])' is not an alias in aliases.tsv"); continue }
                guard let kind = ContextRuleKind(rawValue: f[1]) else {
                    p("unknown rule '\(f[1])' (expected block_if_prev|block_if_next|block_if_near)"); continue
                }
                if f[2].isEmpty || f[2] != f[2].lowercased() || f[2].contains(" ") { p("word '\(f[2])' must be one lower-case word"); continue }
                var window = 1
                if kind == .blockIfNear || !f[3].isEmpty {
                    guard let w = Int(f[3]), w >= 1, w <= maximumContextWindow else {
                        p("window '\(f[3])' must be a number 1-\(maximumContextWindow)"); continue
                    }
                    window = w
                }
                if !seen.insert("\(f[0].lowercased())\t\(f[1])\t\(f[2])").inserted { p("duplicate rule"); continue }
                rules.append(ContextRule(alias: f[0], kind: kind, word: f[2], window: window, capsOnly: capsOnly))
            }
        }

        var prefixes: [(prefix: String, country: Int)] = []
        var prefixLine: [[UInt64]: Int] = [:]
        for (line, f) in prefixesFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: prefixesFile.path, line: line, message: m)) }
            let key = aliasKey(f[0], tokenizer)
            if key.count != 1 { p("prefix '\(f[0])' must be one word"); continue }
            guard let c = countryIndex[f[1]] else { p("unknown country code '\(f[1])'"); continue }
            if let first = prefixLine[key] { p("duplicate prefix '\(f[0])' (first on line \(first))"); continue }
            prefixLine[key] = line
            prefixes.append((f[0], c))
        }

        // Dateline places: may repeat an alias naming the same country, never contradict one.
        var datelinePlaces: [(place: String, country: Int)] = []
        var placeLine: [[UInt64]: Int] = [:]
        for (line, f) in datelineFile.rows {
            let p = { (m: String) in problems.append(DataProblem(path: datelineFile.path, line: line, message: m)) }
            let key = aliasKey(f[0], tokenizer)
            if key.isEmpty { p("place '\(f[0])' has no word"); continue }
            guard let c = countryIndex[f[1]] else { p("unknown country code '\(f[1])'"); continue }
            if let first = placeLine[key] { p("duplicate place '\(f[0])' (first on line \(first))"); continue }
            if let a = aliasLine[key], gazetteer.countryIndex(of: gazetteer.entity(code: a.target) ?? EntityID(-1)) != c {
                p("place '\(f[0])' names \(f[1]) but alias '\(a.surface)' (aliases.tsv line \(a.line)) names \(a.target)")
                continue
            }
            placeLine[key] = line
            datelinePlaces.append((f[0], c))
        }

        let disambiguation = try loadDisambiguation(
            directory: directory, aliasKeys: aliasLine.mapValues(\.target), countryIndex: countryIndex,
            tokenizer: tokenizer, hasher: &hasher, problems: &problems)

        if !problems.isEmpty { throw DetectionError.invalidData(problems) }
        return Gazetteer(checksum: hasher.hexDigest, countries: countries, regions: regions, groups: groups,
                         aliases: aliases, stopPhrases: stopPhrases, contextRules: rules, prefixes: prefixes,
                         datelinePlaces: datelinePlaces, disambiguation: disambiguation)
    }

    /// Largest `window` accepted in context files: beyond this a rule is a topic filter, not context.
    public static let maximumContextWindow = 20

    /// The folded token hashes of a phrase: its identity for duplicate checks and matching.
    /// Groups of a `groups.tsv`-shaped table (`group, name, member, valid_from, valid_to`), in file order;
    /// unknown codes, bad or reversed dates and duplicate memberships are reported as `file:line` problems.
    static func parseGroups(_ table: TSVTable, countryIndex: (String) -> Int?, problems: inout [DataProblem]) -> [CountryGroup] {
        var groupOrder: [String] = []
        var groupName: [String: String] = [:]
        var groupMembers: [String: [CountryGroup.Membership]] = [:]
        var memberSeen: Set<String> = []
        var found: [DataProblem] = []
        defer { problems += found }
        for (line, f) in table.rows {
            let report = { (m: String) in found.append(DataProblem(path: table.path, line: line, message: m)) }
            let id = f[0].hasPrefix("group:") ? f[0] : "group:" + f[0]
            if groupName[id] == nil { groupOrder.append(id); groupName[id] = f[1] }
            guard let c = countryIndex(f[2]) else { report("unknown country code '\(f[2])'"); continue }
            for d in [f[3], f[4]] where !d.isEmpty && !isISODatePrefix(d) { report("date '\(d)' is not YYYY, YYYY-MM or YYYY-MM-DD") }
            if !f[3].isEmpty && !f[4].isEmpty && f[4] < f[3] { report("valid_to \(f[4]) is before valid_from \(f[3])") }
            if !memberSeen.insert("\(id)\t\(f[2])\t\(f[3])").inserted { report("duplicate membership of '\(f[2])' in '\(id)'") }
            groupMembers[id, default: []].append(CountryGroup.Membership(
                country: c, validFrom: f[3].isEmpty ? nil : f[3], validTo: f[4].isEmpty ? nil : f[4]))
        }
        return groupOrder.map { CountryGroup(id: $0, name: groupName[$0] ?? $0, members: groupMembers[$0] ?? []) }
    }

    static func aliasKey(_ phrase: String, _ tokenizer: Tokenizer) -> [UInt64] {
        tokenizer.tokenize(Array(phrase.utf8)).tokens.map(\.hash)
    }

    private static func isISODatePrefix(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        switch b.count {
        case 4: return digits(0..<4)
        case 7: return digits(0..<4) && b[4] == 45 && digits(5..<7)
        case 10: return digits(0..<4) && b[4] == 45 && digits(5..<7) && b[7] == 45 && digits(8..<10)
        default: return false
        }
    }
}
