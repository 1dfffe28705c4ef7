/// Errors of the Sentiment stage, with `file:line` where a data file is at fault.
public enum SentimentError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A file could not be read.
    case unreadable(path: String)
    /// A record in a data file is malformed; `line` is 1-based.
    case malformed(path: String, line: Int, reason: String)
    /// A term appears twice in a file that must not repeat terms.
    case duplicate(path: String, line: Int, term: String, firstLine: Int)
    /// A value lies outside its allowed range.
    case outOfRange(path: String, line: Int, value: Double, range: ClosedRange<Double>)
    /// `loadBundled` got a name it does not know.
    case unknownBundledLexicon(name: String, known: [String])
    /// Several problems in one file, reported together.
    case many([SentimentError])

    /// A human-readable message.
    public var description: String {
        switch self {
        case .unreadable(let path):
            return "\(path): cannot read file"
        case .malformed(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .duplicate(let path, let line, let term, let firstLine):
            return "\(path):\(line): duplicate term \"\(term)\" (first at line \(firstLine))"
        case .outOfRange(let path, let line, let value, let range):
            return "\(path):\(line): value \(value) outside \(range.lowerBound)...\(range.upperBound)"
        case .unknownBundledLexicon(let name, let known):
            return "unknown bundled lexicon \"\(name)\"; known: \(known.joined(separator: ", "))"
        case .many(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
