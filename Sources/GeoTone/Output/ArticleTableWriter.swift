/// Streams `articles.csv`, `mentions.csv` and the matching store rows while a run is in progress.
public final class ArticleTableWriter {
    /// Columns of `articles.csv`, in order.
    public static let articleColumns = [
        "article_id", "source_path", "line", "date", "date_source", "title", "dateline_place", "dateline_country",
        "agency", "words", "sentences", "countries", "focus", "compound", "positive", "negative", "neutral", "tone",
        "polarity", "duplicate_of",
    ]
    /// Columns of `mentions.csv`, in order.
    public static let mentionColumns = ["article_id", "country", "mentions", "first_offset", "forms"]

    let articlesCSV: CSVTableWriter
    let mentionsCSV: CSVTableWriter
    let insertArticle: SQLiteStatement
    let insertMention: SQLiteStatement
    let runID: Int64

    public init(outDirectory: String, store: ResultStore, runID: Int64) throws {
        articlesCSV = try CSVTableWriter(path: outDirectory + "/articles.csv", header: Self.articleColumns)
        mentionsCSV = try CSVTableWriter(path: outDirectory + "/mentions.csv", header: Self.mentionColumns)
        insertArticle = try store.database.prepare("""
            INSERT INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, dateline_place,
                dateline_country, agency, words, sentences, content_hash, duplicate_of, countries, focus, compound, positive,
                negative, neutral, tone, polarity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMention = try store.database.prepare("""
            INSERT INTO mentions(run_id, ordinal, article_id, entity, mentions, first_offset, forms) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        self.runID = runID
    }

    /// Writes one article and its mentions.
    public func write(_ r: ArticleRecord) throws {
        let s = r.sentiment
        let countries = r.countries.joined(separator: ";"), focus = r.focus.joined(separator: ";")
        func opt(_ v: String?) -> CSVCell { v.map { .text($0) } ?? .empty }
        func num(_ v: Double?, _ d: Int) -> CSVCell { v.map { .number($0, decimals: d) } ?? .empty }
        try articlesCSV.writeRow([
            .text(r.articleID), .text(r.sourcePath), .integer(r.line), opt(r.date), .text(r.dateSource), .text(r.title),
            opt(r.datelinePlace), opt(r.datelineCountry), opt(r.agency), .integer(r.words), .integer(r.sentences),
            .text(countries), .text(focus),
            num(s?.compound, 4), num(s?.positive, 3), num(s?.negative, 3), num(s?.neutral, 3), num(s?.tone, 3),
            num(s?.polarity, 3), opt(r.duplicateOf),
        ])
        func optText(_ v: String?) -> SQLiteValue { v.map { .text($0) } ?? .null }
        func optReal(_ v: Double?) -> SQLiteValue { v.map { .real($0) } ?? .null }
        try insertArticle.execute([
            .integer(runID), .integer(Int64(r.ordinal)), .text(r.articleID), .text(r.sourcePath), .integer(Int64(r.line)),
            optText(r.date), .text(r.dateSource), .text(r.title), optText(r.datelinePlace), optText(r.datelineCountry),
            optText(r.agency), .integer(Int64(r.words)), .integer(Int64(r.sentences)), .text(r.contentHash),
            optText(r.duplicateOf), .text(countries), .text(focus),
            optReal(s?.compound), optReal(s?.positive), optReal(s?.negative), optReal(s?.neutral), optReal(s?.tone),
            optReal(s?.polarity),
        ])
        for m in r.mentions {
            let forms = m.forms.joined(separator: ";")
            try mentionsCSV.writeRow([.text(r.articleID), .text(m.entity), .integer(m.mentions), .integer(m.firstOffset), .text(forms)])
            try insertMention.execute([.integer(runID), .integer(Int64(r.ordinal)), .text(r.articleID), .text(m.entity),
                                       .integer(Int64(m.mentions)), .integer(Int64(m.firstOffset)), .text(forms)])
        }
    }

    /// Renames both CSV files into place.
    public func commit() throws {
        try articlesCSV.commit()
        try mentionsCSV.commit()
    }
}
