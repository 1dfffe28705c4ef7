/// Errors about the result database as a whole.
public enum ResultStoreError: Error, CustomStringConvertible, Sendable {
    case notGeotoneDatabase(String)
    case newerSchema(path: String, version: Int)
    case busy(String)
    /// The store holds something geotone itself should have written and did not (a row missing, say).
    case inconsistent(path: String, what: String)

    public var description: String {
        switch self {
        case .notGeotoneDatabase(let path):
            return "\(path): this SQLite file is not a geotone database; refusing to write into it (choose another --db)"
        case .newerSchema(let path, let version):
            return "\(path): written by a newer geotone (schema version \(version)); upgrade geotone to use it"
        case .busy(let path):
            return "\(path): another geotone run is writing to this database; try again when it has finished"
        case .inconsistent(let path, let what):
            return "\(path): \(what)"
        }
    }
}

/// The SQLite file that keeps every run: opened, checked, migrated; the only owner of connections, pragmas and
/// transactions. Everything geotone writes goes through ``write(run:deferringCheckpoint:_:)``, everything it reads
/// through ``RunReader``.
public final class ResultStore {
    /// SQLite page cache per connection: 16 MiB (a negative size is in KiB). Rows are appended in key order and the
    /// only random-key index (the article cache keys) is written once per run, so a larger cache only raised peak
    /// memory (64 MiB: 150 MB peak on the 100 MB bench corpus, 16 MiB: 100 MB, same CPU time).
    static let cacheSizePragma = "PRAGMA cache_size = -16384"
    /// Page cache for a run's final steps, once its rows are written: sorting the article-cache keys (SQLite's sorter
    /// may hold as much as the page cache) and the small corpus tables. 2 MiB. These steps run on another thread than
    /// the row writer, so a cache grown back to 16 MiB there came from another glibc arena and added about 14 MB to
    /// the run's peak instead of reusing the writer's freed pages.
    static let finalStepsCachePragma = "PRAGMA cache_size = -2048"
    /// Page size of a new store: 8 KiB. An article row (its fields, mention rows as JSON and cache entry) takes about
    /// 700 bytes on the synthetic wire corpus; with 4 KiB pages, the space left at the end of each page made the
    /// 100 MB bench store 53 MB instead of 45 MB. Stores created with another page size keep theirs.
    static let newStorePageSizePragma = "PRAGMA page_size = 8192"
    /// The open connection (tests and tools may read it; geotone's own SQL lives in `Storage/`).
    public let database: SQLiteDatabase
    /// Set while a run whose checkpoint is deferred has committed (see ``checkpoint()``).
    private var checkpointPending = false
    /// Set when this connection created the store: its first run is written with a rollback journal, and the store
    /// turns to write-ahead logging when that run ends (see ``write(run:deferringCheckpoint:_:)``).
    private var walAfterFirstRun = false

