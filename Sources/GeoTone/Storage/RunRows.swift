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
    /// The row's `mentions_json`, `countries`, `focus` and cache entry exactly as stored, for an analysed article:
    /// what ``StoredArticle/init(record:cacheKey:payload:)`` would build again from the record and payload, to be
    /// written into another store unchanged.
    public var stored: StoredArticle?

    /// The whole ``ArticleCachePayload``, for analysed articles whose row holds one (rebuilt from the row).
    public var payload: [UInt8]? {
        guard let column = stored?.cache?.column else { return nil }
        return StoredArticle.payload(column: column, record: record)
    }

    /// The article's facts with `date` and `period`, and its analysis fields filled into `record` (as
    /// ``ArticleCachePayload/decode(_:into:date:period:)`` gives them from ``payload``); nil for a duplicate or an
    /// unreadable entry. When the row's columns hold the payload's head, only the facts are decoded.
    public func facts(into record: inout ArticleRecord, date: String?, period: String) -> ArticleFacts? {
        guard let column = stored?.cache?.column, let flag = column.first else { return nil }
        if flag == StoredArticle.factsOnly {
            record = self.record
            return column.withUnsafeBufferPointer {
                ArticleCachePayload.decodeFacts(UnsafeBufferPointer(rebasing: $0.dropFirst()), date: date, period: period)
            }
        }
        guard let payload else { return nil }
        return ArticleCachePayload.decode(payload, into: &record, date: date, period: period)
    }
}
