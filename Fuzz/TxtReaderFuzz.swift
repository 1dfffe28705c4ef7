/// Fuzzes the `.txt` path: decoding (BOM, UTF-16, NUL, invalid UTF-8), paragraphs, datelines, truncation.
enum TxtReaderFuzz {
    /// A small article limit so that truncation is reached often.
    static let maxArticleBytes = 256
    static let reader = ArticleReader(options: IngestOptions(defaultYear: 2024, maxArticleBytes: maxArticleBytes),
                                      furniture: ["related articles", "share this"])

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var diagnostics = 0
        guard let text = reader.decodeWhole(Array(bytes), path: "fuzz.txt", report: { _ in diagnostics += 1 }) else { return }
        let article = reader.txt.parse(text: text, path: "fuzz.txt", fileYear: 2023) { _ in diagnostics += 1 }
        if let article {
            precondition(article.body.utf8.count <= maxArticleBytes, "body longer than the limit")
            if let date = article.date { precondition(DateField.isoDate(date) == date, "dateline date not ISO: \(date)") }
        }
        _ = Dateline.parse(Substring(text))
        _ = Dateline.place(ofField: text)
        _ = DateField.isoDate(text)
    }
}
