/// Loads the lexicon named on the command line: a bundled one or a user file.
enum LexiconChoice {
    static func load(_ name: String, datasetsDirectory: String) throws -> (SentimentLexicon, SentimentMode) {
        switch name {
        case "news": return (try SentimentLexicon.loadBundled("news", datasetsDirectory: datasetsDirectory), .news)
        case "vader": return (try SentimentLexicon.loadBundled("vader", datasetsDirectory: datasetsDirectory), .vader)
        case "afinn": return (try SentimentLexicon.loadBundled("afinn", datasetsDirectory: datasetsDirectory), .news)
        default:
            // A user lexicon reuses the bundled VADER rules (negation, boosters, idioms) around its own valences.
            let rules = try SentimentLexicon.loadBundled("vader", datasetsDirectory: datasetsDirectory)
            return (try SentimentLexicon.load(path: name, rules: rules), .news)
        }
    }
}
