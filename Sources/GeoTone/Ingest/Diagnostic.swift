/// A problem or notice about the input, reported with the file and line it concerns.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Comparable {
        case info, warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    }

    public var severity: Severity
    /// A stable machine-readable code, e.g. `invalid-utf8`, `malformed-json`.
    public var code: String
    /// The file concerned (empty when the run as a whole is concerned).
    public var path: String
    /// 1-based line, or 0 when the whole file is concerned.
    public var line: Int
    /// A human explanation of what happened and what was done about it.
    public var message: String

    public init(_ severity: Severity, _ code: String, path: String, line: Int = 0, _ message: String) {
        self.severity = severity
        self.code = code
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: severity: message [code]`, the form compilers use.
    public var description: String {
        let location = path.isEmpty ? "geotone" : (line > 0 ? "\(path):\(line)" : path)
        return "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}
