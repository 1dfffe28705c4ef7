/// Reads runs and their tables from a geotone result store for the report (through ``RunReader``; it never
/// migrates, so a store only an older geotone wrote can be reported).
public struct ReportLoader {
    let reader: RunReader

    /// Wraps an open result store.
    public init(database: SQLiteDatabase) { reader = RunReader(database: database) }

    /// The id of the newest complete run, or of `requested` when it exists and is complete.
    public func resolveRun(_ requested: Int64?) throws -> Int64 {
        try checkSchema()
        guard let run = try reader.completeRun(requested) else { throw ReportError.noSuchRun(path: reader.path, requested: requested) }
        return run.id
    }

    /// The newest complete run before `run`, if any.
    public func previousRun(before run: Int64) throws -> Int64? {
        try reader.previousCompleteRun(before: run)
    }

    /// Reads everything the report shows about run `id`.
    public func load(run id: Int64) throws -> ReportData {
        try checkSchema()
        guard let run = try reader.completeRun(id) else { throw ReportError.noSuchRun(path: reader.path, requested: id) }
        return ReportData(run: run, dateRange: try reader.dateRange(run: run), countries: try reader.countries(run: id),
                          pairs: try reader.pairs(run: id), regions: try reader.regions(run: id),
                          timeline: try reader.timeline(run: id), diagnostics: try reader.diagnostics(run: id))
    }

    private func checkSchema() throws {
        guard try reader.isGeotoneStore() else { throw ReportError.notAGeotoneDatabase(path: reader.path) }
    }
}
