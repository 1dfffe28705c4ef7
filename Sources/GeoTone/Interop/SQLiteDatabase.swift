import CSQLite

/// An error from SQLite, with the statement or operation that caused it.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// SQLite's (extended) result code.
    public let code: SQLiteResultCode
    /// SQLite's message.
    public let message: String
    /// The SQL or operation in progress.
    public let context: String
    /// The database file.
    public let path: String

    public var description: String {
        "\(path): SQLite error \(code.rawValue): \(message) (in: \(context))"
    }

    public init(code: SQLiteResultCode, message: String, context: String, path: String) {
        self.code = code
        self.message = message
        self.context = context
        self.path = path
    }

    /// True when the database was locked by another writer for longer than the busy timeout.
    public var isBusy: Bool { code.primary == .busy || code.primary == .locked }
}

/// An open SQLite connection; closed when released.
///
/// Every return code is checked; every value goes through bound parameters.
public final class SQLiteDatabase {
    let handle: OpaquePointer
    /// The file this connection opened.
    public let path: String

    /// Opens (and creates when `create` is true) the database at `path`.
    public convenience init(path: String, create: Bool = true, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        if create { flags |= SQLITE_OPEN_CREATE }
        try self.init(opening: path, flags: flags, context: "open", path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    /// Opens the database at `path` read-only and as immutable: no lock, no write-ahead log or shared memory is used,
    /// so it can be read from many machines over a network file system, as long as nothing writes it meanwhile.
    public convenience init(immutablePath path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        var uri = "file:"
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%": uri += "%25"
            case "?": uri += "%3f"
            case "#": uri += "%23"
            default: uri.unicodeScalars.append(scalar)
            }
        }
        uri += "?immutable=1"
        try self.init(opening: uri, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, context: "open read-only",
                      path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    /// Opens `filename` (a path or URI) with `flags`, extended result codes on; a failure is an error about `path`.
    private init(opening filename: String, flags: Int32, context: String, path: String, busyTimeoutMilliseconds: Int32) throws {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(filename, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: SQLiteResultCode(rawValue: rc), message: message, context: context, path: path)
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
    }

    deinit { sqlite3_close_v2(handle) }

    func error(_ rc: Int32, _ context: String) -> SQLiteError {
        SQLiteError(code: SQLiteResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(handle)), context: context, path: path)
    }

    /// Runs one or more SQL statements that take no parameters.
    public func execute(_ sql: String) throws {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errmsg)
            throw SQLiteError(code: SQLiteResultCode(rawValue: rc), message: message, context: sql, path: path)
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(database: self, sql: sql)
    }

    /// The rowid of the last inserted row.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs a query and returns every row as an array of values.
    public func query(_ sql: String, _ bindings: [SQLiteValue] = []) throws -> [[SQLiteValue]] {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        var rows: [[SQLiteValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { statement.value(at: $0) })
        }
        return rows
    }

    /// Runs a query and calls `body` with the statement on each row (read its columns there; no array per row).
    public func forEachRow(_ sql: String, _ bindings: [SQLiteValue] = [], _ body: (SQLiteStatement) throws -> Void) throws {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        while try statement.step() { try body(statement) }
    }

    /// Runs a statement with bindings and no result rows.
    public func run(_ sql: String, _ bindings: [SQLiteValue] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        while try statement.step() {}
    }
}
