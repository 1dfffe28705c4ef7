/// Helpers for reading the project's small data files (TSV and word lists).
///
/// Not for hot paths: these work on `String`.
public enum DataLine {
    /// The substring without leading and trailing spaces, tabs and carriage returns.
    public static func trimmed(_ s: Substring) -> String {
        var lo = s.startIndex, hi = s.endIndex
        while lo < hi, isBlank(s[lo]) { lo = s.index(after: lo) }
        while hi > lo, isBlank(s[s.index(before: hi)]) { hi = s.index(before: hi) }
        return String(s[lo..<hi])
    }

    /// Splits a file's text into numbered lines (1-based), dropping a final empty line and
    /// a trailing carriage return on each line.
    public static func numberedLines(_ text: String) -> [(line: Int, text: Substring)] {
        var out: [(Int, Substring)] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (i, l) in lines.enumerated() {
            out.append((i + 1, l.hasSuffix("\r") ? l.dropLast() : l))
        }
        return out
    }

    private static func isBlank(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\r"
    }
}
