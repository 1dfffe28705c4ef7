#if canImport(Glibc)
import Glibc
#endif

/// Read access to the runs of a result store, for `geotone runs` and `geotone compare`.
///
/// Opening does not take the write lock when the schema is current, so it works while a run is being
/// written (WAL readers see the last committed state). An older schema is upgraded in place first.
public final class RunHistory {
    /// The open connection.
    public let database: SQLiteDatabase

    /// Opens the existing store at `path`.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw HistoryError.noDatabase(path) }
        let plain = try SQLiteDatabase(path: path, create: false, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        let current: Int
        do {
            let rows = try plain.query("SELECT max(version) FROM schema_migrations")
            current = Int(rows.first?.first?.int ?? 0)
        } catch {
            current = 0   // not a geotone store, or an empty file: ResultStore decides and says why
        }
        if current == (SchemaMigrations.all.last?.version ?? 0) {
            database = plain
        } else {
            database = try ResultStore(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds).database
        }
    }

    /// The run columns read into a `RunRecord`, as one fixed SELECT (no values are ever spliced into SQL).
    private static let selectRuns = """
        SELECT id, label, started_at, finished_at, status, tool_version, options_json, options_hash, lexicon_checksum,
        gazetteer_checksum, input_fingerprint, files, articles, countries, mean_compound, duration_seconds, error
        FROM runs
        """

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        try database.query(Self.selectRuns + " ORDER BY id").map(Self.record)
    }

    /// The run with `id`.
    public func run(_ id: Int64) throws -> RunRecord {
        guard let row = try database.query(Self.selectRuns + " WHERE id = ?", [.integer(id)]).first else {
            throw HistoryError.unknownRun(path: database.path, id: id)
        }
        return Self.record(row)
    }

    /// Every run with how it differs from the complete run before it (nil for runs that did not complete).
    public func runsWithChanges() throws -> [(run: RunRecord, change: RunChange?)] {
        var previous: RunRecord?
        return try runs().map { run in
            guard run.isComplete else { return (run, nil) }
            defer { previous = run }
            return (run, run.change(from: previous))
        }
    }

    private static func record(_ r: [SQLiteValue]) -> RunRecord {
        func text(_ v: SQLiteValue) -> String? { if case .text(let s) = v { return s }; return nil }
        func int(_ v: SQLiteValue) -> Int? { v.int.map(Int.init) }
        return RunRecord(id: r[0].int ?? 0, label: text(r[1]), startedAt: r[2].string, finishedAt: text(r[3]), status: r[4].string,
                         toolVersion: r[5].string, optionsJSON: r[6].string, optionsHash: r[7].string,
                         lexiconChecksum: r[8].string, gazetteerChecksum: r[9].string, inputFingerprint: text(r[10]),
                         files: int(r[11]), articles: int(r[12]), countries: int(r[13]), meanCompound: r[14].double,
                         durationSeconds: r[15].double, error: text(r[16]))
    }
}
