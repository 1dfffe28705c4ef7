import Foundation
@testable import GeoTone

/// Paths and shared lexicons for the Sentiment tests.
enum SentimentTestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()
    /// `Datasets/` of the package.
    static let datasets = packageRoot + "/Datasets"
    /// `../shared` beside the package (absent for users; tests skip then).
    static let shared = packageRoot + "/../shared"
    static let parityExpected = shared + "/fixtures/vader_parity_expected.tsv"
    static let parityFull = shared + "/fixtures/vader_parity_expected_full.tsv"
    static let nytCorpus = shared + "/corpora/nyt_editorial_dev.tsv"

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    // swiftlint:disable force_try
    /// The reference lexicon, loaded once.
    static let vader: SentimentLexicon = try! SentimentLexicon.loadBundled("vader", datasetsDirectory: datasets)
    /// The news lexicon, loaded once.
    static let news: SentimentLexicon = try! SentimentLexicon.loadBundled("news", datasetsDirectory: datasets)
    // swiftlint:enable force_try

    static let vaderScorer = SentimentScorer(lexicon: vader, mode: .vader)
    static let newsScorer = SentimentScorer(lexicon: news, mode: .news)

    /// Lines of a tab-separated file split on tabs only, header dropped when asked.
    static func tsvRows(_ path: String, header: Bool) -> [[String]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var rows = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        if header && !rows.isEmpty { rows.removeFirst() }
        return rows
    }
}
