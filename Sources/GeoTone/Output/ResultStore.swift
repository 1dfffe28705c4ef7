/// Errors about the result database as a whole.
public enum ResultStoreError: Error, CustomStringConvertible, Sendable {
    case notGeotoneDatabase(String)
    case newerSchema(path: String, version: Int)
    case busy(String)

    public var description: String {
        switch self {
        case .notGeotoneDatabase(let path):
            return "\(path): this SQLite file is not a geotone database; refusing to write into it (choose another --db)"
        case .newerSchema(let path, let version):
            return "\(path): written by a newer geotone (schema version \(version)); upgrade geotone to use it"
        case .busy(let path):
            return "\(path): another geotone run is writing to this database; try again when it has finished"
        }
    }
}

/// The SQLite file that keeps every run: opened, checked, migrated.
public final class ResultStore {
    /// SQLite page cache per connection: 16 MiB (a negative size is in KiB). Rows are appended in key order and the
    /// only random-key index (the article cache's) stays small, so a larger cache only raised peak memory (64 MiB: 150 MB
    /// peak on the 100 MB bench corpus, 16 MiB: 100 MB, same CPU time).
    static let cacheSizePragma = "PRAGMA cache_size = -16384"
    /// Page cache for a run's final steps, once its rows are written: sorting the article-cache keys (SQLite's sorter
    /// may hold as much as the page cache) and the small corpus tables. 2 MiB. These steps run on another thread than
    /// the row writer, so a cache grown back to 16 MiB there came from another glibc arena and added about 14 MB to
    /// the run's peak instead of reusing the writer's freed pages.
    public static let finalStepsCachePragma = "PRAGMA cache_size = -2048"
    public let database: SQLiteDatabase

    /// Opens or creates the store at `path`, refusing non-geotone databases and applying missing migrations.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        database = try SQLiteDatabase(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        do {
            // Refuse a foreign database before anything (even the journal mode) touches the file.
            let tables = try database.query("SELECT name FROM sqlite_master WHERE type = 'table'").map { $0[0].string }
            if !tables.isEmpty && !tables.contains("schema_migrations") {
                throw ResultStoreError.notGeotoneDatabase(path)
            }
            try database.execute("PRAGMA foreign_keys = ON")
            _ = try database.query("PRAGMA journal_mode = WAL")
            try database.execute("PRAGMA synchronous = NORMAL")
            try database.execute(Self.cacheSizePragma)
            try migrate()
        } catch let error as SQLiteError where error.isBusy {
            throw ResultStoreError.busy(path)
        } catch let error as SQLiteError where error.code & 0xff == 26 {
            throw ResultStoreError.notGeotoneDatabase(path)
        }
    }

    /// The highest migration version applied.
    public func schemaVersion() throws -> Int {
        let rows = try database.query("SELECT max(version) FROM schema_migrations")
        return Int(rows.first?.first?.int ?? 0)
    }

    /// Applies the missing migrations (the caller has checked that the file is a geotone store or empty).
    private func migrate() throws {
        try database.transaction {
            try database.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL,
                                                         applied_at TEXT NOT NULL) STRICT
            """)
            let current = try schemaVersion()
            if let newest = SchemaMigrations.all.last?.version, current > newest {
                throw ResultStoreError.newerSchema(path: database.path, version: current)
            }
            for migration in SchemaMigrations.all where migration.version > current {
                try database.execute(migration.sql)
                try database.run("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                                 [.integer(Int64(migration.version)), .text(migration.name), .text(Clock.isoNow())])
            }
        }
        let meta = try database.query("SELECT value FROM geotone_meta WHERE key = 'application'")
        guard meta.first?.first?.string == "geotone" else { throw ResultStoreError.notGeotoneDatabase(database.path) }
    }
}
