/// The runs of a result store for `geotone runs` and `geotone compare`: a ``RunReader`` and how each run differs
/// from the one before.
///
/// Opening does not take the write lock when the schema is current, so it works while a run is being
/// written (WAL readers see the last committed state). An older schema is upgraded in place first.
public struct RunHistory {
    /// Where the runs are read.
    public let reader: RunReader

    /// Opens the existing store at `path`.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        guard FileBytes.status(path: path) != nil else { throw HistoryError.noDatabase(path) }
        reader = try RunReader.open(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] { try reader.runs() }

    /// The run with `id`.
    public func run(_ id: Int64) throws -> RunRecord {
        guard let run = try reader.run(id) else { throw HistoryError.unknownRun(path: reader.path, id: id) }
        return run
    }

    /// Every run with how it differs from the complete run before it (nil for runs that did not complete).
    public func runsWithChanges() throws -> [(run: RunRecord, change: RunChange?)] {
        var previous: RunRecord?
        return try runs().map { run in
            guard run.isComplete else { return (run, nil) }
            defer { previous = run }
            return (run, run.change(from: previous))
        }
    }
}