    /// Opens or creates the store at `path`, refusing non-geotone databases and applying missing migrations.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        database = try SQLiteDatabase(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        do {
            // Refuse a foreign database before anything (even the journal mode) touches the file.
            let tables = try database.query("SELECT name FROM sqlite_master WHERE type = 'table'").map { $0[0].string }
            if !tables.isEmpty && !tables.contains("schema_migrations") {
                throw ResultStoreError.notGeotoneDatabase(path)
            }
            if tables.isEmpty {
                try database.execute(Self.newStorePageSizePragma)
                walAfterFirstRun = true
            }
            try database.execute("PRAGMA foreign_keys = ON")
            if !walAfterFirstRun { _ = try database.query("PRAGMA journal_mode = WAL") }
            try database.execute("PRAGMA synchronous = NORMAL")
            try database.execute(Self.cacheSizePragma)
            try migrate()
        } catch let error as SQLiteError where error.isBusy {
            throw ResultStoreError.busy(path)
        } catch let error as SQLiteError where error.code.primary == .notADatabase {
            throw ResultStoreError.notGeotoneDatabase(path)
        }
    }

    /// A store created but never written turns to write-ahead logging when it is closed.
    deinit { turnToWriteAheadLog() }

    /// Ends the rollback-journal mode of a store this connection created (nothing to do otherwise). If another
    /// connection holds the file, the switch fails quietly and the store's next opening makes it.
    private func turnToWriteAheadLog() {
        guard walAfterFirstRun else { return }
        walAfterFirstRun = false
        _ = try? database.query("PRAGMA journal_mode = WAL")
    }

    /// The file this store opened.
    public var path: String { database.path }

    /// A reader on this store's connection (it sees this connection's uncommitted rows too).
    public var reader: RunReader { RunReader(database: database) }

    /// The highest migration version applied.
    public func schemaVersion() throws -> Int {
        try Self.schemaVersion(of: database)
    }

    static func schemaVersion(of database: SQLiteDatabase) throws -> Int {
        let rows = try database.query("SELECT max(version) FROM schema_migrations")
        return Int(rows.first?.first?.int ?? 0)
    }

    /// Shrinks the page cache for a run's final steps.
    func useFinalStepsCache() throws {
        try database.execute(Self.finalStepsCachePragma)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back when it throws; a lock held by another writer
    /// beyond the busy timeout is ``ResultStoreError/busy(_:)``.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        do { try database.execute("BEGIN IMMEDIATE") } catch let error as SQLiteError where error.isBusy {
            throw ResultStoreError.busy(database.path)
        }
        do {
            let value = try body()
            try database.execute("COMMIT")
            return value
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    /// Writes one run in one transaction: its `runs` row is inserted as `running`, `body` writes its rows through
    /// the ``RunWriter`` and must end with ``RunWriter/complete(_:)`` (or ``RunWriter/takeResults(of:durationSeconds:)``),
    /// and the transaction commits. When anything throws, the transaction is rolled back and a short second one
    /// records a `failed` run row with the error; the error is then rethrown.
    ///
    /// With `deferringCheckpoint`, the commit does not copy the write-ahead log into the database file: call
    /// ``checkpoint()`` later (readers on other connections may read the new run meanwhile).
    ///
    /// The first run of a store this connection created is written with a rollback journal instead: its pages go
    /// straight into the database file, where a write-ahead log would hold them first and a checkpoint copy them
    /// again after the commit (at 1 GB of input, 450 MB written twice and a 3 s copy on one core at the end). Nobody
    /// can be reading a store that did not exist, and a killed first run is undone from the journal as any other.
    /// When the run ends the store turns to write-ahead logging, so that every later run lets readers in while it
    /// writes (if another connection holds the file then, the next opening does it).
    public func write<T>(run start: RunStart, deferringCheckpoint: Bool = false, _ body: (RunWriter) throws -> T) throws -> T {
        let rollbackJournal = walAfterFirstRun
        defer { turnToWriteAheadLog() }
        // Every row a run writes refers to rows it has written itself (its run, its cache method), and it deletes
        // nothing, so foreign-key checks could only ever pass; each one made SQLite prepare to undo the statement
        // (about 3 % of a run's instructions). They stay on for every other use of the store.
        try database.execute("PRAGMA foreign_keys = OFF")
        defer { try? database.execute("PRAGMA foreign_keys = ON") }
        if deferringCheckpoint && !rollbackJournal { try database.execute("PRAGMA wal_autocheckpoint = 0") }
        var begun = false
        do {
            let value = try transaction { () throws -> T in
                begun = true
                let writer = try RunWriter(store: self, start: start)
                let value = try body(writer)
                guard writer.completed else {
                    throw ResultStoreError.inconsistent(path: database.path, what: "run \(writer.runID) was not completed")
                }
                return value
            }
            checkpointPending = deferringCheckpoint && !rollbackJournal
            return value
        } catch {
            if begun { _ = try? recordFailed(start, message: "\(error)") }
            throw error
        }
    }

    /// Copies the write-ahead log of a run written with `deferringCheckpoint` into the database file (nothing to do
    /// otherwise). A checkpoint that cannot finish now is finished by SQLite when the file's last connection closes;
    /// the run is committed either way.
    public func checkpoint() {
        guard checkpointPending else { return }
        checkpointPending = false
        try? database.execute("PRAGMA wal_checkpoint(PASSIVE)")
    }

    /// Writes a `failed` run row with `message` in its own short transaction; returns its id.
    @discardableResult
    func recordFailed(_ start: RunStart, message: String) throws -> Int64 {
        try transaction {
            try database.run("""
                INSERT INTO runs(label, started_at, finished_at, status, tool_version, options_json, options_hash,
                                 lexicon_checksum, gazetteer_checksum, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(orNull: start.label), .text(start.startedAt), .text(Clock.isoNow()), .text(RunStatus.failed.rawValue),
                      .text(start.toolVersion), .text(start.methodJSON), .text(SHA256.hex(of: start.methodJSON)),
                      .text(start.lexiconChecksum), .text(start.gazetteerChecksum), .text(message)])
            return database.lastInsertRowID
        }
    }

    /// Applies the missing migrations (the caller has checked that the file is a geotone store or empty).
    private func migrate() throws {
        try transaction {
            try database.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL,
                                                         applied_at TEXT NOT NULL) STRICT
            """)
            let current = try schemaVersion()
            if let newest = SchemaMigrations.all.last?.version, current > newest {
                throw ResultStoreError.newerSchema(path: database.path, version: current)
            }
            for migration in SchemaMigrations.all where migration.version > current {
                try migration.apply(to: database)
                try database.run("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                                 [.integer(Int64(migration.version)), .text(migration.name), .text(Clock.isoNow())])
            }
        }
        let meta = try database.query("SELECT value FROM geotone_meta WHERE key = 'application'")
        guard meta.first?.first?.string == "geotone" else { throw ResultStoreError.notGeotoneDatabase(database.path) }
    }
}
