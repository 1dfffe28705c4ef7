/// Appends a run's article rows (one per article: its fields, its mention rows as JSON, its cache entry).
final class ArticleRowWriter {
    let insert: SQLiteStatement
    let firstArticleID: SQLiteStatement
    /// Appends the run's cache keys to `temp.run_cache_keys` (see ``RunWriter/indexArticleCache()``).
    let insertKey: SQLiteStatement
    let database: SQLiteDatabase
    /// Rows written that are not duplicates and whose language is neither English nor undetermined, per language.
    private(set) var otherLanguages: [String: Int] = [:]
    /// Reads the pages that the run's last statements change again (its `runs` row and its entries in the two
    /// indexes on `runs`, its latest diagnostic): see ``touchEvery``.
    let touch: SQLiteStatement?
    private var rowsSinceTouch = 0
    /// Rows between two reads of ``touch``. The run is one transaction bigger than the page cache, so SQLite writes
    /// the least recently used changed pages into the write-ahead log as it goes; a page written there and changed
    /// again later (the run's row, completed at the end) makes the commit read the whole log back to redo its
    /// checksums (450 MB at 1 GB of input, on one core at the end of the run). A changed page that is read moves to
    /// the recently used end, so reading these few pages every 1,024 rows (the cache holds about 20,000) keeps them
    /// out of the log until the commit.
    static let touchEvery = 1024

    init(database: SQLiteDatabase, runID: Int64, methodID: Int64?) throws {
        self.database = database
        // OR FAIL: a constraint failure ends the run anyway (its transaction is rolled back), and unlike the default
        // OR ABORT it does not make SQLite keep a journal to undo each statement.
        insert = try database.prepare("""
            INSERT OR FAIL INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, dateline_place,
                dateline_country, agency, words, sentences, content_hash, duplicate_of, countries, focus, compound, positive,
                negative, neutral, tone, polarity, mentions_json, method_id, cache_key, cache_payload, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        firstArticleID = try database.prepare("SELECT article_id FROM articles WHERE run_id = ? AND ordinal = ?")
        // Only a matter of speed: a store whose indexes were changed by hand still takes the run.
        touch = try? database.prepare("""
            SELECT (SELECT method_key FROM runs WHERE id = ?1),
                   (SELECT id FROM runs INDEXED BY runs_by_status WHERE status = 'running' AND id = ?1),
                   (SELECT count(*) FROM runs INDEXED BY runs_by_method
                    WHERE method_key IS (SELECT method_key FROM runs WHERE id = ?1) AND status = 'running'),
                   (SELECT max(seq) FROM diagnostics WHERE run_id = ?1),
                   (SELECT length(message) FROM diagnostics WHERE rowid = (SELECT max(rowid) FROM diagnostics))
            """)
        try touch?.bind(Int(runID), at: 1)
        // The run's cache keys, in a small temporary table written in article order: indexing them at the end reads
        // this table, not every page of the run's article rows.
        try database.execute("CREATE TEMP TABLE IF NOT EXISTS run_cache_keys(cache_key BLOB NOT NULL, ordinal INTEGER NOT NULL)")
        try database.execute("DELETE FROM temp.run_cache_keys")
        insertKey = try database.prepare("INSERT INTO temp.run_cache_keys(cache_key, ordinal) VALUES (?, ?)")
        try insert.bind(Int(runID), at: 1)
        try firstArticleID.bind(Int(runID), at: 1)
        if let methodID { try insert.bind(Int(methodID), at: 25) } else { try insert.bind(SQLiteValue.null, at: 25) }
    }

    func insert(_ r: inout ArticleRecord, stored: StoredArticle) throws {
        if r.duplicateOf == nil, let first = r.duplicateOfOrdinal {
            try firstArticleID.bind(first, at: 2)
            defer { firstArticleID.reset() }
            guard try firstArticleID.step() else {
                throw ResultStoreError.inconsistent(path: database.path, what: "article \(first) (duplicate_of) not written yet")
            }
            r.duplicateOf = firstArticleID.value(at: 0).string
        }
        let s = r.sentiment
        let row = insert
        // Typed binds in place (no value array per row); parameter 1 (run id) and 25 (method) were bound once.
        try row.bind(r.ordinal, at: 2)
        try row.stage(r.articleID, at: 3)
        try row.stage(r.sourcePath, at: 4)
        try row.bind(r.line, at: 5)
        try row.stage(r.date, at: 6)
        try row.stage(r.dateSource, at: 7)
        try row.stage(r.title, at: 8)
        try row.stage(r.datelinePlace, at: 9)
        try row.stage(r.datelineCountry, at: 10)
        try row.stage(r.agency, at: 11)
        try row.bind(r.words, at: 12)
        try row.bind(r.sentences, at: 13)
        try row.stage(r.contentHash, at: 14)
        try row.stage(r.duplicateOf, at: 15)
        try row.stage(stored.countries, at: 16)
        try row.stage(stored.focus, at: 17)
        try row.bind(s?.compound, at: 18)
        try row.bind(s?.positive, at: 19)
        try row.bind(s?.negative, at: 20)
        try row.bind(s?.neutral, at: 21)
        try row.bind(s?.tone, at: 22)
        try row.bind(s?.polarity, at: 23)
        try row.stage(utf8: stored.mentionsJSON, at: 24)
        if let cache = stored.cache {
            CacheKeyBytes.with(cache.key) { key in
                row.stage(blob: key, at: 26)
                insertKey.stage(blob: key, at: 1)
            }
            try insertKey.bind(r.ordinal, at: 2)
            try insertKey.run()
            row.stage(blob: cache.column, at: 27)
        } else {
            try row.bind(SQLiteValue.null, at: 26)
            try row.bind(SQLiteValue.null, at: 27)
        }
        try row.stage(r.language, at: 28)
        try row.run()
        rowsSinceTouch += 1
        if rowsSinceTouch == Self.touchEvery, let touch {
            rowsSinceTouch = 0
            _ = try touch.step()
            touch.reset()
        }
        if r.duplicateOf == nil, let language = r.language, language != "en", language != "und" {
            otherLanguages[language, default: 0] += 1
        }
    }
}

/// The 16 bytes of an article-cache key as stored in `cache_key`: high word, then low word, big-endian.
enum CacheKeyBytes {
    static func with<R>(_ key: FastHash.Digest, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var words = (key.high.bigEndian, key.low.bigEndian)
        return try withUnsafeBytes(of: &words) { try body($0) }
    }

    /// The key of 16 stored bytes; nil for any other length.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> FastHash.Digest? {
        guard bytes.count == 16 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        for i in 0..<8 { high = high << 8 | UInt64(bytes[i]) }
        for i in 8..<16 { low = low << 8 | UInt64(bytes[i]) }
        return FastHash.Digest(high: high, low: low)
    }
}
