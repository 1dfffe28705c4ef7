#if canImport(Glibc)
import Glibc
#endif

/// Looks up cached article results in another store, read-only (`analyze --reuse-from`): the shards of a later run
/// reuse what an earlier merged run analysed.
///
/// The store is opened immutable (no lock, no write-ahead log), so that every shard of a cluster can read it over a
/// network file system; it must not be written while the shards run. Only entries of the same method key are read.
public final class StoreCacheReader {
    public let path: String
    /// Whether the store holds any entry for the method (when not, no look-up is made).
    public let hasEntries: Bool
    private let select: SQLiteStatement?
    private let database: SQLiteDatabase

    /// Opens `path`; throws `HistoryError.noDatabase` when it does not exist.
    public init(path: String, methodKey: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw HistoryError.noDatabase(path) }
        self.path = path
        database = try ShardStore.openForReading(path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        let hasCache = try database.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_cache_keys'").first != nil
        guard hasCache, let method = try database.query("SELECT id FROM cache_methods WHERE method_key = ?", [.text(methodKey)])
            .first?.first?.int else {
            hasEntries = false
            select = nil
            return
        }
        let statement = try database.prepare("""
            SELECT c.payload FROM article_cache_keys k JOIN article_cache c ON c.rowid = k.entry
            WHERE k.method_id = ?1 AND k.cache_key = ?2 AND c.method_id = ?1 AND c.cache_key = ?2
            """)
        try statement.bind(Int(method), at: 1)
        select = statement
        hasEntries = true
    }

    /// The payload stored for `cacheKey`, if any.
    public func lookup(_ cacheKey: FastHash.Digest) throws -> [UInt8]? {
        guard let select else { return nil }
        try ArticleCache.withBytes(of: cacheKey) { try select.bind(blob: $0, at: 2) }
        defer { select.reset() }
        guard try select.step() else { return nil }
        return select.withBytes(at: 0) { Array($0) }
    }
}
