/// Writes the rows of one run inside the transaction of ``ResultStore/write(run:deferringCheckpoint:_:)``.
///
/// Statements are prepared once and values always bound. Used from one thread at a time (the run's writer queue,
/// then the thread that finishes the run).
public final class RunWriter {
    /// The run being written.
    public let runID: Int64
    let store: ResultStore
    var database: SQLiteDatabase { store.database }
    /// Set by ``complete(_:)`` or ``completeReused(durationSeconds:)``.
    var completed = false
    /// The `cache_methods` row of this run's method, once ``setMethodKey(_:)`` has run.
    public private(set) var methodID: Int64?
    private var articleRows: ArticleRowWriter?
    private var insertDiagnosticStatement: SQLiteStatement?

    init(store: ResultStore, start: RunStart) throws {
        self.store = store
        try store.database.run("""
            INSERT INTO runs(label, started_at, status, tool_version, options_json, options_hash, lexicon_checksum, gazetteer_checksum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(orNull: start.label), .text(start.startedAt), .text(RunStatus.running.rawValue), .text(start.toolVersion),
                  .text(start.methodJSON), .text(SHA256.hex(of: start.methodJSON)), .text(start.lexiconChecksum),
                  .text(start.gazetteerChecksum)])
        runID = store.database.lastInsertRowID
    }

    /// Records the run's article-cache method key and returns its `cache_methods` id.
    @discardableResult
    public func setMethodKey(_ methodKey: String) throws -> Int64 {
        try database.run("INSERT OR IGNORE INTO cache_methods(method_key) VALUES (?)", [.text(methodKey)])
        guard let id = try database.query("SELECT id FROM cache_methods WHERE method_key = ?", [.text(methodKey)]).first?.first?.int
        else { throw ResultStoreError.inconsistent(path: database.path, what: "cache method row missing") }
        try database.run("UPDATE runs SET method_key = ? WHERE id = ?", [.text(methodKey), .integer(runID)])
        methodID = id
        return id
    }

    /// The articles written so far that are not duplicates and were read in a language other than English, per code
    /// in code order: recorded by ``complete(_:)`` for ``RunReader/otherLanguages(run:)``.
    var otherLanguages: [(code: String, articles: Int)] {
        (articleRows?.otherLanguages ?? [:]).map { (code: $0.key, articles: $0.value) }.sorted { $0.code < $1.code }
    }

    /// Writes one article row, in ordinal order. A duplicate whose `duplicateOf` is not known yet gets the id of the
    /// earlier article (already written, rows go in ordinal order) filled into `record`.
    public func insertArticle(_ record: inout ArticleRecord, stored: StoredArticle) throws {
        if articleRows == nil { articleRows = try ArticleRowWriter(database: database, runID: runID, methodID: methodID) }
        try articleRows!.insert(&record, stored: stored)
    }

    /// Writes one diagnostic with its sequence number (1-based, in the order reported).
    public func insertDiagnostic(_ d: Diagnostic, seq: Int) throws {
        if insertDiagnosticStatement == nil {
            insertDiagnosticStatement = try database.prepare("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?)")
        }
        try insertDiagnosticStatement!.execute([.integer(runID), .integer(Int64(seq)), .text(d.severity.rawValue), .text(d.code),
                                                     .text(d.path), .integer(Int64(d.line)), .text(d.message)])
    }

    /// Shrinks the page cache for the run's final steps (see `ResultStore.finalStepsCachePragma`).
    public func useFinalStepsCache() throws {
        try store.useFinalStepsCache()
    }

    /// Makes this run's article-cache entries findable (once, after the last article row): each key of the run's
    /// method points at this run's row, in key order, so each page of the key table is written once per run. The keys
    /// come from the temporary table the article rows filled as they were written (reading them back from the rows
    /// would read every page of the run's articles again).
    public func indexArticleCache() throws {
        guard let methodID, articleRows != nil else { return }
        try database.run("""
            INSERT OR REPLACE INTO article_cache_keys(method_id, cache_key, run_id, ordinal)
            SELECT ?2, cache_key, ?1, ordinal FROM temp.run_cache_keys
            ORDER BY cache_key, ordinal
            """, [.integer(runID), .integer(methodID)])
        try database.execute("DELETE FROM temp.run_cache_keys")
    }

    /// Writes the corpus tables.
    public func insert(_ rows: SummaryRows) throws {
        let run = SQLiteValue.integer(runID)
        let country = try database.prepare("INSERT INTO country_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for c in rows.countries {
            try country.execute([run, .text(c.code), .text(c.iso3), .text(c.name), .text(c.continent), .text(c.subregion),
                                 .integer(Int64(c.articles)), .integer(Int64(c.mentions)), .real(c.share), .integer(Int64(c.sentences)),
                                 .real(orNull: c.meanCompound), .integer(Int64(c.positiveSentences)), .integer(Int64(c.negativeSentences))])
        }
        // The two large tables: typed binds in place, the run id bound once (no array of values per row).
        let pair = try database.prepare("INSERT INTO comentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        try pair.bind(Int(runID), at: 1)
        for p in rows.pairs {
            try pair.stage(p.a, at: 2); try pair.stage(p.b, at: 3)
            try pair.bind(p.articles, at: 4); try pair.bind(p.sentences, at: 5)
            try pair.bind(p.expected, at: 6); try pair.bind(p.lift, at: 7); try pair.bind(p.pmi, at: 8)
            try pair.bind(p.npmi, at: 9); try pair.bind(p.jaccard, at: 10); try pair.bind(p.g2, at: 11)
            try pair.bind(p.meanCompound, at: 12)
            try pair.run()
        }
        let region = try database.prepare("INSERT INTO region_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for r in rows.regions {
            try region.execute([run, .text(r.level), .text(r.region), .integer(Int64(r.countriesMentioned)), .integer(Int64(r.articles)),
                                .integer(Int64(r.mentions)), .integer(Int64(r.directMentions)), .real(r.share), .real(r.shareOfMentions),
                                .real(orNull: r.meanCompound), .real(orNull: r.positiveShare), .real(orNull: r.negativeShare),
                                .text(r.topCountries), .integer(Int64(r.internalPairArticles)), .integer(Int64(r.externalPairArticles)),
                                .text(r.topPartnerRegion)])
        }
        let timeline = try database.prepare("INSERT INTO timeline VALUES (?, ?, ?, ?, ?, ?, ?)")
        try timeline.bind(Int(runID), at: 1)
        for t in rows.timeline {
            try timeline.stage(t.period, at: 2); try timeline.stage(t.entityType, at: 3); try timeline.stage(t.entity, at: 4)
            try timeline.bind(t.articles, at: 5); try timeline.bind(t.mentions, at: 6); try timeline.bind(t.meanCompound, at: 7)
            try timeline.run()
        }
        let dateline = try database.prepare("INSERT INTO datelines VALUES (?, ?, ?, ?)")
        for d in rows.datelines {
            try dateline.execute([run, .text(d.country), .integer(Int64(d.articles)), .text(d.topMentioned)])
        }
    }

    /// Records the files the run read, in input order.
    public func recordInputs(_ inputs: [RunInput]) throws {
        let insert = try database.prepare("INSERT INTO run_inputs(run_id, seq, path, bytes, mtime, hash) VALUES (?, ?, ?, ?, ?, ?)")
        for (seq, input) in inputs.enumerated() {
            try insert.execute([.integer(runID), .integer(Int64(seq + 1)), .text(input.path), .integer(Int64(input.bytes)),
                                .integer(Int64(input.mtime)), .text(input.hash)])
        }
    }

    /// Records the CSV files the run wrote.
    public func recordOutputs(_ outputs: [RunOutput]) throws {
        let insert = try database.prepare("INSERT INTO run_outputs(run_id, name, bytes, hash) VALUES (?, ?, ?, ?)")
        for output in outputs {
            try insert.execute([.integer(runID), .text(output.name), .integer(Int64(output.bytes)), .text(output.hash)])
        }
    }

    /// Marks the run complete with its totals (the transaction commits when the `write` closure returns).
    public func complete(_ t: RunTotals) throws {
        try database.run("""
            UPDATE runs SET finished_at = ?, status = ?, input_fingerprint = ?, files = ?, articles = ?, duplicates = ?,
                undated = ?, diagnostics = ?, countries = ?, mean_compound = ?, duration_seconds = ?, first_date = ?, last_date = ?,
                other_languages = ?
            WHERE id = ?
            """, [.text(Clock.isoNow()), .text(RunStatus.complete.rawValue), .text(orNull: t.inputFingerprint),
                  .integer(Int64(t.files)), .integer(Int64(t.articles)), .integer(Int64(t.duplicates)), .integer(Int64(t.undated)),
                  .integer(Int64(t.diagnostics)), .integer(Int64(t.countries)), .real(orNull: t.meanCompound),
                  .real(t.durationSeconds), .text(orNull: t.firstDate), .text(orNull: t.lastDate),
                  .text(OtherLanguages.encode(otherLanguages)), .integer(runID)])
        completed = true
    }
}
