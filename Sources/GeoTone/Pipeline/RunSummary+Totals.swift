extension RunSummary {
    /// Takes the corpus totals of `total` (`analyze` and `merge` alike): undated articles, countries named, pairs,
    /// and the mean compound over every country's sentences.
    mutating func takeTotals(of total: CorpusAccumulator) {
        undated = total.undated
        countries = total.countries.filter { $0.articles > 0 }.count
        pairs = total.pairs.count
        var sentenceTally = Tally()
        for t in total.countries { sentenceTally += t }
        meanCompound = sentenceTally.meanCompound
    }

    /// The fingerprint of a run's inputs (`inputFingerprint`): each file's path, size and content hash, in byte
    /// order of the paths.
    static func inputFingerprint(of files: [(path: String, bytes: Int, hash: String)]) -> String {
        var hash = FastHash()
        for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            hash.update("\(file.path)\u{0}\(file.bytes)\u{0}\(file.hash)\n")
        }
        return hash.finalize()
    }
}
