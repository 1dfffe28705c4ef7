/// Reading article rows back as whole article-cache payloads: for the incremental look-up and for `merge`.
extension RunReader {
    /// The columns of an article row a payload is rebuilt from, in the order ``payload(row:at:)`` reads them.
    static let payloadColumns = """
         a.words, a.sentences, a.countries, a.focus, a.dateline_country, a.compound, a.positive, a.negative, a.neutral,
            a.tone, a.polarity, a.mentions_json, a.cache_payload, a.language
        """
    /// A run's analysed articles with their payload columns (``cachedArticles(run:)``).
    static let cachedArticlesSQL = "SELECT a.ordinal, a.article_id, a.cache_key," + payloadColumns + """
         FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id)
        WHERE r.id = ? AND a.cache_payload IS NOT NULL ORDER BY a.ordinal
        """
    /// One cache entry by method and key (``ArticleCacheLookup``).
    static let lookupSQL = "SELECT" + payloadColumns + """
         FROM article_cache_keys k JOIN articles a ON a.run_id = k.run_id AND a.ordinal = k.ordinal
        WHERE k.method_id = ?1 AND k.cache_key = ?2 AND a.method_id = ?1 AND a.cache_key = ?2
        """

    /// Every analysed article of `run` (duplicates have no payload), in input order, with its whole
    /// ``ArticleCachePayload`` — decode it with ``ArticleCachePayload/decode(_:into:date:period:)``. A run that took
    /// an unchanged run's results gives that run's articles. Rows whose payload cannot be rebuilt are left out.
    ///
    /// This is the API for combining runs (`geotone merge`): the bytes are those the analysis encoded.
    public func cachedArticles(run: Int64) throws -> [CachedArticle] {
        let statement = try database.prepare(Self.cachedArticlesSQL)
        try statement.bind([.integer(run)])
        var out: [CachedArticle] = []
        while try statement.step() {
            guard let key = statement.withBytes(at: 2, { CacheKeyBytes.key($0) }),
                  let payload = Self.payload(row: statement, at: 3) else { continue }
            out.append(CachedArticle(ordinal: Int(statement.value(at: 0).int ?? 0), articleID: statement.value(at: 1).string,
                                     cacheKey: key, payload: payload))
        }
        return out
    }

    /// Every article row of `run` (duplicates included), in input order: the record as it was written (its mention
    /// rows from the JSON), and for analysed articles the cache key and whole ``ArticleCachePayload``. A run that took
    /// an unchanged run's results gives that run's articles.
    ///
    /// With ``cachedArticles(run:)``, the API for combining runs (`geotone merge`): a record read here can be written
    /// into another run with ``RunWriter/insertArticle(_:stored:)`` and ``StoredArticle/init(record:cacheKey:payload:)``.
    public func articles(run: Int64) throws -> [StoredArticleRow] {
        var out: [StoredArticleRow] = []
        try forEachArticle(run: run) { out.append($0) }
        return out
    }

    /// ``articles(run:)`` one row at a time, without holding the run in memory (`geotone merge`).
    public func forEachArticle(run: Int64, _ body: (StoredArticleRow) throws -> Void) throws {
        let statement = try database.prepare(Self.articleRowsSQL)
        try statement.bind([.integer(run)])
        while try statement.step() {
            func text(_ i: Int32) -> String? { Self.text(statement.value(at: i)) }
            func int(_ i: Int32) -> Int { Int(statement.value(at: i).int ?? 0) }
            var record = ArticleRecord(ordinal: int(0), articleID: statement.value(at: 1).string,
                                       sourcePath: statement.value(at: 2).string, line: int(3), date: text(4),
                                       dateSource: statement.value(at: 5).string, title: statement.value(at: 6).string,
                                       datelinePlace: text(7), agency: text(8), contentHash: statement.value(at: 9).string)
            record.duplicateOf = text(10)
            guard Self.readAnalysis(row: statement, at: 12, into: &record) else {
                throw ResultStoreError.inconsistent(path: path, what: "run \(run), article \(record.ordinal): unreadable mentions_json")
            }
            let key = statement.withBytes(at: 11) { CacheKeyBytes.key($0) }
            let column = statement.bytes(at: 24)
            var stored: StoredArticle?
            if let key, let flag = column.first, flag == StoredArticle.factsOnly || flag == StoredArticle.wholePayload {
                stored = StoredArticle(mentionsJSON: statement.bytes(at: 23), countries: statement.value(at: 14).string,
                                       focus: statement.value(at: 15).string, cache: (key, column))
            }
            try body(StoredArticleRow(record: record, cacheKey: key, stored: stored))
        }
    }

    /// The input fields of an article row, its duplicate mark and cache key, then its ``payloadColumns`` from column 12.
    static let articleRowsSQL = """
        SELECT a.ordinal, a.article_id, a.source_path, a.line, a.date, a.date_source, a.title, a.dateline_place, a.agency,
            a.content_hash, a.duplicate_of, a.cache_key,
        """ + payloadColumns + """
         FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id)
        WHERE r.id = ? ORDER BY a.ordinal
        """

    /// The whole payload of the article row under `statement`, from its ``payloadColumns`` starting at column
    /// `first`; nil when the row cannot give it back.
    static func payload(row statement: SQLiteStatement, at first: Int32) -> [UInt8]? {
        let column = statement.withBytes(at: first + 12) { Array($0) }
        guard let flag = column.first else { return nil }
        if flag == StoredArticle.wholePayload { return Array(column.dropFirst()) }
        var record = ArticleRecord(ordinal: 0, articleID: "", sourcePath: "", line: 0, date: nil, dateSource: "", title: "",
                                   datelinePlace: nil, agency: nil, contentHash: "")
        guard readAnalysis(row: statement, at: first, into: &record) else { return nil }
        return StoredArticle.payload(column: column, record: record)
    }

    /// Fills the analysis fields of `record` (words, sentences, countries, focus, dateline country, language,
    /// sentiment, mention rows) from the ``payloadColumns`` of the row under `statement`, starting at column `first`;
    /// false when its `mentions_json` is not in the form ``StoredArticle`` writes.
    static func readAnalysis(row statement: SQLiteStatement, at first: Int32, into record: inout ArticleRecord) -> Bool {
        record.words = Int(statement.value(at: first).int ?? 0)
        record.sentences = Int(statement.value(at: first + 1).int ?? 0)
        record.countries = StoredArticle.codes(statement.value(at: first + 2).string)
        record.focus = StoredArticle.codes(statement.value(at: first + 3).string)
        record.datelineCountry = text(statement.value(at: first + 4))
        record.language = text(statement.value(at: first + 13))
        if let c = statement.value(at: first + 5).double, let p = statement.value(at: first + 6).double,
           let n = statement.value(at: first + 7).double, let u = statement.value(at: first + 8).double,
           let t = statement.value(at: first + 9).double, let o = statement.value(at: first + 10).double {
            record.sentiment = .init(compound: c, positive: p, negative: n, neutral: u, tone: t, polarity: o)
        }
        guard let mentions = StoredArticle.mentions(fromJSON: statement.value(at: first + 11).string) else { return false }
        record.mentions = mentions
        return true
    }
}
