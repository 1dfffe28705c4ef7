/// Names that must carry no sentiment: every multi-word country, region and group name of the gazetteer
/// (`United States`, `United Nations` are handled by the lexicon's own neutral list).
enum NeutralNames {
    static func phrases(_ g: Gazetteer) -> [String] {
        var names: Set<String> = []
        for alias in g.aliases where alias.surface.contains(" ") { names.insert(alias.surface) }
        for c in g.countries { names.insert(c.name) }
        return names.sorted()
    }
}
