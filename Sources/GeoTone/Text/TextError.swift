/// Errors of the Text stage.
public enum TextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A data file could not be read.
    case unreadable(path: String)
    /// A data file has bad lines; each message starts with `file:line:`.
    case invalidData([String])

    /// A human-readable message.
    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read file"
        case .invalidData(let problems): return problems.joined(separator: "\n")
        }
    }
}
