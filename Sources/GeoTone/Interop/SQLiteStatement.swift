import CSQLite

/// A value read from or bound to SQLite.
public enum SQLiteValue: Equatable, Sendable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return v
        }
    }

    /// The value as an integer, when it is one.
    public var int: Int64? {
        switch self {
        case .integer(let v): return v
        case .real(let v): return Int64(v)
        case .text(let v): return Int64(v)
        case .null: return nil
        }
    }

    /// The value as a double, when it is numeric.
    public var double: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        case .text(let v): return Double(v)
        case .null: return nil
        }
    }

    /// The value as text (empty for NULL).
    public var string: String { description }
}

extension SQLiteValue {
    /// A REAL, or NULL when there is none.
    public static func real(orNull value: Double?) -> SQLiteValue { value.map { .real($0) } ?? .null }
    /// TEXT, or NULL when there is none.
    public static func text(orNull value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
}

/// A prepared statement, finalized when released.
public final class SQLiteStatement {
    let handle: OpaquePointer
    let database: SQLiteDatabase
    let sql: String

    init(database: SQLiteDatabase, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(database.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw database.error(rc, sql) }
        handle = stmt
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to parameters 1…n.
    public func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: SQLiteValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v): rc = sqlite3_bind_double(handle, index, v)
        case .text(let v): rc = sqlite3_bind_text(handle, index, v, -1, csqlite_transient())
        }
        if rc != SQLITE_OK { throw database.error(rc, sql) }
    }

    /// Steps once; true when a row is available.
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(rc, sql)
        }
    }

    /// Binds, runs to completion and resets: the bulk-insert path.
    public func execute(_ values: [SQLiteValue]) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    // MARK: Bulk-insert path without a value array per row

    /// Binds an integer to the 1-based parameter `index` (the statement must be reset, see ``run()``).
    public func bind(_ value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    /// Binds a double, or NULL when nil.
    public func bind(_ value: Double?, at index: Int32) throws {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds bytes as a BLOB (copied by SQLite; an empty buffer binds a zero-length BLOB, not NULL).
    func bind(blob bytes: UnsafeRawBufferPointer, at index: Int32) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return try check(sqlite3_bind_zeroblob(handle, index, 0)) }
        try check(sqlite3_bind_blob(handle, index, base, Int32(bytes.count), csqlite_transient()))
    }

    /// Binds an array of bytes as a BLOB.
    public func bind(blob bytes: [UInt8], at index: Int32) throws {
        try bytes.withUnsafeBytes { try bind(blob: $0, at: index) }
    }

    /// Resets the statement so it can step again; bindings are kept.
    public func reset() { sqlite3_reset(handle) }

    // MARK: Text bound without a copy

    /// Text staged for the next ``run()``: the bytes of every staged parameter, one after another.
    /// (Unchecked exclusivity: a statement is used by one thread at a time and these are never accessed while an
    /// access to them is open; the runtime check cost more than the binding itself on the per-article rows.)
    @exclusivity(unchecked) private var staged: [UInt8] = []
    @exclusivity(unchecked) private var stagedParameters: [(index: Int32, start: Int, count: Int, blob: Bool)] = []

    /// Stages text for parameter `index` (NULL, when nil, is bound at once). ``run()`` binds staged text in place
    /// (`SQLITE_STATIC`), which spares SQLite a copy, an allocation and a free per text value; bound text otherwise
    /// cost about 800 instructions a value on the per-article rows. Stage every text parameter before each run:
    /// a binding from an earlier run points into a buffer that has been reused.
    public func stage(_ value: String?, at index: Int32) throws {
        guard var value else { return try check(sqlite3_bind_null(handle, index)) }
        value.withUTF8 { stage(UnsafeRawBufferPointer($0), at: index, blob: false) }
    }

    /// Stages UTF-8 text given as bytes for parameter `index` (see ``stage(_:at:)``).
    public func stage(utf8 value: [UInt8], at index: Int32) throws {
        value.withUnsafeBytes { stage($0, at: index, blob: false) }
    }

    /// Stages bytes for BLOB parameter `index`, bound in place by ``run()`` like staged text (see ``stage(_:at:)``).
    public func stage(blob value: UnsafeRawBufferPointer, at index: Int32) {
        stage(value, at: index, blob: true)
    }

    /// Stages a byte array for BLOB parameter `index` (see ``stage(blob:at:)``).
    public func stage(blob value: [UInt8], at index: Int32) {
        value.withUnsafeBytes { stage($0, at: index, blob: true) }
    }

    private func stage(_ value: UnsafeRawBufferPointer, at index: Int32, blob: Bool) {
        stagedParameters.append((index, staged.count, value.count, blob))
        staged.append(contentsOf: value)
    }

    /// Runs the bound statement to completion and resets it, keeping the bindings for the next row to overwrite.
    public func run() throws {
        defer { sqlite3_reset(handle) }
        guard !stagedParameters.isEmpty else {
            while try step() {}
            return
        }
        defer {
            staged.removeAll(keepingCapacity: true)
            stagedParameters.removeAll(keepingCapacity: true)
        }
        try staged.withUnsafeBufferPointer { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { text in
                for p in stagedParameters {
                    // An empty value is bound as a (copied) empty string or a zero-length BLOB: a static zero-length
                    // binding still keeps its pointer, and an empty buffer has none.
                    let rc: Int32
                    if p.count == 0 || text.baseAddress == nil {
                        rc = p.blob ? sqlite3_bind_zeroblob(handle, p.index, 0) : sqlite3_bind_text(handle, p.index, "", 0, csqlite_transient())
                    } else {
                        let at = text.baseAddress! + p.start
                        rc = p.blob ? sqlite3_bind_blob(handle, p.index, at, Int32(p.count), nil)
                            : sqlite3_bind_text(handle, p.index, at, Int32(p.count), nil)
                    }
                    try check(rc)
                }
                // Steps while the staged bytes are pinned (the reset deferred above does not read them).
                while try step() {}
            }
        }
    }

    /// The bytes of BLOB or text column `index` of the current row.
    public func bytes(at index: Int32) -> [UInt8] { withBytes(at: index) { Array($0) } }

    /// Calls `body` with the bytes of BLOB or text column `index` of the current row (valid only inside `body`).
    func withBytes<R>(at index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let base = sqlite3_column_blob(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        guard let base, count > 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }

    private func check(_ rc: Int32) throws {
        if rc != SQLITE_OK { throw database.error(rc, sql) }
    }

    /// Number of result columns.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The value of result column `index` (0-based) in the current row.
    public func value(at index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_NULL: return .null
        default:
            guard let text = sqlite3_column_text(handle, index) else { return .null }
            return .text(String(cString: text))
        }
    }
}

extension SQLiteStatement {
    /// Column `index` of the current row as ``SQLiteValue/int`` reads it, 0 for NULL (no value enum made).
    public func int(at index: Int32) -> Int {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return Int(sqlite3_column_int64(handle, index))
        case SQLITE_NULL: return 0
        default: return Int(value(at: index).int ?? 0)
        }
    }

    /// Column `index` of the current row as ``SQLiteValue/double`` reads it (nil for NULL).
    public func double(at index: Int32) -> Double? {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_FLOAT, SQLITE_INTEGER: return sqlite3_column_double(handle, index)
        case SQLITE_NULL: return nil
        default: return value(at: index).double
        }
    }

    /// Column `index` of the current row as ``SQLiteValue/string`` reads it (empty for NULL).
    public func string(at index: Int32) -> String { value(at: index).string }

    /// The name of result column `index` (0-based).
    public func columnName(at index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }
}
