/// Builds an article from named fields (JSONL keys or CSV header names).
enum ArticleFields {
    /// The article of one record, passed on through `dates` (which holds it back while its numeric date's day/month
    /// order is open) to `emit`; nothing for a record with neither text nor title.
    static func emit(fields: RecordFields, body: String, path: String, line: Int, options: IngestOptions,
                     dates: inout DateReader, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        var ambiguity: DateReader.Ambiguity?
        guard let article = article(fields: fields, body: body, path: path, line: line, options: options, dates: &dates,
                                    ambiguity: &ambiguity, report: report) else { return }
        dates.pass(article, ambiguity, emit: emit, report: report)
    }

    static func article(fields: RecordFields, body: String, path: String, line: Int, options: IngestOptions,
                        dates: inout DateReader, ambiguity: inout DateReader.Ambiguity?, report: (Diagnostic) -> Void) -> Article? {
        var text = body
        if text.trimmingSpaces().isEmpty {
            // A headline alone is still an article (wire services send title-only flashes).
            if fields.title?.trimmingSpaces().isEmpty ?? true {
                report(Diagnostic(.warning, "empty-article", path: path, line: line, "article has neither text nor title; skipped"))
                return nil
            }
            report(Diagnostic(.info, "title-only", path: path, line: line, "article text is empty; the title alone is analysed"))
        }
        if text.utf8.count > options.maxArticleBytes {
            text = TxtArticleReader.truncate(text, toBytes: options.maxArticleBytes)
            report(Diagnostic(.warning, "article-too-long", path: path, line: line,
                              "article longer than --max-article-bytes (\(options.maxArticleBytes)); analysed up to the limit"))
        }
        let id = fields.id.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        var dateline: Dateline?
        var article = Article(id: id ?? ArticleID.derived(path: path, line: line), sourcePath: path, line: line,
                              title: fields.title?.trimmingSpaces() ?? "", body: text)
        article.source = fields.source.flatMap { $0.isEmpty ? nil : $0 }
        article.url = fields.url.flatMap { $0.isEmpty ? nil : $0 }
        article.language = fields.language.flatMap { $0.isEmpty ? nil : $0 }
        // A dateline opening the text (`WASHINGTON (Reuters) - …`) is taken out of it; a `dateline` field wins over it.
        var opening = text
        if let found = opening.withUTF8({ Dateline.parse(bytes: $0) }) {
            text = text.withUTF8 { UTF8Check.string(UnsafeBufferPointer(rebasing: $0[min(found.length, $0.count)...])) }
            article.body = text
            article.datelinePlace = found.place
            article.agency = found.agency
            dateline = found
        }
        if let field = fields.dateline, !field.trimmingSpaces().isEmpty {
            var fieldText = field
            if let parsed = fieldText.withUTF8({ Dateline.parse(bytes: $0, closedAtEnd: true) }) {
                article.datelinePlace = parsed.place
                article.agency = parsed.agency ?? article.agency
                dateline = parsed
            } else {
                let (place, agency) = DatelineField.read(field)
                article.datelinePlace = place ?? article.datelinePlace
                if let agency { article.agency = agency }
            }
        }
        if let raw = fields.date, !raw.trimmingSpaces().isEmpty {
            switch dates.read(raw, path: path, line: line, report: report) {
            case .date(let date):
                article.date = date
                article.dateSource = .field
            case .ambiguous(let a): ambiguity = a
            case .none: break
            }
        } else if let dateline {
            // No date field: the dateline's date, its year as written or from --default-year.
            DatelineDate.apply(dateline, to: &article, defaultYear: options.defaultYear, fileYear: nil, path: path, line: line, report: report)
        }
        return article
    }
}
