/// Streams `articles.csv`, `mentions.csv` and the matching store rows while a run is in progress.
public final class ArticleTableWriter {
    /// Columns of `articles.csv`, in order.
    public static let articleColumns = [
        "article_id", "source_path", "line", "date", "date_source", "title", "dateline_place", "dateline_country",
        "agency", "words", "sentences", "countries", "focus", "compound", "positive", "negative", "neutral", "tone",
        "polarity", "duplicate_of", "language",
    ]
    /// Columns of `mentions.csv`, in order.
    public static let mentionColumns = ["article_id", "country", "mentions", "first_offset", "forms"]

    let articlesCSV: CSVTableWriter
    let mentionsCSV: CSVTableWriter
    let insertArticle: SQLiteStatement
    let insertMention: SQLiteStatement
    let firstArticleID: SQLiteStatement
    /// `mentionsPerInsert` mention rows in one statement: SQLite's per-statement work (step, reset, opening the
    /// table) is then shared by eight rows; the rows and their order are the same.
    let insertMentions: SQLiteStatement
    static let mentionsPerInsert = 8
    /// Parameters of one mention row: run_id, ordinal, article_id, entity, mentions, first_offset, forms.
    static let mentionParameters: Int32 = 7
    /// An insert of `rows` mention rows (placeholders only: the values are always bound).
    static func insertMentionsSQL(rows: Int) -> String {
        "INSERT OR FAIL INTO mentions(run_id, ordinal, article_id, entity, mentions, first_offset, forms) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }
    /// Mention rows waiting for a full multi-row insert (written by ``flush()`` at the latest).
    private var pending: [PendingMention] = []
    typealias PendingMention = (ordinal: Int, articleID: String, row: ArticleRecord.MentionRow, forms: String)
    let runID: Int64

    public init(outDirectory: String, store: ResultStore, runID: Int64) throws {
        articlesCSV = try CSVTableWriter(path: outDirectory + "/articles.csv", header: Self.articleColumns)
        mentionsCSV = try CSVTableWriter(path: outDirectory + "/mentions.csv", header: Self.mentionColumns)
        // OR FAIL: a constraint failure ends the run anyway (its transaction is rolled back), and unlike the default
        // OR ABORT it does not make SQLite keep a journal to undo each multi-row statement.
        insertArticle = try store.database.prepare("""
            INSERT OR FAIL INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, dateline_place,
                dateline_country, agency, words, sentences, content_hash, duplicate_of, countries, focus, compound, positive,
                negative, neutral, tone, polarity, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMention = try store.database.prepare(Self.insertMentionsSQL(rows: 1))
        insertMentions = try store.database.prepare(Self.insertMentionsSQL(rows: Self.mentionsPerInsert))
        for row in 0..<Int32(Self.mentionsPerInsert) { try insertMentions.bind(Int(runID), at: row * Self.mentionParameters + 1) }
        pending.reserveCapacity(Self.mentionsPerInsert)
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
        let a = articlesCSV
        a.cell(r.articleID); a.cell(r.sourcePath); a.cell(r.line); a.cell(r.date); a.cell(r.dateSource); a.cell(r.title)
        a.cell(r.datelinePlace); a.cell(r.datelineCountry); a.cell(r.agency); a.cell(r.words); a.cell(r.sentences)
        a.cell(countries); a.cell(focus)
        a.cell(s?.compound, decimals: 4); a.cell(s?.positive, decimals: 3); a.cell(s?.negative, decimals: 3)
        a.cell(s?.neutral, decimals: 3); a.cell(s?.tone, decimals: 3); a.cell(s?.polarity, decimals: 3)
        a.cell(r.duplicateOf); a.cell(r.language)
        try a.endRow()
        // Store rows: typed binds in place (no value array per row); parameter 1 (run id) was bound once.
        let row = insertArticle
        try row.bind(r.ordinal, at: 2)
        try row.stage(r.articleID, at: 3)
        try row.stage(r.sourcePath, at: 4)
        try row.bind(r.line, at: 5)
        try row.stage(r.date, at: 6)
        try row.stage(r.dateSource, at: 7)
        try row.stage(r.title, at: 8)
        try row.stage(r.datelinePlace, at: 9)
        try row.stage(r.datelineCountry, at: 10)
        try row.stage(r.agency, at: 11)
        try row.bind(r.words, at: 12)
        try row.bind(r.sentences, at: 13)
        try row.stage(r.contentHash, at: 14)
        try row.stage(r.duplicateOf, at: 15)
        try row.stage(countries, at: 16)
        try row.stage(focus, at: 17)
        try row.bind(s?.compound, at: 18)
        try row.bind(s?.positive, at: 19)
        try row.bind(s?.negative, at: 20)
        try row.bind(s?.neutral, at: 21)
        try row.bind(s?.tone, at: 22)
        try row.bind(s?.polarity, at: 23)
        try row.stage(r.language, at: 24)
        try row.run()
        for mention in r.mentions {
            let forms = Self.formsCell(mention.forms)
            mentionsCSV.cell(r.articleID); mentionsCSV.cell(mention.entity); mentionsCSV.cell(mention.mentions)
            mentionsCSV.cell(mention.firstOffset); mentionsCSV.cell(forms)
            try mentionsCSV.endRow()
            pending.append((r.ordinal, r.articleID, mention, forms))
            if pending.count == Self.mentionsPerInsert { try insertPending() }
        }
    }

    /// Inserts the mention rows still waiting, one by one (call before the run's transaction commits).
    public func flush() throws {
        for p in pending {
            try bind(p, to: insertMention, row: 0)
            try insertMention.run()
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Inserts a full set of `mentionsPerInsert` pending rows with the multi-row statement.
    private func insertPending() throws {
        for (k, p) in pending.enumerated() { try bind(p, to: insertMentions, row: Int32(k)) }
        try insertMentions.run()
        pending.removeAll(keepingCapacity: true)
    }

    /// Binds one mention row as row `row` of `statement` (the run id is bound once, at creation).
    private func bind(_ p: PendingMention, to statement: SQLiteStatement, row: Int32) throws {
        let base = row * Self.mentionParameters
        try statement.bind(p.ordinal, at: base + 2)
        try statement.stage(p.articleID, at: base + 3)
        try statement.stage(p.row.entity, at: base + 4)
        try statement.bind(p.row.mentions, at: base + 5)
        try statement.bind(p.row.firstOffset, at: base + 6)
        try statement.stage(p.forms, at: base + 7)
    }

    /// Both CSV files, for their sizes and hashes.
    public var files: [CSVTableWriter] { [articlesCSV, mentionsCSV] }

    /// Renames both CSV files into place.
    public func commit() throws {
        try articlesCSV.commit()
        try mentionsCSV.commit()
    }

    /// The surface forms as one cell, `;`-joined, each on one line: a name written across a line break
    /// (`United⏎States`) is given with a space, so that no table cell holds a raw line break.
    static func formsCell(_ forms: [String]) -> String {
        guard forms.contains(where: { $0.utf8.contains(0x0A) || $0.utf8.contains(0x0D) }) else { return forms.joined(separator: ";") }
        let oneLine = forms.map { form in
            form.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return Set(oneLine).sorted().joined(separator: ";")
    }
}
