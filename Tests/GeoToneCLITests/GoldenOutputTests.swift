import Foundation
import Testing

/// The seven CSV tables of the sample corpus, byte for byte against `Tests/Golden/sample-corpus/`.
///
/// The run is `geotone analyze Datasets/articles --out DIR --default-year 2024` (what `make analyze` does), so the
/// paths in the tables are the same on every machine. A refactor that changes any
/// byte fails here; `make golden` records the tables again, on purpose only.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct GoldenOutputTests {
    typealias S = CLITestSupport

    static let goldenDirectory = S.packageRoot + "/Tests/Golden/sample-corpus"

    /// Runs the sample corpus with `extra` arguments into `out`, from `directory`, where `Datasets` links to the
    /// package's: the paths in the tables read `Datasets/articles/…` as they do after `make analyze`.
    static func analyzeSample(in directory: String, out: String, extra: [String] = []) throws {
        if !FileManager.default.fileExists(atPath: directory + "/Datasets") {
            try FileManager.default.createSymbolicLink(atPath: directory + "/Datasets", withDestinationPath: S.datasets)
        }
        let outcome = try S.run(["analyze", "Datasets/articles", "--out", out, "--default-year", "2024", "--quiet"] + extra,
                                in: directory, measureMemory: false)
        #expect(outcome.status == 0, "stderr:\n\(outcome.stderr)")
    }

    /// Every table in `out` equals its golden copy; names the first differing line otherwise.
    static func expectGolden(_ out: String, _ comment: String) throws {
        for table in EndToEndTests.tables {
            let golden = try Data(contentsOf: URL(fileURLWithPath: goldenDirectory + "/" + table))
            let written = try Data(contentsOf: URL(fileURLWithPath: out + "/" + table))
            guard golden != written else { continue }
            let a = String(decoding: golden, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            let b = String(decoding: written, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let was = line < a.count ? a[line] : "", now = line < b.count ? b[line] : ""
            Issue.record("\(comment): \(table) differs from the golden copy at line \(line + 1) (golden \(a.count) lines, written \(b.count)):\n- \(was)\n+ \(now)")
        }
    }

    @Test func sampleCorpusTablesAreGolden() throws {
        let dir = S.makeTemporaryDirectory("golden")
        defer { S.remove(dir) }
        try Self.analyzeSample(in: dir, out: dir + "/out")
        try Self.expectGolden(dir + "/out", "full run")
    }

    /// One worker, and a second run that takes every article from the first run's cache (same store, fresh output
    /// folder), write the same bytes.
    @Test func oneWorkerAndCachedRunAreGolden() throws {
        let dir = S.makeTemporaryDirectory("golden-cached")
        defer { S.remove(dir) }
        try Self.analyzeSample(in: dir, out: dir + "/one", extra: ["--jobs", "1", "--db", dir + "/store.sqlite"])
        try Self.expectGolden(dir + "/one", "--jobs 1")
        try Self.analyzeSample(in: dir, out: dir + "/cached", extra: ["--db", dir + "/store.sqlite"])
        try Self.expectGolden(dir + "/cached", "cached run")
    }
}
