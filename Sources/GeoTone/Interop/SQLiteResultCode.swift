import CSQLite

/// A SQLite result code, with the codes geotone acts on named (extended codes keep their primary code in the low
/// byte: ``primary``).
public struct SQLiteResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code of an extended one (`SQLITE_BUSY_SNAPSHOT` → `SQLITE_BUSY`).
    public var primary: SQLiteResultCode { SQLiteResultCode(rawValue: rawValue & 0xff) }

    /// No SQLite call failed: a condition geotone itself found wrong in the store (a missing row, say).
    public static let ok = SQLiteResultCode(rawValue: SQLITE_OK)
    public static let error = SQLiteResultCode(rawValue: SQLITE_ERROR)
    /// Another connection holds the lock for longer than the busy timeout.
    public static let busy = SQLiteResultCode(rawValue: SQLITE_BUSY)
    public static let locked = SQLiteResultCode(rawValue: SQLITE_LOCKED)
    public static let readOnly = SQLiteResultCode(rawValue: SQLITE_READONLY)
    public static let ioError = SQLiteResultCode(rawValue: SQLITE_IOERR)
    public static let corrupt = SQLiteResultCode(rawValue: SQLITE_CORRUPT)
    public static let full = SQLiteResultCode(rawValue: SQLITE_FULL)
    public static let cannotOpen = SQLiteResultCode(rawValue: SQLITE_CANTOPEN)
    public static let constraint = SQLiteResultCode(rawValue: SQLITE_CONSTRAINT)
    /// The file is not an SQLite database (or is encrypted).
    public static let notADatabase = SQLiteResultCode(rawValue: SQLITE_NOTADB)

    public var description: String {
        let name = String(cString: sqlite3_errstr(rawValue))
        return "\(rawValue) (\(name))"
    }
}
