/// Analyses articles one at a time through exactly the per-article code of `analyze` (normalize, tokenize,
/// detect, dateline, focus, score): `geotone countries`, the accuracy tests and library users get what
/// `articles.csv` and `mentions.csv` would say of the same text.
///
/// Holds scratch buffers: one per thread.
public struct SingleArticleAnalyzer {
    var analyzer: ArticleAnalyzer
    /// The countries named in the title and in the body of the last article, as country indices in text order
    /// (only the mention kinds that feed focus, ``MentionKind/focusKinds``): what the focus rule reads.
    public var focusInputs: (title: [Int], body: [Int]) { (analyzer.titleCountries, analyzer.bodyCountries) }

    /// Creates an analyzer over loaded resources; `sentiment: false` leaves the tone out (for callers that read only
    /// what detection gives: countries, focus, mentions).
    public init(resources: AnalysisResources, sentiment: Bool = true) {
        analyzer = ArticleAnalyzer(resources: resources, period: .month, scoresSentiment: sentiment)
    }

    /// The analysed record of one article: `countries`, `focus`, `datelineCountry`, `mentions`, `sentiment`.
    public mutating func analyze(_ article: Article) -> ArticleRecord {
        var record = ArticleRecord(ordinal: 0, articleID: article.id, sourcePath: article.sourcePath, line: article.line,
                                   date: article.date, dateSource: article.dateSource.rawValue, title: article.title,
                                   datelinePlace: article.datelinePlace, agency: article.agency, contentHash: "")
        _ = analyzer.analyze(article, into: &record)
        return record
    }

    /// The record of a text given as title, dateline place and body.
    public mutating func analyze(title: String = "", datelinePlace: String? = nil, body: String) -> ArticleRecord {
        analyze(Article(id: "", sourcePath: "", line: 1, title: title, body: body, datelinePlace: datelinePlace))
    }
}
