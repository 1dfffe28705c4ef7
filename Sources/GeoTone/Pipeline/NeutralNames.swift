/// Names that must carry no sentiment: every multi-word country, region and group name of the gazetteer
/// (`United States`, `United Nations` are handled by the lexicon's own neutral list).
enum NeutralNames {
    static func phrases(_ g: Gazetteer) -> [String] {
        var names: Set<String> = []
        // A space byte (a String search went through Foundation for each of the 3,000 aliases).
        for alias in g.aliases where alias.surface.utf8.contains(0x20) { names.insert(alias.surface) }
        for c in g.countries { names.insert(c.name) }
        return names.sorted()
    }
}
