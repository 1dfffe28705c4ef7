/// Stable identifiers for articles that come without one.
public enum ArticleID {
    /// The path (and line, for multi-article files) as an id: `Datasets/articles/001_x.txt` or `feed.jsonl:12`.
    public static func derived(path: String, line: Int?) -> String {
        line.map { "\(path):\($0)" } ?? path
    }
}
