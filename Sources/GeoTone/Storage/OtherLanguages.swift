/// The text of `runs.other_languages`: the articles (not duplicates) a run read in languages other than English, as
/// `code:count` pairs in code order joined by commas (`de:1,fr:2`); empty when there were none.
enum OtherLanguages {
    static func encode(_ counts: [(code: String, articles: Int)]) -> String {
        counts.map { "\($0.code):\($0.articles)" }.joined(separator: ",")
    }

    /// The counts in `text`, or nil when it is not in that form (the caller then counts the article rows).
    static func decode(_ text: String) -> [(code: String, articles: Int)]? {
        if text.isEmpty { return [] }
        var counts: [(code: String, articles: Int)] = []
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let n = Int(parts[1]), n > 0 else { return nil }
            counts.append((code: String(parts[0]), articles: n))
        }
        return counts
    }
}
