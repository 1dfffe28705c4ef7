/// Per-article results kept in the store (`article_cache`) so that unchanged articles are not analysed again.
///
/// An entry is found by the *method key* (everything that decides how an article is analysed: options hash,
/// lexicon and gazetteer checksums, tool version, the abbreviation list, the payload format) and the
/// *cache key* of the article (a hash of its exact title, body and dateline place). Entries are written inside
/// the run's transaction, so a run that does not complete leaves none behind.
public final class ArticleCache {
    /// The method key in effect for this run.
    public let methodKey: String
    private let select: SQLiteStatement
    private let insert: SQLiteStatement
    private let runID: Int64

    /// Prepares the look-up and insert statements on `store` for entries written by run `runID`.
    ///
    /// `lookupDatabase`, when given, is a second connection to the same file used only for look-ups, so that
    /// the analysis thread can read earlier runs' entries while the writer thread inserts (WAL mode).
    public init(store: ResultStore, runID: Int64, methodKey: String, lookupDatabase: SQLiteDatabase? = nil) throws {
        self.methodKey = methodKey
        self.runID = runID
        select = try (lookupDatabase ?? store.database).prepare("SELECT payload FROM article_cache WHERE method_key = ? AND cache_key = ?")
        insert = try store.database.prepare("""
            INSERT OR REPLACE INTO article_cache(method_key, cache_key, run_id, payload) VALUES (?, ?, ?, ?)
            """)
    }

    /// The stored payload for `cacheKey`, if any.
    public func lookup(_ cacheKey: String) throws -> String? {
        try select.bind([.text(methodKey), .text(cacheKey)])
        defer { try? select.bind([]) }
        guard try select.step() else { return nil }
        if case .text(let payload) = select.value(at: 0) { return payload }
        return nil
    }

    /// Stores (or replaces) the payload for `cacheKey`.
    public func store(_ cacheKey: String, payload: String) throws {
        try insert.execute([.text(methodKey), .text(cacheKey), .integer(runID), .text(payload)])
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
    public static func cacheKey(for article: Article) -> String {
        var hash = FastHash()
        hash.update("\(article.title.utf8.count):")
        hash.update(article.title)
        hash.update("\(article.body.utf8.count):")
        hash.update(article.body)
        hash.update(article.datelinePlace.map { "\($0.utf8.count):" + $0 } ?? "-")
        return hash.finalize()
    }
}
