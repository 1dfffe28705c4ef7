/// The rows that make a run a shard run (`analyze --shard I/N`) or a merged run (`merge`).
///
/// A shard run is an ordinary run of its own store: its article rows (fields, mentions, cache key and payload, see
/// ``StoredArticle``) are what the merge reads back with ``RunReader/articles(run:)``. It writes no corpus table and
/// no CSV file, and adds one `shard_runs` row (which shard, the partition, the settings the merge aggregates with).
/// A merged run lists the shard runs it was made from in `merged_shards`.
public enum ShardStore {
    /// The tables, created by schema migration 9.
    static let schemaSQL = """
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

        public init(index: Int, count: Int, partition: String, startCut: String, endCut: String, lexicon: String,
                    mentionKinds: [String]?, groupsPath: String?, minPairArticles: Int, period: Period) {
            self.index = index
            self.count = count
            self.partition = partition
            self.startCut = startCut
            self.endCut = endCut
            self.lexicon = lexicon
            self.mentionKinds = mentionKinds
            self.groupsPath = groupsPath
            self.minPairArticles = minPairArticles
            self.period = period
        }
    }

    /// One shard a merged run was made from (`geotone runs`).
    public struct MergedShard: Sendable, Equatable {
        public var index: Int
        public var store: String
        public var run: Int64
        public var articles: Int
        public var seconds: Double?
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

extension RunWriter {
    /// Records that this run is a shard run.
    public func recordShard(_ info: ShardStore.ShardInfo) throws {
        try database.run("""
            INSERT INTO shard_runs(run_id, shard_index, shard_count, partition, start_cut, end_cut, lexicon, mention_kinds,
                                   groups_path, min_pair_articles, period)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(runID), .integer(Int64(info.index)), .integer(Int64(info.count)), .text(info.partition),
                  .text(info.startCut), .text(info.endCut), .text(info.lexicon),
                  .text(orNull: info.mentionKinds?.joined(separator: ",")), .text(orNull: info.groupsPath),
                  .integer(Int64(info.minPairArticles)), .text(info.period.rawValue)])
    }

    /// Records the shard runs this (merged) run was made from.
    public func recordMergedShards(_ sources: [ShardSource]) throws {
        let insert = try database.prepare("INSERT INTO merged_shards VALUES (?, ?, ?, ?, ?, ?, ?)")
        for s in sources {
            try insert.execute([.integer(runID), .integer(Int64(s.info.index)), .integer(Int64(s.info.count)), .text(s.path),
                                .integer(s.runID), .integer(Int64(s.articles)), .real(orNull: s.seconds)])
        }
    }

    /// Where an article already written by this run was read: its source path and line.
    public func articlePlace(ordinal: Int) throws -> (path: String, line: Int) {
        let row = try database.query("SELECT source_path, line FROM articles WHERE run_id = ? AND ordinal = ?",
                                     [.integer(runID), .integer(Int64(ordinal))]).first
        return (row?[0].string ?? "?", Int(row?[1].int ?? 0))
    }
}

extension RunReader {
    /// Labels for `geotone runs`: `shard I/N` for shard runs, `merged K/N` for merged runs.
    public func shardLabels() throws -> [Int64: String] {
        guard try ShardStore.hasTables(database) else { return [:] }
        var labels: [Int64: String] = [:]
        for row in try database.query("SELECT run_id, shard_index, shard_count FROM shard_runs") {
            labels[row[0].int ?? 0] = "shard \(row[1].int ?? 0)/\(row[2].int ?? 0)"
        }
        for row in try database.query("SELECT run_id, count(*), max(shard_count) FROM merged_shards GROUP BY run_id") {
            labels[row[0].int ?? 0] = "merged \(row[1].int ?? 0)/\(row[2].int ?? 0)"
        }
        return labels
    }

    /// The shards a merged run was made from, in shard order.
    public func mergedShards(of run: Int64) throws -> [ShardStore.MergedShard] {
        guard try ShardStore.hasTables(database) else { return [] }
        return try database.query("""
            SELECT shard_index, store_path, shard_run_id, articles, duration_seconds FROM merged_shards
            WHERE run_id = ? ORDER BY shard_index
            """, [.integer(run)]).map {
            ShardStore.MergedShard(index: Int($0[0].int ?? 0), store: $0[1].string, run: $0[2].int ?? 0,
                                   articles: Int($0[3].int ?? 0), seconds: $0[4].double)
        }
    }

    /// The newest complete shard run of the store and its `shard_runs` row, if any (the store has the tables of
    /// migration 9: ``ShardSource`` checks).
    func newestShardRun() throws -> (run: Int64, info: ShardStore.ShardInfo, period: String)? {
        guard let row = try database.query("""
            SELECT r.id, s.shard_index, s.shard_count, s.partition, s.start_cut, s.end_cut, s.lexicon, s.mention_kinds,
                   s.groups_path, s.min_pair_articles, s.period
            FROM runs r JOIN shard_runs s ON s.run_id = r.id
            WHERE r.status = 'complete' ORDER BY r.id DESC LIMIT 1
            """).first else { return nil }
        let info = ShardStore.ShardInfo(
            index: Int(row[1].int ?? -1), count: Int(row[2].int ?? 0), partition: row[3].string, startCut: row[4].string,
            endCut: row[5].string, lexicon: row[6].string,
            mentionKinds: row[7] == .null ? nil : row[7].string.split(separator: ",").map(String.init),
            groupsPath: row[8] == .null ? nil : row[8].string, minPairArticles: Int(row[9].int ?? 3),
            period: Period(rawValue: row[10].string) ?? .month)
        return (row[0].int ?? 0, info, row[10].string)
    }
}
