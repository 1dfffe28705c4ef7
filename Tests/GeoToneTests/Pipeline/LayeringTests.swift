import Testing

/// Which stage folders of `Sources/GeoTone/` use which: the code against the table in `Documentation/Pipeline.md`
/// ("Layers"). A folder uses another when it names a type declared there; every folder used must be listed for it,
/// and a row may only list rows above it (the pipeline order).
@Suite struct LayeringTests {
    static let root = SQLSafetyTests.packageRoot

    /// The documented table: folder → folders it may use, in the order of the rows.
    static func documentedLayers() throws -> [(folder: String, uses: Set<String>)] {
        let text = try FileManagerLite.readText(root + "/Documentation/Pipeline.md")
        guard let start = text.range(of: "## Layers") else { return [] }
        var rows: [(String, Set<String>)] = []
        for line in text[start.upperBound...].split(separator: "\n").drop(while: { !$0.hasPrefix("|") }) {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: " `") }
            guard cells.count >= 2, cells[0] != "folder", !cells[0].hasPrefix("-") else { continue }
            let uses = cells[1].split(separator: ",").map { $0.trimmingCharacters(in: " `") }.filter { $0 != "—" && !$0.isEmpty }
            rows.append((cells[0], Set(uses)))
        }
        return rows
    }

    /// Top-level type names declared in each folder.
    static func declarations(_ sources: [String: [String]]) -> [String: String] {
        var owner: [String: String] = [:]
        let declaration = #/^(?:(?:public|internal|private|fileprivate|final|open|indirect)\s+)*(?:struct|class|enum|protocol|actor|typealias)\s+([A-Za-z_]\w*)/#
        for (folder, texts) in sources {
            for text in texts {
                for line in text.split(separator: "\n") {
                    if let m = line.firstMatch(of: declaration) { owner[String(m.1)] = folder }
                }
            }
        }
        return owner
    }

    /// The code of `text` without comment lines and without the contents of one-line string literals.
    static func code(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("//") }
            .map { $0.replacing(#/"(?:[^"\\]|\\.)*"/#, with: "\"\"") }.joined(separator: "\n")
    }

    @Test func stagesUseOnlyTheDocumentedStages() throws {
        let layers = try Self.documentedLayers()
        #expect(layers.count >= 10, "Documentation/Pipeline.md has no Layers table")
        var sources: [String: [String]] = [:]
        let base = Self.root + "/Sources/GeoTone"
        for file in SQLSafetyTests.swiftFiles(base) {
            let folder = String(file.dropFirst(base.count + 1).prefix { $0 != "/" })
            sources[folder, default: []].append(try FileManagerLite.readText(file))
        }
        #expect(Set(sources.keys) == Set(layers.map(\.folder)), "every folder has one row in the table")
        let owner = Self.declarations(sources)
        var seen: Set<String> = []
        for (folder, allowed) in layers {
            #expect(allowed.isSubset(of: seen), "\(folder) lists a folder that does not come before it: \(allowed.subtracting(seen).sorted())")
            seen.insert(folder)
            var used: [String: Set<String>] = [:]
            for text in sources[folder] ?? [] {
                for word in Self.code(text).matches(of: #/\b[A-Z]\w*\b/#) {
                    if let other = owner[String(word.0)], other != folder { used[other, default: []].insert(String(word.0)) }
                }
            }
            for (other, names) in used where !allowed.contains(other) {
                Issue.record("\(folder) uses \(other) (\(names.sorted().prefix(5).joined(separator: ", "))), not listed in Documentation/Pipeline.md")
            }
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set)
        return String(self.drop { drop.contains($0) }.reversed().drop { drop.contains($0) }.reversed())
    }
}
