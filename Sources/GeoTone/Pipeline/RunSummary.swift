/// What a finished `analyze` run reports back.
public struct RunSummary: Sendable {
    public var runID: Int64
    public var files = 0
    public var articles = 0
    public var duplicates = 0
    /// Articles whose results were reused from an earlier run (incremental runs; 0 with `--full`).
    public var reused = 0
    /// The earlier run whose results were taken whole because inputs, method and outputs were unchanged.
    public var reusedRun: Int64?
    public var undated = 0
    public var bytes = 0
    public var countries = 0
    public var pairs = 0
    public var meanCompound: Double?
    public var diagnostics: [Diagnostic.Severity: Int] = [:]
    public var outputs: [String] = []
    public var databasePath = ""
    public var inputFingerprint = ""
    public var seconds = 0.0
    /// Seconds per stage, summed over workers: read, analyse (text+detect+score), aggregate, write.
    public var stageSeconds: [String: Double] = [:]
    /// The corpus tables this run wrote (nil for a shard and for a run that reused an earlier one whole): the report
    /// of the run is drawn from them instead of reading them back from the store.
    public var tables: SummaryRows?

    /// Total diagnostics of any severity.
    public var diagnosticCount: Int { diagnostics.values.reduce(0, +) }
}
