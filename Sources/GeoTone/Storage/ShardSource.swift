/// One shard store given to `merge`: its newest complete shard run, read without writing to the file (immutable, see
/// ``ShardStore/openForReading(_:busyTimeoutMilliseconds:)``: nothing may write the store during the merge).
public final class ShardSource {
    public let path: String
    let reader: RunReader
    public let runID: Int64
    public let record: RunRecord
    public let info: ShardStore.ShardInfo
    public var articles: Int { record.articles ?? 0 }
    public var seconds: Double? { record.durationSeconds }

    /// Opens the store at `path`; throws ``ShardError/mismatch(_:)`` when it holds no complete shard run.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        guard FileBytes.status(path: path) != nil else { throw ResultStoreError.notGeotoneDatabase(path) }
        self.path = path
        reader = RunReader(database: try ShardStore.openForReading(path, busyTimeoutMilliseconds: busyTimeoutMilliseconds))
        // Shard runs are recorded since migration 9 (`shard_runs`).
        let noShard = ShardError.mismatch("\(path) holds no complete shard run (made by `geotone analyze --shard I/N --db \(path)`)")
        guard (try? reader.isGeotoneStore()) == true, (try? ResultStore.schemaVersion(of: reader.database)) ?? 0 >= 9,
              let shard = try reader.newestShardRun(), let record = try reader.run(shard.run) else { throw noShard }
        guard Period(rawValue: shard.period) != nil else {
            throw ShardError.mismatch("\(path): shard run \(shard.run) records an unknown period \"\(shard.period)\"")
        }
        runID = shard.run
        info = shard.info
        self.record = record
    }

    /// The input files the shard recorded (whole files, and files whose first piece it read), in its order.
    public func inputs() throws -> [RunInput] { try reader.inputs(run: runID) }

    /// The shard's diagnostics in the order it reported them.
    public func diagnostics() throws -> [Diagnostic] { try reader.diagnostics(run: runID) }

    /// Calls `body` with every article row of the shard run in its order (see ``RunReader/articles(run:)``), one at
    /// a time, checking that they are complete: ordinals 1…n with n the run's article count.
    public func forEachArticleRow(_ body: (StoredArticleRow) throws -> Void) throws {
        var count = 0
        try reader.forEachArticle(run: runID) { row in
            count += 1
            guard row.record.ordinal == count else {
                throw ShardError.mismatch("\(path): shard run \(runID) lacks article \(count) (its rows are incomplete)")
            }
            try body(row)
        }
        guard count == articles else {
            throw ShardError.mismatch("\(path): shard run \(runID) records \(articles) articles but holds \(count)")
        }
    }

    /// A digest from its 32 hex digits (an article's content hash).
    public static func digest(hex: String) -> FastHash.Digest? {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 32, let high = UInt64(String(decoding: utf8[0..<16], as: UTF8.self), radix: 16),
              let low = UInt64(String(decoding: utf8[16..<32], as: UTF8.self), radix: 16) else { return nil }
        return FastHash.Digest(high: high, low: low)
    }
}
