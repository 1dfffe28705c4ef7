extension Analyzer {
    /// Completes run `runID` with the results of the unchanged run `earlier` (see ``UnchangedRun``): copies its
    /// tables, reports its diagnostics again, and fills `summary` from its record. The caller commits.
    func takeResults(of earlier: Int64, runID: Int64, db: SQLiteDatabase, files: [InputFile], started: Double,
                     into summary: inout RunSummary) throws {
        let t0 = Clock.monotonic()
        for d in try UnchangedRun.copy(from: earlier, to: runID, in: db) {
            summary.diagnostics[d.severity, default: 0] += 1
            sink.report(d)
        }
        let row = try db.query("""
            SELECT files, articles, duplicates, undated, countries, mean_compound, input_fingerprint,
                (SELECT count(*) FROM comentions WHERE run_id = ?1)
            FROM runs WHERE id = ?1
            """, [.integer(runID)])[0]
        summary.files = Int(row[0].int ?? 0)
        summary.articles = Int(row[1].int ?? 0)
        summary.duplicates = Int(row[2].int ?? 0)
        summary.undated = Int(row[3].int ?? 0)
        summary.countries = Int(row[4].int ?? 0)
        summary.meanCompound = row[5].double
        summary.inputFingerprint = row[6].string
        summary.pairs = Int(row[7].int ?? 0)
        summary.reused = summary.articles - summary.duplicates
        summary.reusedRun = earlier
        summary.bytes = files.reduce(0) { $0 + $1.size }
        summary.seconds = Clock.monotonic() - started
        summary.stageSeconds = ["verify and copy": Clock.monotonic() - t0]
        summary.outputs = UnchangedRun.outputNames.map { options.outDirectory + "/" + $0 }
        try db.run("UPDATE runs SET finished_at = ?, status = 'complete', duration_seconds = ? WHERE id = ?",
                   [.text(Clock.isoNow()), .real(summary.seconds), .integer(runID)])
    }
}
