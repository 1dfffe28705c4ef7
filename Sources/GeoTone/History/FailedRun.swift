/// What is known about a run once its transaction has begun, so that a run stopped by an error can be
/// recorded as `failed` after its transaction was rolled back.
public struct FailedRun: Sendable {
    public var label: String?
    public var startedAt: String
    public var methodJSON: String
    public var lexiconChecksum: String
    public var gazetteerChecksum: String
    public var toolVersion: String

    public init(label: String?, startedAt: String, methodJSON: String, lexiconChecksum: String, gazetteerChecksum: String,
                toolVersion: String) {
        self.toolVersion = toolVersion
        self.label = label
        self.startedAt = startedAt
        self.methodJSON = methodJSON
        self.lexiconChecksum = lexiconChecksum
        self.gazetteerChecksum = gazetteerChecksum
    }

    /// Writes a `failed` run row with `message` in its own short transaction; returns its id.
    ///
    /// Only the run row is written: none of the failed run's partial results survive the rollback.
    @discardableResult
    public func record(in database: SQLiteDatabase, message: String) throws -> Int64 {
        try database.transaction {
            try database.run("""
                INSERT INTO runs(label, started_at, finished_at, status, tool_version, options_json, options_hash,
                                 lexicon_checksum, gazetteer_checksum, error)
                VALUES (?, ?, ?, 'failed', ?, ?, ?, ?, ?, ?)
                """, [.text(orNull: label), .text(startedAt), .text(Clock.isoNow()), .text(toolVersion),
                      .text(methodJSON), .text(SHA256.hex(of: methodJSON)), .text(lexiconChecksum), .text(gazetteerChecksum),
                      .text(message)])
            return database.lastInsertRowID
        }
    }
}
