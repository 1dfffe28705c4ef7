import Foundation
import Testing
import GeoTone
import GeoToneTestSupport

/// Runs the built `geotone` binary in temporary directories and reads what it wrote.
enum CLITestSupport {
    /// The package root, four levels above this file.
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)   // CLITestSupport.swift, GeoToneCLITests, Tests
        return parts.joined(separator: "/")
    }()

    /// `$GEOTONE_BIN` (set by `make test`), else the debug build in this package; nil when neither exists.
    static let binary: String? = {
        if let env = ProcessInfo.processInfo.environment["GEOTONE_BIN"], !env.isEmpty {
            return FileManager.default.isExecutableFile(atPath: env) ? env : nil
        }
        let debug = packageRoot + "/.build/debug/geotone"
        return FileManager.default.isExecutableFile(atPath: debug) ? debug : nil
    }()

    /// Why the CLI tests are skipped, shown by Swift Testing when there is no binary.
    static let missingBinaryMessage: Comment = "no geotone binary: set GEOTONE_BIN or run `swift build` first"

    static let datasets = packageRoot + "/Datasets"

    /// `/usr/bin/time`, used to measure the child's peak memory, when installed.
    static let timeTool: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

    /// True when running as root, where `chmod 000` does not stop reads.
    static var isRoot: Bool { getuid() == 0 }

    /// A fresh temporary directory, unique per test (removed with the test process's scratch root).
    static func makeTemporaryDirectory(_ label: String) -> String {
        try! TestScratch.makeDirectory("geotone-cli-\(label)")
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    static func write(_ bytes: [UInt8], to path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot create \(path)")
    }

    static func write(_ text: String, to path: String) { write(Array(text.utf8), to: path) }

    /// What one run of the binary did.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Peak resident memory of the child in KiB, when `/usr/bin/time` is available.
        var maxRSSKiB: Int?
        var seconds: Double
    }

    /// True when the binary is built with a sanitizer (`make test-asan` sets `GEOTONE_TEST_SANITIZED=1`):
    /// memory and time limits do not apply, since shadow memory and quarantine inflate both.
    static let sanitized = ProcessInfo.processInfo.environment["GEOTONE_TEST_SANITIZED"] == "1"

    /// Longest a single geotone run may take in a test before it is killed.
    static let runTimeoutSeconds = sanitized ? 1800.0 : 300.0

    /// Runs geotone with `arguments` (working directory `directory`), output captured in files there.
    static func run(_ arguments: [String], in directory: String, measureMemory: Bool = true) throws -> Outcome {
        guard let binary else { throw CLITestError.noBinary }
        let process = Process()
        var args = arguments
        let rssMarker = "GEOTONE_TEST_MAXRSS_KIB="
        if measureMemory, let timeTool {
            process.executableURL = URL(fileURLWithPath: timeTool)
            args = ["-f", rssMarker + "%M", binary] + args
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
        }
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let outPath = directory + "/.stdout", errPath = directory + "/.stderr"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        while process.isRunning {
            if Date().timeIntervalSince(started) > runTimeoutSeconds {
                // The child leads its own process group: kill `/usr/bin/time` and geotone together.
                kill(-process.processIdentifier, SIGKILL)
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        var stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        var rss: Int?
        if let range = stderr.range(of: rssMarker, options: .backwards) {
            let tail = stderr[range.upperBound...]
            rss = Int(tail.prefix { $0.isNumber })
            stderr.removeSubrange(range.lowerBound..<(tail.firstIndex(of: "\n").map { stderr.index(after: $0) } ?? stderr.endIndex))
            // /usr/bin/time prints "Command exited with non-zero status N" before the format line.
            if let note = stderr.range(of: "Command exited with non-zero status", options: .backwards) {
                let end = stderr[note.lowerBound...].firstIndex(of: "\n").map { stderr.index(after: $0) } ?? stderr.endIndex
                stderr.removeSubrange(note.lowerBound..<end)
            }
        }
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, stdout: stdout, stderr: stderr, maxRSSKiB: rss,
                       seconds: Date().timeIntervalSince(started))
    }

    /// Runs `geotone analyze <inputs> --out <dir>/out --datasets … [extra]`.
    static func analyze(_ inputs: [String], in directory: String, extra: [String] = []) throws -> Outcome {
        try run(["analyze"] + inputs + ["--out", directory + "/out", "--datasets", datasets, "--quiet"] + extra, in: directory)
    }

    /// Data rows of a CSV file geotone wrote (header excluded), parsed with the library's CSV parser.
    static func csvRows(_ path: String) throws -> [[String]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parser = CSVRecordParser()
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        parser.feed(bytes)
        parser.finish()
        return Array(parser.takeRows().map(\.fields).dropFirst())
    }

    /// One diagnostic row of the latest run in the store.
    struct StoredDiagnostic: Equatable, CustomStringConvertible {
        var severity: String
        var code: String
        var path: String
        var line: Int
        var description: String { "\(path):\(line) \(severity) \(code)" }
    }

    /// The latest run's diagnostics and article count in the store.
    static func store(_ path: String) throws -> (articles: Int, diagnostics: [StoredDiagnostic]) {
        let db = try SQLiteDatabase(path: path, create: false)
        let run = try db.query("SELECT max(id) FROM runs")
        let runID = run.first?.first ?? .null
        let count = try db.query("SELECT count(*) FROM run_articles WHERE run_id = ?", [runID]).first?.first?.int ?? -1
        let rows = try db.query("SELECT severity, code, path, line FROM diagnostics WHERE run_id = ? ORDER BY seq", [runID])
        return (Int(count), rows.map { StoredDiagnostic(severity: $0[0].string, code: $0[1].string, path: $0[2].string,
                                                         line: Int($0[3].int ?? -1)) })
    }
}

enum CLITestError: Error { case noBinary }
