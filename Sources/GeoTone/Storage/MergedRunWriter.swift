/// Writes the run row and the run-level rows of a merged run (`geotone merge`) inside the caller's transaction.
/// The article, mention, cache and corpus-table rows go through the writers a single run uses.
public final class MergedRunWriter {
    public let runID: Int64
    let database: SQLiteDatabase
    private let insertDiagnostic: SQLiteStatement
    private var diagnosticSeq = 0

    /// Inserts the `running` row of the merged run, with the shards' method (options and data checksums).
    public init(database: SQLiteDatabase, label: String?, startedAt: String, source: ShardSource) throws {
        self.database = database
        try database.run("""
            INSERT INTO runs(label, started_at, status, tool_version, options_json, options_hash, lexicon_checksum,
                             gazetteer_checksum, method_key)
            VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)
            """, [.text(orNull: label), .text(startedAt), .text(source.toolVersion), .text(source.optionsJSON),
                  .text(source.optionsHash), .text(source.lexiconChecksum), .text(source.gazetteerChecksum),
                  .text(source.methodKey)])
        runID = database.lastInsertRowID
        insertDiagnostic = try database.prepare("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?)")
    }

    /// Appends a diagnostic to the merged run.
    public func record(_ d: Diagnostic) throws {
        diagnosticSeq += 1
        try insertDiagnostic.execute([.integer(runID), .integer(Int64(diagnosticSeq)), .text(d.severity.rawValue), .text(d.code),
                                      .text(d.path), .integer(Int64(d.line)), .text(d.message)])
    }

    /// Records the shard runs the merged run was made from.
    public func recordShards(_ sources: [ShardSource]) throws {
        let insert = try database.prepare("INSERT INTO merged_shards VALUES (?, ?, ?, ?, ?, ?, ?)")
        for s in sources {
            try insert.execute([.integer(runID), .integer(Int64(s.info.index)), .integer(Int64(s.info.count)), .text(s.path),
                                .integer(s.runID), .integer(Int64(s.articles)), .real(orNull: s.seconds)])
        }
    }

    /// Records the input files (in the single run's order) and the output files of the merged run.
    public func recordFiles(inputs: [UnchangedRun.Input], outputs: [CSVTableWriter]) throws {
        let recordInput = try database.prepare("INSERT INTO run_inputs(run_id, seq, path, bytes, mtime, hash) VALUES (?, ?, ?, ?, ?, ?)")
        for (seq, input) in inputs.enumerated() {
            try recordInput.execute([.integer(runID), .integer(Int64(seq + 1)), .text(input.path), .integer(Int64(input.bytes)),
                                     .integer(Int64(input.mtime)), .text(input.hash)])
        }
        let recordOutput = try database.prepare("INSERT INTO run_outputs(run_id, name, bytes, hash) VALUES (?, ?, ?, ?)")
        for file in outputs {
            let (bytes, hash) = try file.finish()
            let name = String(file.path.split(separator: "/").last ?? "")
            try recordOutput.execute([.integer(runID), .text(name), .integer(Int64(bytes)), .text(hash)])
        }
    }

    /// Marks the run complete with its summary figures.
    public func complete(_ summary: RunSummary, firstDate: String?, lastDate: String?) throws {
        try database.run("""
            UPDATE runs SET finished_at = ?, status = 'complete', input_fingerprint = ?, files = ?, articles = ?, duplicates = ?,
                undated = ?, diagnostics = ?, countries = ?, mean_compound = ?, duration_seconds = ?, first_date = ?, last_date = ?
            WHERE id = ?
            """, [.text(Clock.isoNow()), .text(summary.inputFingerprint), .integer(Int64(summary.files)),
                  .integer(Int64(summary.articles)), .integer(Int64(summary.duplicates)), .integer(Int64(summary.undated)),
                  .integer(Int64(summary.diagnosticCount)), .integer(Int64(summary.countries)),
                  .real(orNull: summary.meanCompound), .real(summary.seconds),
                  .text(orNull: firstDate), .text(orNull: lastDate), .integer(runID)])
    }
}
