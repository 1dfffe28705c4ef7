/// Looks up earlier runs' results of unchanged articles, on a connection of its own (so the analysis thread can
/// read while the writer thread inserts; WAL mode).
public final class ArticleCacheLookup {
    /// Whether earlier runs stored any entry for this method (when not, a first run skips every look-up).
    public let hasEntries: Bool
    private let select: SQLiteStatement
    private let database: SQLiteDatabase

    /// Opens the store at `path` for look-ups of entries written with method `methodID` (see ``RunWriter/setMethodKey(_:)``).
    public convenience init(path: String, methodID: Int64, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        try self.init(database: SQLiteDatabase(path: path, create: false, busyTimeoutMilliseconds: busyTimeoutMilliseconds),
                      methodID: methodID)
    }

    /// Look-ups in another store, read-only (`analyze --reuse-from`): the shards of a later run reuse what an earlier
    /// merged run analysed. The store is opened as ``ShardStore/openForReading(_:busyTimeoutMilliseconds:)`` does, so
    /// that every shard of a cluster can read it over a network file system; it must not be written meanwhile.
    /// Nil when it holds no entry for `methodKey`; ``HistoryError/noDatabase(_:)`` when it does not exist.
    public static func otherStore(path: String, methodKey: String, busyTimeoutMilliseconds: Int32 = 10_000) throws -> ArticleCacheLookup? {
        guard FileBytes.status(path: path) != nil else { throw HistoryError.noDatabase(path) }
        let database = try ShardStore.openForReading(path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        // The look-up reads the language column (migration 8); an older store holds no entry of this payload format.
        guard try ResultStore.schemaVersion(of: database) >= 8,
              let id = try database.query("SELECT id FROM cache_methods WHERE method_key = ?", [.text(methodKey)]).first?.first?.int
        else { return nil }
        let lookup = try ArticleCacheLookup(database: database, methodID: id)
        return lookup.hasEntries ? lookup : nil
    }

    init(database: SQLiteDatabase, methodID: Int64) throws {
        self.database = database
        select = try database.prepare(RunReader.lookupSQL)
        try select.bind(Int(methodID), at: 1)
        hasEntries = try database.query("SELECT EXISTS (SELECT 1 FROM article_cache_keys WHERE method_id = ?)",
                                        [.integer(methodID)]).first?.first?.int == 1
    }

    /// The stored result for `cacheKey`, if any: the whole payload, and the column to store again with the new row.
    public func lookup(_ cacheKey: FastHash.Digest) throws -> (payload: [UInt8], column: [UInt8])? {
        try CacheKeyBytes.with(cacheKey) { try select.bind(blob: $0, at: 2) }
        defer { select.reset() }
        guard try select.step(), let payload = RunReader.payload(row: select, at: 0) else { return nil }
        return (payload, select.withBytes(at: 12) { Array($0) })
    }
}
