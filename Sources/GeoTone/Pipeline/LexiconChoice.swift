/// Loads the lexicon named on the command line: a bundled one or a user file.
enum LexiconChoice {
    static func load(_ name: String, datasetsDirectory: String) throws -> (SentimentLexicon, SentimentMode) {
        switch name {
        case "news": return (try SentimentLexicon.loadBundled("news", datasetsDirectory: datasetsDirectory), .news)
        case "vader": return (try SentimentLexicon.loadBundled("vader", datasetsDirectory: datasetsDirectory), .vader)
        case "afinn": return (try SentimentLexicon.loadBundled("afinn", datasetsDirectory: datasetsDirectory), .news)
        default: throw ConfigurationError(problems: ["--lexicon \(name): user lexicon files arrive with the lexicon loader (pending merge)"])
        }
    }
}
