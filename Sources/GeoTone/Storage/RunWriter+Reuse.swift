extension RunWriter {
    /// Takes the results of the unchanged run `earlier` (see `UnchangedRun`): copies its corpus tables, diagnostics
    /// and input/output records into this run, points this run at the article rows it shares (`rows_run`) and fills
    /// its totals from the earlier record; returns the copied diagnostics in their original order. Finish with
    /// ``completeReused(durationSeconds:)``.
    public func copyResults(of earlier: Int64) throws -> [Diagnostic] {
        let ids: [SQLiteValue] = [.integer(runID), .integer(earlier)]
        for sql in Self.copyStatements { try database.run(sql, ids) }
        try database.run("""
            UPDATE runs SET (input_fingerprint, files, articles, duplicates, undated, diagnostics, countries, mean_compound,
                             first_date, last_date, other_languages)
                = (SELECT input_fingerprint, files, articles, duplicates, undated, diagnostics, countries, mean_compound,
                          first_date, last_date, other_languages
                   FROM runs WHERE id = ?2), reused_run = ?2, rows_run = (SELECT coalesce(rows_run, id) FROM runs WHERE id = ?2)
            WHERE id = ?1
            """, ids)
        return try store.reader.diagnostics(run: runID)
    }

    /// Marks a run that took an earlier run's results complete.
    public func completeReused(durationSeconds: Double) throws {
        try database.run("UPDATE runs SET finished_at = ?, status = ?, duration_seconds = ? WHERE id = ?",
                         [.text(Clock.isoNow()), .text(RunStatus.complete.rawValue), .real(durationSeconds), .integer(runID)])
        completed = true
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
