/// Per-article results kept in the store (`article_cache`) so that unchanged articles are not analysed again.
///
/// An entry is found by the *method key* (everything that decides how an article is analysed: options hash,
/// lexicon and gazetteer checksums, tool version, the abbreviation list, the payload format) and the
/// *cache key* of the article (a hash of its exact title, body and dateline place). Entries are written inside
/// the run's transaction, so a run that does not complete leaves none behind.
public final class ArticleCache {
    /// The method key in effect for this run.
    public let methodKey: String
    /// Its row in `cache_methods`.
    let methodID: Int
    /// Whether earlier runs stored any entry for this method (when not, a first run skips every look-up).
    public let hasEntries: Bool
    private let select: SQLiteStatement
    private let insert: SQLiteStatement
    private let runID: Int64
    private let database: SQLiteDatabase

    /// Prepares the look-up and insert statements on `store` for entries written by run `runID`.
    ///
    /// `lookupDatabase`, when given, is a second connection to the same file used only for look-ups, so that
    /// the analysis thread can read earlier runs' entries while the writer thread inserts (WAL mode).
    public init(store: ResultStore, runID: Int64, methodKey: String, lookupDatabase: SQLiteDatabase? = nil) throws {
        self.methodKey = methodKey
        self.runID = runID
        try store.database.run("INSERT OR IGNORE INTO cache_methods(method_key) VALUES (?)", [.text(methodKey)])
        guard let id = try store.database.query("SELECT id FROM cache_methods WHERE method_key = ?", [.text(methodKey)]).first?.first?.int
        else { throw SQLiteError(code: 0, message: "cache method row missing", context: "article cache", path: store.database.path) }
        methodID = Int(id)
        select = try (lookupDatabase ?? store.database).prepare("""
            SELECT c.payload FROM article_cache_keys k JOIN article_cache c ON c.rowid = k.entry
            WHERE k.method_id = ?1 AND k.cache_key = ?2 AND c.method_id = ?1 AND c.cache_key = ?2
            """)
        insert = try store.database.prepare("INSERT OR FAIL INTO article_cache(method_id, cache_key, run_id, payload) VALUES (?, ?, ?, ?)")
        hasEntries = try (lookupDatabase ?? store.database).query(
            "SELECT EXISTS (SELECT 1 FROM article_cache_keys WHERE method_id = ?)", [.integer(Int64(methodID))]).first?.first?.int == 1
        database = store.database
        try select.bind(methodID, at: 1)
        try insert.bind(methodID, at: 1)
        try insert.bind(Int(runID), at: 3)
    }

    /// The stored payload for `cacheKey`, if any.
    public func lookup(_ cacheKey: FastHash.Digest) throws -> [UInt8]? {
        try Self.withBytes(of: cacheKey) { try select.bind(blob: $0, at: 2) }
        defer { select.reset() }
        guard try select.step() else { return nil }
        return select.withBytes(at: 0) { Array($0) }
    }

    /// Appends the payload for `cacheKey`; it can be found once ``indexRun()`` has run.
    public func store(_ cacheKey: FastHash.Digest, payload: [UInt8]) throws {
        try Self.withBytes(of: cacheKey) { try insert.bind(blob: $0, at: 2) }
        try insert.bind(blob: payload, at: 4)
        try insert.run()
    }

    /// Makes the entries this run stored findable (call once, after the last ``store``, inside the run's
    /// transaction): entries of the same method and key written by earlier runs are deleted, and the run's keys go
    /// into `article_cache_keys` in key order, so each index page is written once instead of once per entry.
    public func indexRun() throws {
        let ids: [SQLiteValue] = [.integer(runID), .integer(Int64(methodID))]
        // SQLite's sorter may hold as much as the page cache: the caller shrinks the cache first
        // (`ResultStore.finalStepsCachePragma`).
        if hasEntries {
            // Only a row that really holds the same method and key (a key whose row was renumbered is left alone).
            try database.run("""
                DELETE FROM article_cache WHERE rowid IN (
                    SELECT o.rowid FROM article_cache n
                    JOIN article_cache_keys k ON k.method_id = n.method_id AND k.cache_key = n.cache_key
                    JOIN article_cache o ON o.rowid = k.entry AND o.method_id = n.method_id AND o.cache_key = n.cache_key
                        AND o.run_id <> n.run_id
                    WHERE n.run_id = ?1 AND n.method_id = ?2)
                """, ids)
        }
        try database.run("""
            INSERT OR REPLACE INTO article_cache_keys(method_id, cache_key, entry)
            SELECT method_id, cache_key, rowid FROM article_cache WHERE run_id = ?1 AND method_id = ?2
            ORDER BY cache_key, rowid
            """, ids)
    }

    /// The 16 key bytes (high word first, big-endian) as stored in `cache_key`.
    static func withBytes<R>(of key: FastHash.Digest, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var words = (key.high.bigEndian, key.low.bigEndian)
        return try withUnsafeBytes(of: &words) { try body($0) }
    }

    /// The method key: a SHA-256 over the run's method identity and the contents of `extraFiles` (data files the
    /// per-article stage reads that the run record does not checksum). A missing file hashes as absent.
    public static func methodKey(optionsHash: String, lexiconChecksum: String, gazetteerChecksum: String,
                                 toolVersion: String, extraFiles: [String]) -> String {
        var hasher = SHA256()
        for part in [optionsHash, lexiconChecksum, gazetteerChecksum, toolVersion, "payload-\(ArticleCachePayload.formatVersion)"] {
            hasher.update(Array(part.utf8))
            hasher.update([0])
        }
        for path in extraFiles {
            hasher.update(Array(path.split(separator: "/").last.map(String.init)?.utf8 ?? "".utf8))
            hasher.update([0])
            if let bytes = try? FileBytes.read(path: path).bytes { hasher.update(bytes) } else { hasher.update(Array("absent".utf8)) }
            hasher.update([0])
        }
        return hasher.hexDigest
    }

    /// The cache key of an article: a hash of its exact title, body and dateline place (the inputs of the
    /// per-article stage besides its date). Unlike the duplicate fingerprint, whitespace is not collapsed,
    /// because byte offsets in `mentions.csv` depend on it.
    public static func cacheKey(for article: Article) -> FastHash.Digest {
        var hash = FastHash()
        hash.update("\(article.title.utf8.count):")
        hash.update(article.title)
        hash.update("\(article.body.utf8.count):")
        hash.update(article.body)
        hash.update(article.datelinePlace.map { "\($0.utf8.count):" + $0 } ?? "-")
        return hash.digest()
    }
}
