/// Read access to the runs of a result store: the one source of ``RunRecord``s and of the stored tables for
/// `runs`, `compare`, `report`, the unchanged-run check and `merge`.
///
/// It reads a store as it is (never migrates, see ``open(path:busyTimeoutMilliseconds:)`` for that), so stores
/// written by older geotone versions can be read: runs are read by column name.
public struct RunReader {
    /// The connection it reads through.
    public let database: SQLiteDatabase

    public init(database: SQLiteDatabase) { self.database = database }

    /// Opens the existing store at `path` for reading. When its schema is current this takes no lock, so it works
    /// while a run is being written (WAL readers see the last committed state); an older schema is upgraded first.
    public static func open(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws -> RunReader {
        guard FileBytes.status(path: path) != nil else { throw ResultStoreError.notGeotoneDatabase(path) }
        let plain = try SQLiteDatabase(path: path, create: false, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        // Not a geotone store, or an empty file: ResultStore decides and says why.
        let current = (try? ResultStore.schemaVersion(of: plain)) ?? 0
        if current == (SchemaMigrations.all.last?.version ?? 0) { return RunReader(database: plain) }
        return RunReader(database: try ResultStore(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds).database)
    }

    /// The file it reads.
    public var path: String { database.path }

    /// Whether the file has geotone's tables (a report reads any store version without migrating it).
    public func isGeotoneStore() throws -> Bool {
        try database.query("""
            SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('geotone_meta', 'runs')
            """).first?.first?.int == 2
    }

    // MARK: Runs

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        try records("SELECT * FROM runs ORDER BY id", [])
    }

    /// The run with `id`, if any.
    public func run(_ id: Int64) throws -> RunRecord? {
        try records("SELECT * FROM runs WHERE id = ?", [.integer(id)]).first
    }

    /// The newest complete run, or run `requested` when it is complete.
    public func completeRun(_ requested: Int64? = nil) throws -> RunRecord? {
        let complete = SQLiteValue.text(RunStatus.complete.rawValue)
        if let requested {
            return try records("SELECT * FROM runs WHERE status = ? AND id = ?", [complete, .integer(requested)]).first
        }
        return try records("SELECT * FROM runs WHERE status = ? ORDER BY id DESC LIMIT 1", [complete]).first
    }

    /// The id of the newest complete run before `run`, if any.
    public func previousCompleteRun(before run: Int64) throws -> Int64? {
        try database.query("SELECT id FROM runs WHERE status = ? AND id < ? ORDER BY id DESC LIMIT 1",
                           [.text(RunStatus.complete.rawValue), .integer(run)]).first?.first?.int
    }

    /// The newest complete runs with `methodKey`, newest first, at most `limit`.
    public func completeRuns(methodKey: String, limit: Int) throws -> [Int64] {
        try database.query("SELECT id FROM runs WHERE method_key = ? AND status = ? ORDER BY id DESC LIMIT ?",
                           [.text(methodKey), .text(RunStatus.complete.rawValue), .integer(Int64(limit))]).compactMap { $0.first?.int }
    }

    /// First and last article date of `run` (non-duplicates); recorded since migration 5, scanned for older runs.
    public func dateRange(run: RunRecord) throws -> (first: String, last: String)? {
        if let first = run.firstDate, let last = run.lastDate { return (first, last) }
        let hasView = try database.query("SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = 'run_articles'")
            .first?.first?.int == 1
        // A store only an older geotone wrote has no view (and no run sharing another's rows).
        let row = try database.query(hasView ? """
            SELECT min(date), max(date) FROM run_articles WHERE run_id = ? AND date IS NOT NULL AND duplicate_of IS NULL
            """ : """
            SELECT min(date), max(date) FROM articles WHERE run_id = ? AND date IS NOT NULL AND duplicate_of IS NULL
            """, [.integer(run.id)]).first
        guard let row, let first = Self.text(row[0]), let last = Self.text(row[1]) else { return nil }
        return (first, last)
    }

    private func records(_ sql: String, _ bindings: [SQLiteValue]) throws -> [RunRecord] {
        let statement = try database.prepare(sql)
        try statement.bind(bindings)
        var names: [String: Int32] = [:]
        var out: [RunRecord] = []
        while try statement.step() {
            if names.isEmpty { for i in 0..<statement.columnCount { names[statement.columnName(at: i)] = i } }
            func value(_ name: String) -> SQLiteValue { names[name].map { statement.value(at: $0) } ?? .null }
            func text(_ name: String) -> String? { Self.text(value(name)) }
            func int(_ name: String) -> Int? { value(name).int.map(Int.init) }
            out.append(RunRecord(
                id: value("id").int ?? 0, label: text("label"), startedAt: value("started_at").string,
                finishedAt: text("finished_at"), status: RunStatus(rawValue: value("status").string) ?? .failed,
                toolVersion: value("tool_version").string, optionsJSON: value("options_json").string,
                optionsHash: value("options_hash").string, lexiconChecksum: value("lexicon_checksum").string,
                gazetteerChecksum: value("gazetteer_checksum").string, inputFingerprint: text("input_fingerprint"),
                files: int("files"), articles: int("articles"), duplicates: int("duplicates"), undated: int("undated"),
                diagnostics: int("diagnostics"), countries: int("countries"), meanCompound: value("mean_compound").double,
                durationSeconds: value("duration_seconds").double, error: text("error"), methodKey: text("method_key"),
                reusedRun: value("reused_run").int, rowsRun: value("rows_run").int, firstDate: text("first_date"),
                lastDate: text("last_date")))
        }
        return out
    }

    static func text(_ value: SQLiteValue) -> String? {
        if case .text(let s) = value { return s }
        return nil
    }

    // MARK: Corpus tables

    /// `country_stats` of `run`: most articles first, then most mentions, then code.
    public func countries(run: Int64) throws -> [CountryRow] {
        var rows: [CountryRow] = []
        try database.forEachRow("""
            SELECT country, iso3, name, continent, subregion, articles, mentions, share_of_articles, sentences, mean_compound,
                positive_sentences, negative_sentences
            FROM country_stats WHERE run_id = ? ORDER BY articles DESC, mentions DESC, country
            """, [.integer(run)]) { r in
            rows.append(CountryRow(code: r.string(at: 0), iso3: r.string(at: 1), name: r.string(at: 2), continent: r.string(at: 3),
                                   subregion: r.string(at: 4), articles: r.int(at: 5), mentions: r.int(at: 6),
                                   share: r.double(at: 7) ?? 0, sentences: r.int(at: 8), meanCompound: r.double(at: 9),
                                   positiveSentences: r.int(at: 10), negativeSentences: r.int(at: 11)))
        }
        return rows
    }

    /// `comentions` of `run`: most articles first, then codes.
    public func pairs(run: Int64) throws -> [PairRow] {
        var rows: [PairRow] = []
        try database.forEachRow("""
            SELECT country_a, country_b, articles, sentences, expected, lift, pmi, npmi, jaccard, g2, mean_compound
            FROM comentions WHERE run_id = ?
            """, [.integer(run)]) { r in
            rows.append(PairRow(a: r.string(at: 0), b: r.string(at: 1), articles: r.int(at: 2), sentences: r.int(at: 3),
                                expected: r.double(at: 4), lift: r.double(at: 5), pmi: r.double(at: 6), npmi: r.double(at: 7),
                                jaccard: r.double(at: 8), g2: r.double(at: 9), meanCompound: r.double(at: 10)))
        }
        // ORDER BY articles DESC, country_a, country_b, done here: SQLite's sorter cost more than the rows' reading.
        return Self.sortedByArticles(rows)
    }

    /// `rows` by articles (descending), then `a`, then `b`, codes compared as SQLite's BINARY collation does (byte
    /// by byte). The few hundred distinct codes are ranked once, so the rows sort on integers (comparing the
    /// strings in every step cost as much as reading the rows).
    static func sortedByArticles(_ rows: [PairRow]) -> [PairRow] {
        var rank: [String: Int] = [:]
        for row in rows {
            if rank[row.a] == nil { rank[row.a] = 0 }
            if rank[row.b] == nil { rank[row.b] = 0 }
        }
        for (k, code) in rank.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() { rank[code] = k }
        let keys = rows.map { (articles: $0.articles, a: rank[$0.a]!, b: rank[$0.b]!) }
        let order = rows.indices.sorted { i, j in
            let x = keys[i], y = keys[j]
            if x.articles != y.articles { return x.articles > y.articles }
            return x.a != y.a ? x.a < y.a : x.b < y.b
        }
        return order.map { rows[$0] }
    }

    /// `region_stats` of `run`: by level, then most articles, then name.
    public func regions(run: Int64) throws -> [RegionRow] {
        var rows: [RegionRow] = []
        try database.forEachRow("""
            SELECT level, region, countries_mentioned, articles, mentions, direct_mentions, share_of_articles, share_of_mentions,
                mean_compound, positive_share, negative_share, top_countries, internal_pair_articles, external_pair_articles,
                top_partner_region
            FROM region_stats WHERE run_id = ? ORDER BY level, articles DESC, region
            """, [.integer(run)]) { r in
            rows.append(RegionRow(level: r.string(at: 0), region: r.string(at: 1), countriesMentioned: r.int(at: 2),
                                  articles: r.int(at: 3), mentions: r.int(at: 4), directMentions: r.int(at: 5),
                                  share: r.double(at: 6) ?? 0, shareOfMentions: r.double(at: 7) ?? 0,
                                  meanCompound: r.double(at: 8), positiveShare: r.double(at: 9), negativeShare: r.double(at: 10),
                                  topCountries: r.string(at: 11), internalPairArticles: r.int(at: 12),
                                  externalPairArticles: r.int(at: 13), topPartnerRegion: r.string(at: 14)))
        }
        return rows
    }

    /// `timeline` of `run`: by entity type, entity, period.
    public func timeline(run: Int64) throws -> [TimelineRow] {
        var rows: [TimelineRow] = []
        try database.forEachRow("""
            SELECT period, entity_type, entity, articles, mentions, mean_compound FROM timeline WHERE run_id = ?
            ORDER BY entity_type, entity, period
            """, [.integer(run)]) { r in
            rows.append(TimelineRow(period: r.string(at: 0), entityType: r.string(at: 1), entity: r.string(at: 2),
                                    articles: r.int(at: 3), mentions: r.int(at: 4), meanCompound: r.double(at: 5)))
        }
        return rows
    }

    /// Number of `comentions` rows of `run`.
    public func pairCount(run: Int64) throws -> Int {
        Self.int(try database.query("SELECT count(*) FROM comentions WHERE run_id = ?", [.integer(run)]).first?.first ?? .null)
    }

    /// The diagnostics of `run`, in the order they were reported.
    public func diagnostics(run: Int64) throws -> [Diagnostic] {
        try database.query("SELECT severity, code, path, line, message FROM diagnostics WHERE run_id = ? ORDER BY seq",
                           [.integer(run)]).map { row in
            Diagnostic(Diagnostic.Severity(rawValue: row[0].string) ?? .info, row[1].string, path: row[2].string,
                       line: Self.int(row[3]), row[4].string)
        }
    }

    /// Articles of `run` (not duplicates) read in a language other than English, per ISO 639-1 code, codes in order:
    /// they count for countries but have no tone. Empty for stores written before article languages (migration 8).
    /// A run written since migration 11 recorded them (`runs.other_languages`); for an older one they are counted in
    /// its article rows.
    public func otherLanguages(run: Int64) throws -> [(code: String, articles: Int)] {
        if try database.query("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'other_languages'").first?.first?.int == 1,
           let recorded = try database.query("SELECT other_languages FROM runs WHERE id = ?", [.integer(run)]).first?.first,
           case .text(let text) = recorded, let counts = OtherLanguages.decode(text) {
            return counts
        }
        return try countOtherLanguages(run: run)
    }

    /// ``otherLanguages(run:)`` counted in the run's article rows (a scan of all of them).
    func countOtherLanguages(run: Int64) throws -> [(code: String, articles: Int)] {
        guard try database.query("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'language'").first?.first?.int == 1
        else { return [] }
        return try database.query("""
            SELECT a.language, count(*) FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id)
            WHERE r.id = ? AND a.duplicate_of IS NULL AND a.language IS NOT NULL AND a.language NOT IN ('en', 'und')
            GROUP BY a.language ORDER BY a.language
            """, [.integer(run)]).map { (code: $0[0].string, articles: Self.int($0[1])) }
    }

    /// Whether `run` recorded exactly the diagnostic `d`.
    public func hasDiagnostic(run: Int64, _ d: Diagnostic) throws -> Bool {
        try !database.query("""
            SELECT 1 FROM diagnostics WHERE run_id = ? AND severity = ? AND code = ? AND path = ? AND line = ? AND message = ?
            """, [.integer(run), .text(d.severity.rawValue), .text(d.code), .text(d.path), .integer(Int64(d.line)),
                  .text(d.message)]).isEmpty
    }

    /// The files `run` read, in input order.
    public func inputs(run: Int64) throws -> [RunInput] {
        try database.query("SELECT path, bytes, mtime, hash FROM run_inputs WHERE run_id = ? ORDER BY seq", [.integer(run)]).map {
            RunInput(path: $0[0].string, bytes: Self.int($0[1]), mtime: Self.int($0[2]), hash: $0[3].string)
        }
    }

    /// The CSV files `run` wrote, by name.
    public func outputs(run: Int64) throws -> [RunOutput] {
        try database.query("SELECT name, bytes, hash FROM run_outputs WHERE run_id = ? ORDER BY name", [.integer(run)]).map {
            RunOutput(name: $0[0].string, bytes: Self.int($0[1]), hash: $0[2].string)
        }
    }

    static func int(_ value: SQLiteValue) -> Int { Int(value.int ?? 0) }
}
