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
        let path = history.database.path
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
            throw HistoryError.incompleteRun(path: path, id: run.id, status: run.status)
        }
        a = runA
        b = runB
        let c = runB.change(from: runA)
        change = c
        methodDifferences = MethodDifference.lines(runA, runB)
        let db = history.database
        countries = try Self.table(db, runA.id, runB.id, keyColumns: ["country"], noteColumn: "name",
                                   measures: [.init(name: "share_of_articles", decimals: 4), .init(name: "mean_compound", decimals: 4)],
                                   sql: "SELECT country, name, articles, share_of_articles, mean_compound FROM country_stats WHERE run_id = ?")
        pairs = try Self.table(db, runA.id, runB.id, keyColumns: ["country_a", "country_b"], noteColumn: nil,
                               measures: [.init(name: "npmi", decimals: 4)],
                               sql: "SELECT country_a, country_b, articles, npmi FROM comentions WHERE run_id = ?")
        regions = try Self.table(db, runA.id, runB.id, keyColumns: ["level", "region"], noteColumn: nil,
                                 measures: [.init(name: "share_of_articles", decimals: 4)],
                                 sql: "SELECT level, region, articles, share_of_articles FROM region_stats WHERE run_id = ?", rankGroup: { $0[0] })
    }

    /// Loads one table's entries for both runs: key columns, optional note, articles, then the measures.
    private static func table(_ db: SQLiteDatabase, _ a: Int64, _ b: Int64, keyColumns: [String], noteColumn: String?,
                              measures: [ComparisonTable.Measure], sql: String,
                              rankGroup: @escaping ([String]) -> String = { _ in "" }) throws -> ComparisonTable {
        let keyCount = keyColumns.count, hasNote = noteColumn != nil
        func load(_ run: Int64) throws -> [[String]: ComparisonTable.Entry] {
            var entries: [[String]: ComparisonTable.Entry] = [:]
            for row in try db.query(sql, [.integer(run)]) {
                let key = row[0..<keyCount].map(\.string)
                var index = keyCount
                let note = hasNote ? row[index].string : ""
                if hasNote { index += 1 }
                let articles = Int(row[index].int ?? 0)
                let values = row[(index + 1)...].map(\.double)
                entries[key] = .init(articles: articles, measures: Array(values), note: note)
            }
            return entries
        }
        return ComparisonTable(keyColumns: keyColumns, noteColumn: noteColumn, measures: measures, a: try load(a), b: try load(b),
                               rankGroup: rankGroup)
    }
}
