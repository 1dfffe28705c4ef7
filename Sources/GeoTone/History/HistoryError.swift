/// Problems reading the run history.
public enum HistoryError: Error, CustomStringConvertible, Sendable {
    /// No database file at the path.
    case noDatabase(String)
    /// The run id does not exist.
    case unknownRun(path: String, id: Int64)
    /// The run exists but did not complete, so it has no results to compare.
    case incompleteRun(path: String, id: Int64, status: String)
    /// Fewer than two complete runs to compare by default.
    case notEnoughRuns(path: String, complete: Int)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            return "\(path): no geotone database here (run `geotone analyze` first, or pass --db)"
        case .unknownRun(let path, let id):
            return "\(path): there is no run \(id) (see `geotone runs`)"
        case .incompleteRun(let path, let id, let status):
            return "\(path): run \(id) is \(status), not complete; it has no results to compare"
        case .notEnoughRuns(let path, let complete):
            return "\(path): need two complete runs to compare, found \(complete); name the runs or run `geotone analyze` again"
        }
    }
}
