/// Streams `articles.csv` and `mentions.csv` while a run is in progress.
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

    public init(outDirectory: String) throws {
        articlesCSV = try CSVTableWriter(path: outDirectory + "/articles.csv", header: Self.articleColumns)
        mentionsCSV = try CSVTableWriter(path: outDirectory + "/mentions.csv", header: Self.mentionColumns)
    }

    /// One article's rows of both tables, formatted (by an analysis worker) for ``append(_:)``.
    public struct FormattedRows: Sendable {
        public var article: [UInt8]
        public var mentions: [UInt8]
    }

    /// Formats the rows of `record` (its `duplicateOf` filled in already, see ``RunWriter``).
    public static func format(_ r: ArticleRecord) -> FormattedRows {
        var a = CSVRowBuilder(capacity: 256)
        let s = r.sentiment
        a.cell(r.articleID); a.cell(r.sourcePath); a.cell(r.line); a.cell(r.date); a.cell(r.dateSource); a.cell(r.title)
        a.cell(r.datelinePlace); a.cell(r.datelineCountry); a.cell(r.agency); a.cell(r.words); a.cell(r.sentences)
        a.cell(joining: r.countries, separator: UInt8(ascii: ";")); a.cell(joining: r.focus, separator: UInt8(ascii: ";"))
        a.cell(s?.compound, decimals: 4); a.cell(s?.positive, decimals: 3); a.cell(s?.negative, decimals: 3)
        a.cell(s?.neutral, decimals: 3); a.cell(s?.tone, decimals: 3); a.cell(s?.polarity, decimals: 3)
        a.cell(r.duplicateOf); a.cell(r.language)
        a.endRow()
        var m = CSVRowBuilder(capacity: r.mentions.count * 64)
        for mention in r.mentions {
            m.cell(r.articleID); m.cell(mention.entity); m.cell(mention.mentions)
            m.cell(mention.firstOffset)
            if hasLineBreak(mention.forms) {
                m.cell(formsCell(mention.forms))
            } else {
                m.cell(joining: mention.forms, separator: UInt8(ascii: ";"))
            }
            m.endRow()
        }
        return FormattedRows(article: a.bytes, mentions: m.bytes)
    }

    /// Appends one article's formatted rows.
    public func append(_ rows: FormattedRows) throws {
        try articlesCSV.append(formatted: rows.article)
        try mentionsCSV.append(formatted: rows.mentions)
    }

    /// Formats and writes one article and its mentions (`duplicateOf` must be filled in already, see ``RunWriter``).
    public func write(_ record: ArticleRecord) throws {
        try append(Self.format(record))
    }

    /// Both CSV files, for their sizes and hashes.
    public var files: [CSVTableWriter] { [articlesCSV, mentionsCSV] }

    /// Renames both CSV files into place.
    public func commit() throws {
        try articlesCSV.commit()
        try mentionsCSV.commit()
    }

    /// Whether any form holds a line feed or carriage return (read on the UTF-8 bytes: a form is a few bytes, and
    /// this runs for every mention row).
    static func hasLineBreak(_ forms: [String]) -> Bool {
        for form in forms {
            var text = form
            let found = text.withUTF8 { bytes -> Bool in
                for b in bytes where b <= 0x0D && (b == 0x0A || b == 0x0D) { return true }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// The surface forms as one cell, `;`-joined, each on one line: a name written across a line break
    /// (`United⏎States`) is given with a space, so that no table cell holds a raw line break.
    static func formsCell(_ forms: [String]) -> String {
        guard hasLineBreak(forms) else { return forms.joined(separator: ";") }
        let oneLine = forms.map { form in
            form.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return Set(oneLine).sorted().joined(separator: ";")
    }
}
