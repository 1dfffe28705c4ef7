import Foundation
@testable import GeoTone

/// Finding and running the built `geotone` binary for the runs / compare / kill tests.
enum HistoryCLI {
    /// True for a release binary (the kill test then uses a bigger corpus).
    static var isRelease: Bool { CLITestSupport.binary?.contains("/release/") ?? false }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A configured, not yet started process running geotone with `arguments`.
    static func process(_ arguments: [String], stdout: Pipe? = nil, stderr: Pipe? = nil) throws -> Process {
        guard let binary = CLITestSupport.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GEOTONE_DATASETS"] = CLITestSupport.datasets
        process.environment = environment
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        return process
    }

    /// Runs geotone to completion.
    @discardableResult
    static func run(_ arguments: [String]) throws -> Result {
        let out = Pipe(), err = Pipe()
        let process = try process(arguments, stdout: out, stderr: err)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `count` JSONL articles (ids `start`..., each a sample article with a distinct closing line) to `path`.
    static func writeCorpus(_ path: String, count: Int, start: Int = 0) throws {
        let folder = CLITestSupport.datasets + "/articles"
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        var out = Data()
        for i in start..<(start + count) {
            let object: [String: String] = ["id": "syn-\(i)", "title": "Item \(i)", "date": "2024-\(String(format: "%02d", 1 + i % 12))-10",
                                            "text": texts[i % texts.count] + "\nFiled as item \(i)."]
            out.append(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
            out.append(0x0A)
        }
        try out.write(to: URL(fileURLWithPath: path))
    }
}
