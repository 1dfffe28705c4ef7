import Dispatch
import Foundation
import GeoTone

/// SIGINT and SIGTERM during a run: this process's `*.tmp-PID` files are removed from the given folders, then the
/// process exits (status 130 or 143, as shells report a signal). The store needs nothing: an unfinished run's
/// transaction is rolled back by SQLite when the store is next opened, as after any kill.
// @unchecked: its dispatch sources are created once and never changed; they only keep the signal handlers alive.
final class Interruption: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]

    private init(sources: [DispatchSourceSignal]) { self.sources = sources }

    /// Starts handling both signals (on a queue, not in the signal handler: the clean-up may allocate).
    static func cleaning(temporaryFilesIn folders: [String]) -> Interruption {
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                for folder in folders { StaleTemporaryFiles.removeOwn(in: folder) }
                FileHandle.standardError.write(Data("\ngeotone: interrupted; earlier results in the output folder are unchanged\n".utf8))
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
        return Interruption(sources: sources)
    }

    /// Stops handling the signals (their default action returns).
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
