/// Where a run stands, as `runs.status` holds it.
public enum RunStatus: String, Sendable, CaseIterable {
    /// Being written; other connections never see it (the run's transaction has not committed).
    case running
    /// Committed with every result.
    case complete
    /// Stopped by an error; only the run row was kept, with `error`.
    case failed
}
