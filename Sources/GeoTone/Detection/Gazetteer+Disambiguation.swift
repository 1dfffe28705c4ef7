extension Gazetteer {
    /// The disambiguation files, in the order they are read and hashed after the other gazetteer files.
    static let disambiguationFileNames = ["qualifiers.tsv", "suffixes.tsv", "homonyms.tsv", "given_names.tsv", "cues.tsv"]

    /// Reads and validates the disambiguation files: unknown countries, unknown cue sets, duplicates, homonyms
    /// that are not aliases, and qualifiers or suffixes of the wrong shape are reported as `file:line` problems.
    static func loadDisambiguation(directory: String, aliasKeys: [[UInt64]: String], countryIndex: [String: Int],
                                   tokenizer: Tokenizer, hasher: inout SHA256,
                                   problems: inout [DataProblem]) throws -> Disambiguation {
        var found: [DataProblem] = []
        defer { problems += found }
        func table(_ name: String, _ columns: [String]) throws -> TSVTable {
            let t = try TSVTable.read(directory: directory, name: name, columns: columns, problems: &found)
            hasher.update(Array(name.utf8))
            hasher.update([0])
            hasher.update(t.bytes)
            return t
        }
        let qualifierFile = try table("qualifiers.tsv", ["qualifier", "target"])
        let suffixFile = try table("suffixes.tsv", ["suffix", "target"])
        let homonymFile = try table("homonyms.tsv", ["alias", "country"])
        let namesFile = try table("given_names.tsv", ["name"])
        let cueFile = try table("cues.tsv", ["cue", "word"])

        var d = Disambiguation()
        func country(_ code: String, _ report: (String) -> Void) -> Int? {
            guard let c = countryIndex[code] else { report("unknown country code '\(code)'"); return nil }
            return c
        }
        var seen: [[UInt64]: Int] = [:]
        for (line, f) in qualifierFile.rows {
            let p = { (m: String) in found.append(DataProblem(path: qualifierFile.path, line: line, message: m)) }
            let key = aliasKey(f[0], tokenizer)
            if key.isEmpty { p("qualifier '\(f[0])' has no word"); continue }
            guard let c = country(f[1], p) else { continue }
            if let first = seen[key] { p("duplicate qualifier '\(f[0])' (first on line \(first))"); continue }
            seen[key] = line
            d.qualifiers.append((f[0], c))
        }
        seen = [:]
        for (line, f) in suffixFile.rows {
            let p = { (m: String) in found.append(DataProblem(path: suffixFile.path, line: line, message: m)) }
            let key = aliasKey(f[0], tokenizer)
            if key.count != 1 { p("suffix '\(f[0])' must be one word"); continue }
            guard let c = country(f[1], p) else { continue }
            if let first = seen[key] { p("duplicate suffix '\(f[0])' (first on line \(first))"); continue }
            seen[key] = line
            d.suffixes.append((f[0], c))
        }
        var pairs: Set<String> = []
        for (line, f) in homonymFile.rows {
            let p = { (m: String) in found.append(DataProblem(path: homonymFile.path, line: line, message: m)) }
            guard let target = aliasKeys[aliasKey(f[0], tokenizer)] else { p("'\(f[0])' is not an alias in aliases.tsv"); continue }
            guard let c = country(f[1], p) else { continue }
            if target == f[1] { p("'\(f[0])' already names \(f[1])"); continue }
            if !pairs.insert(f[0] + "\t" + f[1]).inserted { p("duplicate homonym '\(f[0])' \(f[1])"); continue }
            d.homonyms.append((f[0], c))
        }
        var names: Set<String> = []
        for (line, f) in namesFile.rows {
            let p = { (m: String) in found.append(DataProblem(path: namesFile.path, line: line, message: m)) }
            if aliasKey(f[0], tokenizer).count != 1 { p("given name '\(f[0])' must be one word"); continue }
            if let target = aliasKeys[aliasKey(f[0], tokenizer)] { p("given name '\(f[0])' is also an alias of \(target)"); continue }
            if !names.insert(f[0]).inserted { p("duplicate given name '\(f[0])'"); continue }
            d.givenNames.append(f[0])
        }
        var cueWords: Set<String> = []
        for (line, f) in cueFile.rows {
            let p = { (m: String) in found.append(DataProblem(path: cueFile.path, line: line, message: m)) }
            guard let cue = Disambiguation.Cue(rawValue: f[0]) else {
                p("unknown cue '\(f[0])' (expected \(Disambiguation.Cue.allCases.map(\.rawValue).joined(separator: "|")))"); continue
            }
            if aliasKey(f[1], tokenizer).count != 1 { p("cue word '\(f[1])' must be one word"); continue }
            if !cueWords.insert(f[0] + "\t" + f[1].lowercased()).inserted { p("duplicate cue word '\(f[1])' in \(f[0])"); continue }
            d.cues[cue, default: []].append(f[1])
        }
        return d
    }
}
