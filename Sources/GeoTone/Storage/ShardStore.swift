/// The store rows of shard runs (`analyze --shard I/N`) and of the runs merged from them (`merge`): the only SQL
/// of the scale-out path.
///
/// A shard run is a run of its own store with one `shard_runs` row (which shard, the partition, the settings the
/// merge needs to aggregate) and one `shard_articles` row per article: the fields read from the input, the content
/// hash, the cache key and, for the articles it analysed, the cache payload. It writes no table and no `articles`,
/// `mentions` or cache rows: the merge writes those once, for the whole corpus. A merged run lists the shard runs it
/// was made from in `merged_shards`.
public enum ShardStore {
    /// The tables, created by schema migration 7.
    public static let schemaSQL = """
        CREATE TABLE shard_runs(
            run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            shard_index INTEGER NOT NULL,
            shard_count INTEGER NOT NULL,
            partition TEXT NOT NULL,
            start_cut TEXT NOT NULL,
            end_cut TEXT NOT NULL,
            lexicon TEXT NOT NULL,
            mention_kinds TEXT,
            groups_path TEXT,
            min_pair_articles INTEGER NOT NULL,
            period TEXT NOT NULL
        ) STRICT;
        CREATE TABLE shard_articles(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            source_path TEXT NOT NULL,
            line INTEGER NOT NULL,
            date TEXT,
            date_source TEXT NOT NULL,
            title TEXT NOT NULL,
            dateline_place TEXT,
            agency TEXT,
            content_hash TEXT NOT NULL,
            cache_key BLOB NOT NULL,
            payload BLOB,
            PRIMARY KEY (run_id, ordinal)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE merged_shards(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            shard_index INTEGER NOT NULL,
            shard_count INTEGER NOT NULL,
            store_path TEXT NOT NULL,
            shard_run_id INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            duration_seconds REAL,
            PRIMARY KEY (run_id, shard_index)
        ) STRICT;
        """

    /// What a shard records about itself, and what the merge needs to rebuild the run's aggregation.
    public struct ShardInfo: Sendable, Equatable {
        public var index: Int
        public var count: Int
        public var partition: String
        public var startCut: String
        public var endCut: String
        public var lexicon: String
        public var mentionKinds: [String]?
        public var groupsPath: String?
        public var minPairArticles: Int
        public var period: Period
    }

    /// Writes the `shard_runs` row of run `runID`.
    public static func recordShard(_ info: ShardInfo, runID: Int64, in db: SQLiteDatabase) throws {
        try db.run("""
            INSERT INTO shard_runs(run_id, shard_index, shard_count, partition, start_cut, end_cut, lexicon, mention_kinds,
                                   groups_path, min_pair_articles, period)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(runID), .integer(Int64(info.index)), .integer(Int64(info.count)), .text(info.partition),
                  .text(info.startCut), .text(info.endCut), .text(info.lexicon),
                  .text(orNull: info.mentionKinds?.joined(separator: ",")), .text(orNull: info.groupsPath),
                  .integer(Int64(info.minPairArticles)), .text(info.period.rawValue)])
    }

    /// Labels for `geotone runs`: `shard I/N` for shard runs, `N shards` for merged runs.
    public static func shardLabels(in db: SQLiteDatabase) throws -> [Int64: String] {
        guard try hasTables(db) else { return [:] }
        var labels: [Int64: String] = [:]
        for row in try db.query("SELECT run_id, shard_index, shard_count FROM shard_runs") {
            labels[row[0].int ?? 0] = "shard \(row[1].int ?? 0)/\(row[2].int ?? 0)"
        }
        for row in try db.query("SELECT run_id, count(*), max(shard_count) FROM merged_shards GROUP BY run_id") {
            labels[row[0].int ?? 0] = "merged \(row[1].int ?? 0)/\(row[2].int ?? 0)"
        }
        return labels
    }

    /// The shards a merged run was made from, in shard order: index, store path, shard run id, articles, seconds.
    public static func mergedShards(of runID: Int64, in db: SQLiteDatabase)
        throws -> [(index: Int, store: String, run: Int64, articles: Int, seconds: Double?)] {
        guard try hasTables(db) else { return [] }
        return try db.query("""
            SELECT shard_index, store_path, shard_run_id, articles, duration_seconds FROM merged_shards
            WHERE run_id = ? ORDER BY shard_index
            """, [.integer(runID)]).map { (Int($0[0].int ?? 0), $0[1].string, $0[2].int ?? 0, Int($0[3].int ?? 0), $0[4].double) }
    }

    /// Opens a store only to read it: immutable (no lock, no write-ahead log or shared memory, so that it can be read
    /// over a network file system) unless a write-ahead log with committed rows lies beside it (a run that was stopped
    /// before its log was copied into the file), which only an ordinary connection reads.
    static func openForReading(_ path: String, busyTimeoutMilliseconds: Int32) throws -> SQLiteDatabase {
        if let log = FileBytes.status(path: path + "-wal"), log.size > 0 {
            return try SQLiteDatabase(path: path, create: false, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        }
        return try SQLiteDatabase(immutablePath: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    static func hasTables(_ db: SQLiteDatabase) throws -> Bool {
        try db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'merged_shards'").first != nil
    }
}
