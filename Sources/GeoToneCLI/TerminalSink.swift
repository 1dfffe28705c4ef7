import Foundation
import GeoTone

/// Prints diagnostics to stderr (at most `perCodeLimit` per code, then a count) and a progress line when
/// stderr is a terminal.
// @unchecked: the analyzer reports to it from the one thread that reads the input (never concurrently).
final class TerminalSink: DiagnosticsSink, @unchecked Sendable {
    /// Diagnostics of one code printed before the rest are only counted.
    static let perCodeLimit = 20
    let quiet: Bool
    let showProgress: Bool
    /// Seconds between two redraws of the progress line.
    static let redrawInterval = 0.1
    var started: Double?
    var lastDraw = 0.0
    var printedPerCode: [String: Int] = [:]
    var suppressed: [String: Int] = [:]
    var progressShown = false

    init(quiet: Bool) {
        self.quiet = quiet
        showProgress = !quiet && isatty(2) == 1
    }

    func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    func report(_ diagnostic: Diagnostic) {
        let n = printedPerCode[diagnostic.code, default: 0]
        if n >= Self.perCodeLimit {
            suppressed[diagnostic.code, default: 0] += 1
            return
        }
        printedPerCode[diagnostic.code] = n + 1
        if quiet && diagnostic.severity == .info { return }
        clearProgress()
        write("\(diagnostic)\n")
    }

    func progress(filesDone: Int, filesTotal: Int, articles: Int, bytesDone: Int, bytesTotal: Int) {
        guard showProgress else { return }
        let now = Clock.monotonic()
        let start = started ?? now
        started = start
        guard now - lastDraw >= Self.redrawInterval || filesDone == filesTotal else { return }
        lastDraw = now
        let elapsed = max(0.001, now - start)
        let rate = Double(bytesDone) / elapsed / 1e6
        let remaining = rate > 0 ? Double(bytesTotal - bytesDone) / 1e6 / rate : 0
        let line = "files \(filesDone)/\(filesTotal)  articles \(articles)  \(NumberFormatting.fixed(rate, decimals: 1)) MB/s  ETA \(Int(remaining.rounded())) s"
        write("\r\u{1B}[K" + line)
        progressShown = true
    }

    func clearProgress() {
        if progressShown { write("\r\u{1B}[K"); progressShown = false }
    }

    func finish() {
        clearProgress()
        for (code, count) in suppressed.sorted(by: { $0.key < $1.key }) {
            write("geotone: \(count) more [\(code)] diagnostic(s) not shown (all are in the run's diagnostics table)\n")
        }
    }
}
