/// Extra country groups from `--groups FILE`, in the format of `Datasets/gazetteer/groups.tsv`, checked by the
/// same parser as the gazetteer's own groups.
enum UserGroups {
    /// The groups of `path` and the file's bytes (for the run's checksum); every problem is listed with `file:line`.
    static func load(path: String, gazetteer: Gazetteer) throws -> (groups: [CountryGroup], bytes: [UInt8]) {
        var problems: [DataProblem] = []
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let table = try TSVTable.read(directory: directory, name: name,
                                      columns: ["group", "name", "member", "valid_from", "valid_to"], problems: &problems)
        let groups = Gazetteer.parseGroups(table, countryIndex: { gazetteer.countryIndex(alpha2: $0) }, problems: &problems)
        if !problems.isEmpty { throw ConfigurationError(problems: problems.map(\.description)) }
        return (groups, table.bytes)
    }
}
