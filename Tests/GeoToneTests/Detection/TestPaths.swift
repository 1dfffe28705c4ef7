/// Paths used by the tests, relative to this file (the one place that locates the package root).
enum TestPaths {
    /// The package root (three levels above this file).
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)   // Detection/TestPaths.swift, GeoToneTests, Tests
        return parts.joined(separator: "/")
    }()

    /// The small gazetteer written for the tests.
    static let fixtureGazetteer = packageRoot + "/Tests/GeoToneTests/Fixtures/gazetteer"
    /// The project's gazetteer.
    static let realGazetteer = packageRoot + "/Datasets/gazetteer"
    /// The abbreviation list.
    static let abbreviations = packageRoot + "/Datasets/text/abbreviations.txt"
    /// The shared folder beside the repository (absent for users).
    static let shared = packageRoot + "/../shared"
    /// The Reuters development corpus.
    static let reuters = shared + "/corpora/reuters21578-dev.jsonl"
    /// The geoparsing gold sets (every place name annotated with its country).
    static let lgl = shared + "/corpora/geoparsing-dev/lgl.jsonl"
    static let trnews = shared + "/corpora/geoparsing-dev/trnews.jsonl"
    /// The seed article folder.
    static let seeds = shared + "/seeds"
}
