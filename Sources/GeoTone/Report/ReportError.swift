/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible, Sendable {
    /// The database has no complete run (or not the one asked for).
    case noSuchRun(path: String, requested: Int64?)
    /// The database is not a geotone result store.
    case notAGeotoneDatabase(path: String)
    /// A row of the map data file is malformed.
    case badMapData(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .noSuchRun(let path, let requested):
            if let requested { return "\(path): no complete run with id \(requested)" }
            return "\(path): no complete run yet (run `geotone analyze` first)"
        case .notAGeotoneDatabase(let path):
            return "\(path): not a geotone result database"
        case .badMapData(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        }
    }
}
