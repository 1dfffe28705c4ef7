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

    /// Reads everything the report shows about run `id`. With `tables` (the corpus tables run `id` wrote, held by
    /// the run that wrote them), those four tables are taken from memory in the order and with the values reading
    /// them back would give (``RunReader/asStored(_:)``) instead of from the store: on a small corpus, reading them
    /// back cost half of the report.
    public func load(run id: Int64, tables: SummaryRows? = nil) throws -> ReportData {
        let run = try completeRun(id)
        let stored = try tables.map(RunReader.asStored) ?? (countries: reader.countries(run: id), pairs: reader.pairs(run: id),
                                                          regions: reader.regions(run: id), timeline: reader.timeline(run: id))
        var data = ReportData(run: run, dateRange: try reader.dateRange(run: run), countries: stored.countries,
                              pairs: stored.pairs, regions: stored.regions,
                              timeline: stored.timeline, diagnostics: try reader.diagnostics(run: id))
        // Articles in other languages count for countries but have no tone.
        data.otherLanguages = try reader.otherLanguages(run: id)
        return data
    }

    /// Reads run `id` as ``load(run:tables:)`` does. When `reuser` is the data of a run that took run `id`'s results
    /// whole (its `reused_run`: inputs, method and outputs unchanged), its tables, diagnostics, dates and language
    /// counts are copies of run `id`'s, so only run `id`'s own record is read: an unchanged re-run's report compares
    /// it with the run it reused, and reading the same tables twice was most of that report's work.
    public func load(run id: Int64, reusedBy reuser: ReportData) throws -> ReportData {
        guard reuser.run.reusedRun == id else { return try load(run: id) }
        let run = try completeRun(id)
        var data = reuser
        data.run = run
        data.dateRange = try reader.dateRange(run: run)
        return data
    }

    /// The record of complete run `id` of a geotone store, or the report's error.
    private func completeRun(_ id: Int64) throws -> RunRecord {
        try checkSchema()
        guard let run = try reader.completeRun(id) else { throw ReportError.noSuchRun(path: reader.path, requested: id) }
        return run
    }

    private func checkSchema() throws {
        guard try reader.isGeotoneStore() else { throw ReportError.notAGeotoneDatabase(path: reader.path) }
    }
}
