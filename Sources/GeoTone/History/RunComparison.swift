/// Two complete runs side by side: what changed between them (data, method) and, per country, country pair
/// and region, the values in each, with absolute and relative change, change in rank and a status.
public struct RunComparison: Sendable {
    /// The earlier run (A) and the later run (B).
    public let a: RunRecord
    public let b: RunRecord
    /// What differs between A and B: `data`, `method`, `data+method` or `none` (never `first`).
    public let change: RunChange
    /// The method differences in words (empty when the method is the same).
    public let methodDifferences: [String]
    /// Countries: articles, share of articles, mean compound.
    public let countries: ComparisonTable
    /// Country pairs: articles, NPMI.
    public let pairs: ComparisonTable
    /// Regions and groups (ranked within their level): articles, share of articles.
    public let regions: ComparisonTable

    /// Compares run `aID` with run `bID`; by default the last two complete runs (A the older).
    public init(history: RunHistory, a aID: Int64? = nil, b bID: Int64? = nil) throws {
        let path = history.reader.path
        let runA: RunRecord, runB: RunRecord
        switch (aID, bID) {
        case let (x?, y?): (runA, runB) = (try history.run(x), try history.run(y))
        case let (x?, nil):
            // One run named: compare it with the latest complete run.
            let latest = try history.runs().filter(\.isComplete).last
            guard let latest else { throw HistoryError.notEnoughRuns(path: path, complete: 0) }
            (runA, runB) = (try history.run(x), latest)
        default:
            let complete = try history.runs().filter(\.isComplete)
            guard complete.count >= 2 else { throw HistoryError.notEnoughRuns(path: path, complete: complete.count) }
            (runA, runB) = (complete[complete.count - 2], complete[complete.count - 1])
        }
        for run in [runA, runB] where !run.isComplete {
            throw HistoryError.incompleteRun(path: path, id: run.id, status: run.status.rawValue)
        }
        a = runA
        b = runB
        let c = runB.change(from: runA)
        change = c
        methodDifferences = MethodDifference.lines(runA, runB)
        let reader = history.reader
        func both<Row>(_ rows: (Int64) throws -> [Row]) throws -> (a: [Row], b: [Row]) { (try rows(runA.id), try rows(runB.id)) }
        let c2 = try both(reader.countries(run:))
        countries = ComparisonTable(
            keyColumns: ["country"], noteColumn: "name",
            measures: [.init(name: "share_of_articles", decimals: 4), .init(name: "mean_compound", decimals: 4)],
            a: Self.entries(c2.a) { ([$0.code], .init(articles: $0.articles, measures: [$0.share, $0.meanCompound], note: $0.name)) },
            b: Self.entries(c2.b) { ([$0.code], .init(articles: $0.articles, measures: [$0.share, $0.meanCompound], note: $0.name)) })
        let p2 = try both(reader.pairs(run:))
        pairs = ComparisonTable(
            keyColumns: ["country_a", "country_b"], noteColumn: nil, measures: [.init(name: "npmi", decimals: 4)],
            a: Self.entries(p2.a) { ([$0.a, $0.b], .init(articles: $0.articles, measures: [$0.npmi], note: "")) },
            b: Self.entries(p2.b) { ([$0.a, $0.b], .init(articles: $0.articles, measures: [$0.npmi], note: "")) })
        let r2 = try both(reader.regions(run:))
        regions = ComparisonTable(
            keyColumns: ["level", "region"], noteColumn: nil, measures: [.init(name: "share_of_articles", decimals: 4)],
            a: Self.entries(r2.a) { ([$0.level, $0.region], .init(articles: $0.articles, measures: [$0.share], note: "")) },
            b: Self.entries(r2.b) { ([$0.level, $0.region], .init(articles: $0.articles, measures: [$0.share], note: "")) },
            rankGroup: { $0[0] })
    }

    /// One run's rows of a table keyed for comparison.
    private static func entries<Row>(_ rows: [Row], _ entry: (Row) -> ([String], ComparisonTable.Entry))
        -> [[String]: ComparisonTable.Entry] {
        var out: [[String]: ComparisonTable.Entry] = [:]
        for row in rows {
            let (key, value) = entry(row)
            out[key] = value
        }
        return out
    }
}
