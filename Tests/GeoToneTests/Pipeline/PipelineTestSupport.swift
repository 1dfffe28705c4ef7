import Foundation
@testable import GeoTone
import GeoToneTestSupport

/// Paths and helpers shared by the pipeline tests.
enum PipelineFixture {
    static let packageRoot = TestPaths.packageRoot
    static var datasets: String { packageRoot + "/Datasets" }
    static var sampleCorpus: String { datasets + "/articles" }

    /// A fresh temporary directory (removed with the test process's scratch root).
    static func temporaryDirectory(_ name: String) throws -> String {
        try TestScratch.makeDirectory("geotone-\(name)")
    }

    /// Runs the analyzer on `inputs` writing into `out`.
    static func analyze(_ inputs: [String], out: String, jobs: Int = 2, configure: (inout AnalysisOptions) -> Void = { _ in })
        throws -> (RunSummary, CollectingSink) {
        var options = AnalysisOptions(inputs: inputs, outDirectory: out, datasetsDirectory: datasets, jobs: jobs)
        options.defaultYear = 2024
        configure(&options)
        let sink = CollectingSink()
        let summary = try Analyzer(options: options, sink: sink).run()
        return (summary, sink)
    }

    /// Rows of a CSV written by geotone, as dictionaries keyed by header.
    static func readCSV(_ path: String) throws -> [[String: String]] {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        let parser = CSVRecordParser()
        data.withUnsafeBytes { parser.feed($0.bindMemory(to: UInt8.self)) }
        parser.finish()
        let rows = parser.takeRows()
        guard let header = rows.first?.fields else { return [] }
        return rows.dropFirst().map { row in
            var dict: [String: String] = [:]
            for (i, name) in header.enumerated() where i < row.fields.count { dict[name] = row.fields[i] }
            return dict
        }
    }
}
