/// One problem found in a data file, located by `file:line`.
public struct DataProblem: Sendable, Equatable, CustomStringConvertible {
    /// Path of the file.
    public let path: String
    /// 1-based line number (0 when the problem concerns the whole file).
    public let line: Int
    /// What is wrong.
    public let message: String

    /// Creates a problem report.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`.
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}

/// Errors of the Detection stage.
public enum DetectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A required data file is missing or unreadable.
    case unreadable(path: String)
    /// Data files have problems; every problem found is listed.
    case invalidData([DataProblem])
    /// A mention kind given by the user is not one of ``MentionKind``.
    case unknownMentionKind(String)

    /// A human-readable message, one problem a line.
    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read file"
        case .invalidData(let problems): return problems.map(\.description).joined(separator: "\n")
        case .unknownMentionKind(let name):
            let known = MentionKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown mention kind '\(name)' (expected a comma-separated list of: \(known), all, default)"
        }
    }

    /// The problems listed (empty for ``unreadable(path:)``).
    public var problems: [DataProblem] {
        if case .invalidData(let p) = self { return p }
        return []
    }
}
