/// Reads runs and their tables from a geotone result store for the report.
public struct ReportLoader {
    let database: SQLiteDatabase

    /// Wraps an open result store.
    public init(database: SQLiteDatabase) { self.database = database }

    /// The id of the newest complete run, or of `requested` when it exists and is complete.
    public func resolveRun(_ requested: Int64?) throws -> Int64 {
        try checkSchema()
        let rows: [[SQLiteValue]]
        if let requested {
            rows = try database.query("SELECT id FROM runs WHERE status = 'complete' AND id = ?", [.integer(requested)])
        } else {
            rows = try database.query("SELECT id FROM runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1")
        }
        guard let id = rows.first?.first?.int else { throw ReportError.noSuchRun(path: database.path, requested: requested) }
        return id
    }

    /// The newest complete run before `run`, if any.
    public func previousRun(before run: Int64) throws -> Int64? {
        try database.query("SELECT id FROM runs WHERE status = 'complete' AND id < ? ORDER BY id DESC LIMIT 1",
                           [.integer(run)]).first?.first?.int
    }

    /// Reads everything the report shows about run `id`.
    public func load(run id: Int64) throws -> ReportData {
        try checkSchema()
        let bind: [SQLiteValue] = [.integer(id)]
        guard let r = try database.query("""
            SELECT id, label, started_at, finished_at, tool_version, options_json, options_hash, lexicon_checksum,
                   gazetteer_checksum, input_fingerprint, files, articles, duplicates, undated, diagnostics, countries,
                   mean_compound
            FROM runs WHERE id = ? AND status = 'complete'
            """, bind).first else { throw ReportError.noSuchRun(path: database.path, requested: id) }
        let run = ReportData.Run(
            id: r[0].int ?? id, label: optionalText(r[1]), startedAt: r[2].string, finishedAt: optionalText(r[3]),
            toolVersion: r[4].string, optionsJSON: r[5].string, optionsHash: r[6].string, lexiconChecksum: r[7].string,
            gazetteerChecksum: r[8].string, inputFingerprint: optionalText(r[9]), files: int(r[10]),
            articles: int(r[11]), duplicates: int(r[12]), undated: int(r[13]), diagnostics: int(r[14]),
            countries: int(r[15]), meanCompound: r[16].double)

        // Runs written since migration 5 record their date range; older runs are scanned (and a store that only an
        // older geotone wrote has neither the columns nor the `run_articles` view).
        let range: [SQLiteValue]?
        if try hasRunArticlesView() {
            let stored = try database.query("SELECT first_date, last_date FROM runs WHERE id = ?", bind).first
            range = stored?[0] != .null ? stored : try database.query("""
                SELECT min(date), max(date) FROM run_articles WHERE run_id = ? AND date IS NOT NULL AND duplicate_of IS NULL
                """, bind).first
        } else {
            range = try database.query("""
                SELECT min(date), max(date) FROM articles WHERE run_id = ? AND date IS NOT NULL AND duplicate_of IS NULL
                """, bind).first
        }
        let dateRange: (String, String)? = range.flatMap { row in
            guard let first = optionalText(row[0]), let last = optionalText(row[1]) else { return nil }
            return (first, last)
        }

        let countries = try database.query("""
            SELECT country, name, continent, subregion, articles, mentions, share_of_articles, mean_compound
            FROM country_stats WHERE run_id = ? ORDER BY articles DESC, mentions DESC, country
            """, bind).map {
            ReportData.Country(code: $0[0].string, name: $0[1].string, continent: $0[2].string,
                               subregion: $0[3].string, articles: int($0[4]), mentions: int($0[5]),
                               share: $0[6].double ?? 0, meanCompound: $0[7].double)
        }
        let pairs = try database.query("""
            SELECT country_a, country_b, articles, npmi, mean_compound FROM comentions WHERE run_id = ?
            ORDER BY articles DESC, country_a, country_b
            """, bind).map {
            ReportData.Pair(a: $0[0].string, b: $0[1].string, articles: int($0[2]), npmi: $0[3].double,
                            meanCompound: $0[4].double)
        }
        let regions = try database.query("""
            SELECT level, region, countries_mentioned, articles, share_of_articles, mean_compound FROM region_stats
            WHERE run_id = ? ORDER BY level, articles DESC, region
            """, bind).map {
            ReportData.Region(level: $0[0].string, region: $0[1].string, countriesMentioned: int($0[2]),
                              articles: int($0[3]), share: $0[4].double ?? 0, meanCompound: $0[5].double)
        }
        let timeline = try database.query("""
            SELECT period, entity_type, entity, articles, mean_compound FROM timeline WHERE run_id = ?
            ORDER BY entity_type, entity, period
            """, bind).map {
            ReportData.TimelinePoint(period: $0[0].string, entityType: $0[1].string, entity: $0[2].string,
                                     articles: int($0[3]), meanCompound: $0[4].double)
        }
        let diagnostics = try database.query("""
            SELECT severity, code, path, line, message FROM diagnostics WHERE run_id = ? ORDER BY seq
            """, bind).map {
            ReportData.Diagnostic(severity: $0[0].string, code: $0[1].string, path: $0[2].string, line: int($0[3]),
                                  message: $0[4].string)
        }
        var data = ReportData(run: run, dateRange: dateRange, countries: countries, pairs: pairs, regions: regions,
                              timeline: timeline, diagnostics: diagnostics)
        // Articles in other languages count for countries but have no tone (stores since migration 7).
        if try hasRunArticlesView(), try database.query(
            "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'language'").first?.first?.int == 1 {
            data.otherLanguages = try database.query("""
                SELECT a.language, count(*) FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id)
                WHERE r.id = ? AND a.duplicate_of IS NULL AND a.language IS NOT NULL AND a.language NOT IN ('en', 'und')
                GROUP BY a.language ORDER BY a.language
                """, bind).map { ($0[0].string, int($0[1])) }
        }
        return data
    }

    /// Whether the store has migration 5 (the `run_articles` view and the recorded date range of each run).
    private func hasRunArticlesView() throws -> Bool {
        try database.query("SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = 'run_articles'").first?.first?.int == 1
    }

    private func checkSchema() throws {
        let rows = try database.query("""
            SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('geotone_meta', 'runs')
            """)
        guard rows.first?.first?.int == 2 else { throw ReportError.notAGeotoneDatabase(path: database.path) }
    }

    private func int(_ value: SQLiteValue) -> Int { Int(value.int ?? 0) }

    private func optionalText(_ value: SQLiteValue) -> String? {
        if case .text(let text) = value, !text.isEmpty { return text }
        return nil
    }
}
