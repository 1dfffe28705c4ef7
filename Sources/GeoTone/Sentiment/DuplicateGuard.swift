/// Remembers first lines of terms to reject duplicates.
struct DuplicateGuard {
    private var seen: [String: Int] = [:]
    /// Records `term` at `line`; fails when it was seen before.
    mutating func check(_ term: String, line: Int, path: String) throws(SentimentError) {
        if let first = seen[term] { throw .duplicate(path: path, line: line, term: term, firstLine: first) }
        seen[term] = line
    }
}
