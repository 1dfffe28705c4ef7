/// Extra country groups from `--groups FILE`, in the format of `Datasets/gazetteer/groups.tsv`.
enum UserGroups {
    /// The groups of `path` as region-model entries; every problem is listed with `file:line`.
    static func load(path: String, gazetteer: Gazetteer) throws -> [(id: String, members: [RegionModel.Membership], countries: [Int])] {
        var problems: [DataProblem] = []
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.contains("/") ? String(path[path.index(after: path.lastIndex(of: "/")!)...]) : path
        let table = try TSVTable.read(directory: directory, name: name,
                                      columns: ["group", "name", "member", "valid_from", "valid_to"], problems: &problems)
        var order: [String] = []
        var members: [String: [(Int, String?, String?)]] = [:]
        for (line, f) in table.rows {
            guard let country = gazetteer.countryIndex(alpha2: f[2]) else {
                problems.append(DataProblem(path: table.path, line: line, message: "unknown country code '\(f[2])'"))
                continue
            }
            if !f[3].isEmpty && !f[4].isEmpty && f[4] < f[3] {
                problems.append(DataProblem(path: table.path, line: line, message: "valid_to \(f[4]) is before valid_from \(f[3])"))
            }
            let id = f[0].hasPrefix("group:") ? String(f[0].dropFirst(6)) : f[0]
            if members[id] == nil { order.append(id) }
            members[id, default: []].append((country, f[3].isEmpty ? nil : f[3], f[4].isEmpty ? nil : f[4]))
        }
        if !problems.isEmpty { throw ConfigurationError(problems: problems.map(\.description)) }
        return order.map { id in
            let list = members[id] ?? []
            return (id, list.map { .init(region: 0, validFrom: $0.1, validTo: $0.2) }, list.map(\.0))
        }
    }
}
