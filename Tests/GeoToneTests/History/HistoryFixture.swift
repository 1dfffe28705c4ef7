import Foundation
@testable import GeoTone
import GeoToneTestSupport

/// Paths, temporary folders and analyzer runs shared by the History tests.
enum HistoryFixture {
    static let packageRoot = TestPaths.packageRoot
    static let datasets = packageRoot + "/Datasets"
    static let sampleArticles = datasets + "/articles"
    /// Output tables compared byte for byte.
    static let csvNames = ["articles.csv", "mentions.csv", "countries.csv", "comentions.csv", "regions.csv", "timeline.csv",
                           "datelines.csv"]

    /// A fresh empty temporary folder (removed with the test process's scratch root).
    static func temporaryDirectory(_ name: String) throws -> String {
        try TestScratch.makeDirectory("geotone-history-\(name)")
    }

    /// Copies the sample `.txt` articles into a new folder, leaving out those whose names start with `excluding`.
    static func copySamples(excluding: [String] = []) throws -> String {
        let dir = try temporaryDirectory("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: sampleArticles).sorted()
        where name.hasSuffix(".txt") && !excluding.contains(where: { name.hasPrefix($0) }) {
            try FileManager.default.copyItem(atPath: sampleArticles + "/" + name, toPath: dir + "/" + name)
        }
        return dir
    }

    /// Runs the analyzer on `inputs` with the test defaults (default year 2024, 2 jobs).
    @discardableResult
    static func analyze(_ inputs: [String], out: String, db: String, label: String? = nil,
                        configure: (inout AnalysisOptions) -> Void = { _ in }) throws -> RunSummary {
        var options = AnalysisOptions(inputs: inputs, outDirectory: out, datasetsDirectory: datasets, jobs: 2)
        options.databasePath = db
        options.defaultYear = 2024
        options.label = label
        configure(&options)
        return try Analyzer(options: options, sink: CollectingSink()).run()
    }

    /// The bytes of every output table in `out`.
    static func tables(_ out: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in csvNames { result[name] = FileManager.default.contents(atPath: out + "/" + name) }
        return result
    }

    /// A checksum of every row of the given run in the result tables (to prove rows are left unchanged).
    static func rowChecksum(_ db: SQLiteDatabase, run: Int64) throws -> String {
        var hasher = SHA256()
        for (table, order) in [("runs", "id"), ("articles", "ordinal"), ("mentions", "ordinal, entity"), ("country_stats", "country"),
                               ("comentions", "country_a, country_b"), ("region_stats", "level, region"),
                               ("timeline", "period, entity_type, entity"), ("datelines", "dateline_country"), ("diagnostics", "seq")] {
            let column = table == "runs" ? "id" : "run_id"
            for row in try db.query("SELECT * FROM \(table) WHERE \(column) = ? ORDER BY \(order)", [.integer(run)]) {
                hasher.update(Array((table + ":" + row.map { "\($0)" }.joined(separator: "\u{1F}") + "\n").utf8))
            }
        }
        return hasher.hexDigest
    }
}
