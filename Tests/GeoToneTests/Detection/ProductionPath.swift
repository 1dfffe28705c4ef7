import Foundation
@testable import GeoTone

/// Detection as the product runs it: the project's data through ``SingleArticleAnalyzer`` (the per-article code of
/// `analyze` and `geotone countries`), or a whole `analyze` run over a file.
enum ProductionPath {
    /// The project's resources with the default options (loaded once per test process).
    static let resources = Result { try AnalysisResources(datasetsDirectory: PipelineFixture.datasets, lexicon: "news", mentionKinds: nil) }

    /// The `countries` column `analyze` writes for `body` (and `title`) as one article.
    static func countries(_ body: String, title: String = "", datelinePlace: String? = nil) throws -> [String] {
        var analyzer = SingleArticleAnalyzer(resources: try resources.get())
        return analyzer.analyze(title: title, datelinePlace: datelinePlace, body: body).countries
    }

    /// One article's codes from a whole `analyze` run.
    struct Row {
        let countries: Set<String>
        let focus: Set<String>
    }

    /// Runs `analyze` (default options, the project's data) on JSON lines written to a scratch folder and reads
    /// `articles.csv` back, keyed by article id.
    static func analyze(jsonLines: [String], name: String) throws -> [String: Row] {
        let dir = try PipelineFixture.temporaryDirectory(name)
        let input = dir + "/input.jsonl"
        try Data((jsonLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
        _ = try PipelineFixture.analyze([input], out: dir + "/out") { $0.defaultYear = nil }
        var rows: [String: Row] = [:]
        for r in try PipelineFixture.readCSV(dir + "/out/articles.csv") {
            func codes(_ key: String) -> Set<String> { Set((r[key] ?? "").split(separator: ";").map(String.init)) }
            rows[r["article_id"] ?? ""] = Row(countries: codes("countries"), focus: codes("focus"))
        }
        return rows
    }
}
