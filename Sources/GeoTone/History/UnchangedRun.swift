/// Recognises a run whose inputs and method are unchanged since an earlier complete run, and gives the new run
/// that run's results instead of recomputing them.
///
/// "Unchanged" is checked in three steps, cheapest first, and any difference means a normal (incremental) run:
/// 1. among the newest complete runs with the same *method key* (options, lexicon, gazetteer, tool version, word
///    lists), the newest that read exactly the same files: same paths in the same order, same sizes and
///    modification times (dates may come from modification times);
/// 2. the CSV files that run wrote are still in the output folder, byte for byte (size, then content hash);
/// 3. every input file still has the content hash recorded for it (the files are read once, only to hash them).
/// Then the earlier run's corpus tables and diagnostics are copied into the new run inside its transaction; its
/// article and mention rows are shared, not copied (`runs.rows_run`; read them through the `run_articles` and
/// `run_mentions` views), and the CSV files are left as they are: they already hold exactly what a
/// recomputation would write.
public enum UnchangedRun {
    /// Names of the CSV files a run writes, as recorded in `run_outputs`.
    public static let outputNames = ["articles.csv", "mentions.csv", "countries.csv", "comentions.csv", "regions.csv",
                                     "timeline.csv", "datelines.csv"]

    /// One input file as a run recorded it.
    public struct Input: Equatable, Sendable {
        public var path: String
        public var bytes: Int
        public var mtime: Int
        public var hash: String
        public init(path: String, bytes: Int, mtime: Int, hash: String) {
            self.path = path
            self.bytes = bytes
            self.mtime = mtime
            self.hash = hash
        }
    }

    /// How many of the newest complete runs with the same method are considered (several corpora analysed in
    /// turn into one store each find their own earlier run).
    public static let candidateRuns = 8

    /// The earlier run whose results the new run can take, or nil.
    ///
    /// `listing` holds the problems found while listing the inputs (unreadable entries, symbolic-link loops); each
    /// must be among the earlier run's diagnostics, so that taking those loses nothing.
    public static func match(in db: SQLiteDatabase, methodKey: String, files: [InputFile], outDirectory: String,
                             listing: [Diagnostic] = []) throws -> Int64? {
        guard !files.isEmpty else { return nil }
        let candidates = try db.query("""
            SELECT id FROM runs WHERE method_key = ? AND status = 'complete' ORDER BY id DESC LIMIT ?
            """, [.text(methodKey), .integer(Int64(candidateRuns))]).compactMap { $0.first?.int }
        // The newest run that read the same file list (cheap checks) is the only one whose outputs can still be in
        // `outDirectory` for these inputs; its outputs and the input contents are then verified.
        for earlier in candidates {
            let inputs = try db.query("SELECT path, bytes, mtime, hash FROM run_inputs WHERE run_id = ? ORDER BY seq",
                                      [.integer(earlier)])
            guard inputs.count == files.count, !zip(inputs, files).contains(where: { row, file in
                row[0].string != file.path || row[1].int != Int64(file.size) || row[2].int != Int64(file.mtime)
            }) else { continue }
            return try verify(earlier, inputs: inputs, files: files, outDirectory: outDirectory, listing: listing, in: db)
                ? earlier : nil
        }
        return nil
    }

    /// The expensive checks for a candidate with the same file list: listing problems, output files, contents.
    static func verify(_ earlier: Int64, inputs: [[SQLiteValue]], files: [InputFile], outDirectory: String,
                       listing: [Diagnostic], in db: SQLiteDatabase) throws -> Bool {
        for d in listing {
            let found = try db.query("""
                SELECT 1 FROM diagnostics WHERE run_id = ? AND severity = ? AND code = ? AND path = ? AND line = ? AND message = ?
                """, [.integer(earlier), .text(d.severity.rawValue), .text(d.code), .text(d.path), .integer(Int64(d.line)),
                      .text(d.message)])
            if found.isEmpty { return false }
        }
        let outputs = try db.query("SELECT name, bytes, hash FROM run_outputs WHERE run_id = ? ORDER BY name", [.integer(earlier)])
        guard outputs.count == outputNames.count else { return false }
        for row in outputs {
            let path = outDirectory + "/" + row[0].string
            guard let status = FileBytes.status(path: path), Int64(status.size) == row[1].int,
                  (try? contentHash(path: path, limit: status.size))?.hash == row[2].string else { return false }
        }
        for (row, file) in zip(inputs, files) {
            guard let now = try? contentHash(path: file.path, limit: file.size), Int64(now.bytes) == row[1].int,
                  now.hash == row[3].string else { return false }
        }
        return true
    }

