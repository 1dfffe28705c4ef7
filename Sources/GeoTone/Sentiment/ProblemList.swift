/// Collects problems so a data file reports all of them at once.
struct ProblemList {
    var problems: [SentimentError] = []
    /// Runs `body`, recording its error instead of stopping.
    mutating func record(_ body: () throws(SentimentError) -> Void) {
        do { try body() } catch { problems.append(error) }
    }
    /// Throws when anything was recorded.
    func check() throws(SentimentError) {
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw .many(problems) }
    }
}
