import Synchronization

/// Where the library reports problems and progress; the CLI prints them, tests collect them.
public protocol DiagnosticsSink: AnyObject, Sendable {
    /// A problem with the input or a notice about the run.
    func report(_ diagnostic: Diagnostic)
    /// Progress after each batch: files done, files total, articles so far, bytes read so far, bytes total.
    func progress(filesDone: Int, filesTotal: Int, articles: Int, bytesDone: Int, bytesTotal: Int)
}

/// A sink that keeps everything in memory (for tests and library users).
public final class CollectingSink: DiagnosticsSink, Sendable {
    private let collected = Mutex<[Diagnostic]>([])
    /// Everything reported so far, in order.
    public var diagnostics: [Diagnostic] { collected.withLock { $0 } }
    public init() {}
    public func report(_ diagnostic: Diagnostic) { collected.withLock { $0.append(diagnostic) } }
    public func progress(filesDone: Int, filesTotal: Int, articles: Int, bytesDone: Int, bytesTotal: Int) {}
}
