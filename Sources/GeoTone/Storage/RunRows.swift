/// One input file as a run recorded it (`run_inputs`).
public struct RunInput: Equatable, Sendable {
    public var path: String
    public var bytes: Int
    /// Modification time, seconds.
    public var mtime: Int
    /// FastHash of the whole file.
    public var hash: String
    public init(path: String, bytes: Int, mtime: Int, hash: String) {
        self.path = path
        self.bytes = bytes
        self.mtime = mtime
        self.hash = hash
    }
}

/// One CSV file as a run wrote it (`run_outputs`).
public struct RunOutput: Equatable, Sendable {
    /// File name, e.g. `articles.csv`.
    public var name: String
    public var bytes: Int
    public var hash: String
    public init(name: String, bytes: Int, hash: String) {
        self.name = name
        self.bytes = bytes
        self.hash = hash
    }
}

/// The totals a complete run records in its `runs` row.
public struct RunTotals: Sendable {
    public var inputFingerprint: String?
    public var files = 0
    /// Articles read, duplicates included.
    public var articles = 0
    public var duplicates = 0
    public var undated = 0
    public var diagnostics = 0
    public var countries = 0
    public var meanCompound: Double?
    public var durationSeconds = 0.0
    public var firstDate: String?
    public var lastDate: String?
    public init() {}
}

/// An analysed article of a run with its whole cache payload (see ``RunReader/cachedArticles(run:)``).
public struct CachedArticle: Sendable {
    public var ordinal: Int
    public var articleID: String
    public var cacheKey: FastHash.Digest
    /// The ``ArticleCachePayload`` bytes, exactly as the analysis encoded them.
    public var payload: [UInt8]
}

/// One article row of a run as ``RunReader/articles(run:)`` reads it.
public struct StoredArticleRow: Sendable {
    /// The article's fields as written (`duplicateOf` filled in, mention rows from the JSON).
    public var record: ArticleRecord
    /// The article-cache key, for analysed articles.
    public var cacheKey: FastHash.Digest?
    /// The whole ``ArticleCachePayload``, for analysed articles whose row holds one.
    public var payload: [UInt8]?
}
