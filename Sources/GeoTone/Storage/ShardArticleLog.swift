/// Appends a shard run's `shard_articles` rows (on the run's writer thread, inside its transaction).
public final class ShardArticleLog {
    private let insert: SQLiteStatement

    public init(store: ResultStore, runID: Int64) throws {
        insert = try store.database.prepare("""
            INSERT OR FAIL INTO shard_articles(run_id, ordinal, article_id, source_path, line, date, date_source, title,
                                               dateline_place, agency, content_hash, cache_key, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.bind(Int(runID), at: 1)
    }

    /// Records an article's input fields, its cache key and its payload (nil for a duplicate, which was not analysed).
    public func record(_ r: ArticleRecord, cacheKey: FastHash.Digest, payload: [UInt8]?) throws {
        try insert.bind(r.ordinal, at: 2)
        try insert.stage(r.articleID, at: 3)
        try insert.stage(r.sourcePath, at: 4)
        try insert.bind(r.line, at: 5)
        try insert.stage(r.date, at: 6)
        try insert.stage(r.dateSource, at: 7)
        try insert.stage(r.title, at: 8)
        try insert.stage(r.datelinePlace, at: 9)
        try insert.stage(r.agency, at: 10)
        try insert.stage(r.contentHash, at: 11)
        try ArticleCache.withBytes(of: cacheKey) { try insert.bind(blob: $0, at: 12) }
        if let payload, r.duplicateOfOrdinal == nil { try insert.bind(blob: payload, at: 13) } else { try insert.bind(.null, at: 13) }
        try insert.run()
    }
}
