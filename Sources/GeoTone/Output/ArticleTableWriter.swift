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
    let firstArticleID: SQLiteStatement
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
        firstArticleID = try store.database.prepare("SELECT article_id FROM articles WHERE run_id = ? AND ordinal = ?")
        self.runID = runID
        try firstArticleID.bind(Int(runID), at: 1)
        try insertArticle.bind(Int(runID), at: 1)
        try insertMention.bind(Int(runID), at: 1)
    }

    /// Writes one article and its mentions.
    public func write(_ record: ArticleRecord) throws {
        var r = record
        if r.duplicateOf == nil, let first = r.duplicateOfOrdinal {
            // The earlier article of this run was written before this one (rows go in ordinal order).
            try firstArticleID.bind(first, at: 2)
            defer { firstArticleID.reset() }
            guard try firstArticleID.step() else { throw SQLiteError(code: 0, message: "article \(first) not written yet",
                                                                       context: "duplicate_of", path: "") }
            r.duplicateOf = firstArticleID.value(at: 0).string
        }
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
        // Store rows: typed binds in place (no value array per row); parameter 1 (run id) was bound once.
        let a = insertArticle
        try a.bind(r.ordinal, at: 2)
        try a.bind(r.articleID, at: 3)
        try a.bind(r.sourcePath, at: 4)
        try a.bind(r.line, at: 5)
        try a.bind(r.date, at: 6)
        try a.bind(r.dateSource, at: 7)
        try a.bind(r.title, at: 8)
        try a.bind(r.datelinePlace, at: 9)
        try a.bind(r.datelineCountry, at: 10)
        try a.bind(r.agency, at: 11)
        try a.bind(r.words, at: 12)
        try a.bind(r.sentences, at: 13)
        try a.bind(r.contentHash, at: 14)
        try a.bind(r.duplicateOf, at: 15)
        try a.bind(countries, at: 16)
        try a.bind(focus, at: 17)
        try a.bind(s?.compound, at: 18)
        try a.bind(s?.positive, at: 19)
        try a.bind(s?.negative, at: 20)
        try a.bind(s?.neutral, at: 21)
        try a.bind(s?.tone, at: 22)
        try a.bind(s?.polarity, at: 23)
        try a.run()
        let m = insertMention
        if !r.mentions.isEmpty {
            try m.bind(r.ordinal, at: 2)
            try m.bind(r.articleID, at: 3)
        }
        for row in r.mentions {
            let forms = row.forms.joined(separator: ";")
            try mentionsCSV.writeRow([.text(r.articleID), .text(row.entity), .integer(row.mentions), .integer(row.firstOffset), .text(forms)])
            try m.bind(row.entity, at: 4)
            try m.bind(row.mentions, at: 5)
            try m.bind(row.firstOffset, at: 6)
            try m.bind(forms, at: 7)
            try m.run()
        }
    }

    /// Both CSV files, for their sizes and hashes.
    public var files: [CSVTableWriter] { [articlesCSV, mentionsCSV] }

    /// Renames both CSV files into place.
    public func commit() throws {
        try articlesCSV.commit()
        try mentionsCSV.commit()
    }
}