    /// FastHash of a file's bytes up to `limit` (the size it had when it was listed).
    public static func contentHash(path: String, limit: Int) throws -> (bytes: Int, hash: String) {
        var hash = FastHash()
        var bytes = 0
        try FileBytes.stream(path: path, limit: limit) { chunk in
            hash.update(chunk)
            bytes += chunk.count
            return true
        }
        return (bytes, hash.finalize())
    }

    /// Copies the corpus tables, diagnostics and input/output records of run `earlier` into run `run` (which must
    /// exist and be in progress), points `run` at the article rows it shares and fills its record from the earlier
    /// one; returns the copied diagnostics in their original order.
    public static func copy(from earlier: Int64, to run: Int64, in db: SQLiteDatabase) throws -> [Diagnostic] {
        let ids: [SQLiteValue] = [.integer(run), .integer(earlier)]
        for sql in copyStatements { try db.run(sql, ids) }
        try db.run("""
            UPDATE runs SET (input_fingerprint, files, articles, duplicates, undated, diagnostics, countries, mean_compound,
                             first_date, last_date)
                = (SELECT input_fingerprint, files, articles, duplicates, undated, diagnostics, countries, mean_compound,
                          first_date, last_date
                   FROM runs WHERE id = ?2), reused_run = ?2, rows_run = (SELECT coalesce(rows_run, id) FROM runs WHERE id = ?2)
            WHERE id = ?1
            """, ids)
        return try db.query("SELECT severity, code, path, line, message FROM diagnostics WHERE run_id = ? ORDER BY seq",
                            [.integer(run)]).map { row in
            Diagnostic(Diagnostic.Severity(rawValue: row[0].string) ?? .info, row[1].string, path: row[2].string,
                       line: Int(row[3].int ?? 0), row[4].string)
        }
    }

    /// One statement per per-run table; `?1` is the new run, `?2` the earlier one. Column lists are spelled out
    /// so that a column added by a later migration is a compile-time decision here, not a silent mismatch.
    static let copyStatements = [
        """
        INSERT INTO country_stats(run_id, country, iso3, name, continent, subregion, articles, mentions, share_of_articles,
            sentences, mean_compound, positive_sentences, negative_sentences)
        SELECT ?1, country, iso3, name, continent, subregion, articles, mentions, share_of_articles, sentences,
            mean_compound, positive_sentences, negative_sentences FROM country_stats WHERE run_id = ?2
        """,
        """
        INSERT INTO comentions(run_id, country_a, country_b, articles, sentences, expected, lift, pmi, npmi, jaccard, g2,
            mean_compound)
        SELECT ?1, country_a, country_b, articles, sentences, expected, lift, pmi, npmi, jaccard, g2, mean_compound
        FROM comentions WHERE run_id = ?2
        """,
        """
        INSERT INTO region_stats(run_id, level, region, countries_mentioned, articles, mentions, direct_mentions,
            share_of_articles, share_of_mentions, mean_compound, positive_share, negative_share, top_countries,
            internal_pair_articles, external_pair_articles, top_partner_region)
        SELECT ?1, level, region, countries_mentioned, articles, mentions, direct_mentions, share_of_articles,
            share_of_mentions, mean_compound, positive_share, negative_share, top_countries, internal_pair_articles,
            external_pair_articles, top_partner_region FROM region_stats WHERE run_id = ?2
        """,
        """
        INSERT INTO timeline(run_id, period, entity_type, entity, articles, mentions, mean_compound)
        SELECT ?1, period, entity_type, entity, articles, mentions, mean_compound FROM timeline WHERE run_id = ?2
        """,
        """
        INSERT INTO datelines(run_id, dateline_country, articles, top_mentioned)
        SELECT ?1, dateline_country, articles, top_mentioned FROM datelines WHERE run_id = ?2
        """,
        """
        INSERT INTO diagnostics(run_id, seq, severity, code, path, line, message)
        SELECT ?1, seq, severity, code, path, line, message FROM diagnostics WHERE run_id = ?2
        """,
        """
        INSERT INTO run_inputs(run_id, seq, path, bytes, mtime, hash)
        SELECT ?1, seq, path, bytes, mtime, hash FROM run_inputs WHERE run_id = ?2
        """,
        """
        INSERT INTO run_outputs(run_id, name, bytes, hash)
        SELECT ?1, name, bytes, hash FROM run_outputs WHERE run_id = ?2
        """,
    ]
}
