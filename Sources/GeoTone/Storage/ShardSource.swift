#if canImport(Glibc)
import Glibc
#endif

/// One shard store given to `merge`: its newest complete shard run, read without writing to the file (immutable, see
/// ``ShardStore/openForReading(_:busyTimeoutMilliseconds:)``: nothing may write the store during the merge).
public final class ShardSource {
    public let path: String
    let database: SQLiteDatabase
    public let runID: Int64
    public let info: ShardStore.ShardInfo
    public let optionsJSON: String
    public let optionsHash: String
    public let lexiconChecksum: String
    public let gazetteerChecksum: String
    public let toolVersion: String
    public let methodKey: String
    public let articles: Int
    public let seconds: Double?

    /// Opens the store at `path`; throws ``ShardError/mismatch(_:)`` when it holds no complete shard run.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw HistoryError.noDatabase(path) }
        self.path = path
        database = try ShardStore.openForReading(path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        let hasShards = (try? database.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'shard_runs'").first) != nil
        guard hasShards, let row = try database.query("""
            SELECT r.id, r.options_json, r.options_hash, r.lexicon_checksum, r.gazetteer_checksum, r.tool_version,
                   coalesce(r.method_key, ''), coalesce(r.articles, 0), r.duration_seconds,
                   s.shard_index, s.shard_count, s.partition, s.start_cut, s.end_cut, s.lexicon, s.mention_kinds,
                   s.groups_path, s.min_pair_articles, s.period
            FROM runs r JOIN shard_runs s ON s.run_id = r.id
            WHERE r.status = 'complete' ORDER BY r.id DESC LIMIT 1
            """).first else {
            throw ShardError.mismatch("\(path) holds no complete shard run (made by `geotone analyze --shard I/N --db \(path)`)")
        }
        runID = row[0].int ?? 0
        optionsJSON = row[1].string
        optionsHash = row[2].string
        lexiconChecksum = row[3].string
        gazetteerChecksum = row[4].string
        toolVersion = row[5].string
        methodKey = row[6].string
        articles = Int(row[7].int ?? 0)
        seconds = row[8].double
        guard let period = Period(rawValue: row[18].string) else {
            throw ShardError.mismatch("\(path): shard run \(runID) records an unknown period \"\(row[18].string)\"")
        }
        info = ShardStore.ShardInfo(
            index: Int(row[9].int ?? -1), count: Int(row[10].int ?? 0), partition: row[11].string, startCut: row[12].string,
            endCut: row[13].string, lexicon: row[14].string,
            mentionKinds: row[15] == .null ? nil : row[15].string.split(separator: ",").map(String.init),
            groupsPath: row[16] == .null ? nil : row[16].string, minPairArticles: Int(row[17].int ?? 3), period: period)
    }

    /// The input files the shard recorded (whole files, and files whose first piece it read), in its order.
    public func inputs() throws -> [UnchangedRun.Input] {
        try database.query("SELECT path, bytes, mtime, hash FROM run_inputs WHERE run_id = ? ORDER BY seq", [.integer(runID)]).map {
            UnchangedRun.Input(path: $0[0].string, bytes: Int($0[1].int ?? 0), mtime: Int($0[2].int ?? 0), hash: $0[3].string)
        }
    }

    /// The shard's diagnostics in the order it reported them.
    public func diagnostics() throws -> [Diagnostic] {
        try database.query("SELECT severity, code, path, line, message FROM diagnostics WHERE run_id = ? ORDER BY seq",
                           [.integer(runID)]).map {
            Diagnostic(Diagnostic.Severity(rawValue: $0[0].string) ?? .info, $0[1].string, path: $0[2].string,
                       line: Int($0[3].int ?? 0), $0[4].string)
        }
    }

    /// Calls `body` for each article of the shard run in its order, with the record's input fields filled in (the
    /// analysis fields empty), its content digest, its cache key and its payload (nil when the shard did not
    /// analyse it: a duplicate within the shard).
    public func forEachArticle(_ body: (ArticleRecord, FastHash.Digest, FastHash.Digest, UnsafeBufferPointer<UInt8>?) throws -> Void) throws {
        let select = try database.prepare("""
            SELECT ordinal, article_id, source_path, line, date, date_source, title, dateline_place, agency, content_hash,
                   cache_key, payload
            FROM shard_articles WHERE run_id = ? ORDER BY ordinal
            """)
        try select.bind(Int(runID), at: 1)
        defer { select.reset() }
        var expected = 1
        while try select.step() {
            let ordinal = Int(select.value(at: 0).int ?? 0)
            guard ordinal == expected else {
                throw ShardError.mismatch("\(path): shard run \(runID) lacks article \(expected) (its rows are incomplete)")
            }
            expected += 1
            func text(_ i: Int32) -> String? { if case .text(let s) = select.value(at: i) { return s }; return nil }
            let hash = select.value(at: 9).string
            guard let content = Self.digest(hex: hash) else {
                throw ShardError.mismatch("\(path): article \(ordinal) has a malformed content hash \"\(hash)\"")
            }
            let record = ArticleRecord(ordinal: ordinal, articleID: select.value(at: 1).string, sourcePath: select.value(at: 2).string,
                                       line: Int(select.value(at: 3).int ?? 0), date: text(4), dateSource: select.value(at: 5).string,
                                       title: select.value(at: 6).string, datelinePlace: text(7), agency: text(8), contentHash: hash)
            let key = select.withBytes(at: 10) { Self.digest(bytes: $0) }
            try select.withBytes(at: 11) { payload in try body(record, content, key, payload.isEmpty ? nil : payload) }
        }
        guard expected - 1 == articles else {
            throw ShardError.mismatch("\(path): shard run \(runID) records \(articles) articles but holds \(expected - 1)")
        }
    }

    /// A digest from its 32 hex digits.
    static func digest(hex: String) -> FastHash.Digest? {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 32, let high = UInt64(String(decoding: utf8[0..<16], as: UTF8.self), radix: 16),
              let low = UInt64(String(decoding: utf8[16..<32], as: UTF8.self), radix: 16) else { return nil }
        return FastHash.Digest(high: high, low: low)
    }

    /// A digest from the 16 bytes `ArticleCache` stores (high word first, big-endian).
    static func digest(bytes: UnsafeBufferPointer<UInt8>) -> FastHash.Digest {
        var high: UInt64 = 0, low: UInt64 = 0
        for (i, b) in bytes.prefix(16).enumerated() {
            if i < 8 { high = high << 8 | UInt64(b) } else { low = low << 8 | UInt64(b) }
        }
        return FastHash.Digest(high: high, low: low)
    }
}
