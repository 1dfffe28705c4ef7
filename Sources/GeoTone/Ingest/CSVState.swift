import CCSV

/// Streams a `.csv` or `.tsv` file with a header row through libcsv (strict mode).
struct CSVState: StreamingState {
    let reader: ArticleReader
    let path: String
    let parser: CSVRecordParser
    var abandoned = false
    var header: [String]?
    /// The `text` column, else the `body` column; the other columns read are those of `RecordFields.Name`.
    var textColumn: Int?

    init(reader: ArticleReader, path: String, delimiter: UInt8) {
        self.reader = reader
        self.path = path
        parser = CSVRecordParser(delimiter: delimiter, maxFieldBytes: reader.options.maxCSVFieldBytes)
    }

    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if abandoned { return }
        parser.feed(chunk)
        drain(emit: emit, report: report)
    }

    mutating func finish(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if abandoned { return }
        parser.finish()
        drain(emit: emit, report: report)
        if header == nil {
            report(Diagnostic(.error, "missing-header", path: path, line: 1, "no header row; file skipped"))
        }
    }

    private mutating func drain(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        for error in parser.takeErrors() {
            report(Diagnostic(.error, "malformed-csv", path: path, line: error.line, "malformed CSV record (\(error.message)); record skipped"))
        }
        for line in parser.takeOversizedFieldLines() {
            report(Diagnostic(.warning, "field-too-long", path: path, line: line, "CSV field longer than \(reader.options.maxCSVFieldBytes) bytes; cut there"))
        }
        for row in parser.takeRows() {
            if abandoned { return }
            guard let header else {
                let names = row.fields.map { $0.trimmingSpaces().lowercased() }
                header = names
                textColumn = names.firstIndex(of: "text") ?? names.firstIndex(of: "body")
                if textColumn == nil {
                    report(Diagnostic(.error, "missing-text-column", path: path, line: row.line,
                                      "header has no \"text\" or \"body\" column (found: \(names.joined(separator: ", "))); file skipped"))
                    abandoned = true
                }
                continue
            }
            if row.fields.count != header.count {
                report(Diagnostic(.warning, "row-width", path: path, line: row.line,
                                  "record has \(row.fields.count) fields, header has \(header.count); \(row.fields.count < header.count ? "missing fields left empty" : "extra fields ignored")"))
            }
            var fields = RecordFields()
            for (index, name) in header.enumerated() where index < row.fields.count {
                // The text column is passed as `body`; the other known columns keep their first occurrence.
                if let field = RecordFields.Name(rawValue: name), field != .text, fields[field] == nil {
                    fields[field] = row.fields[index]
                }
            }
            if row.fields.contains(where: { $0.utf8.contains(0xEF) && $0.contains("\u{FFFD}") }) {
                report(Diagnostic(.warning, "invalid-utf8", path: path, line: row.line, "invalid UTF-8 replaced with U+FFFD"))
            }
            let body = textColumn.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? ""
            fields.text = body
            if let article = ArticleFields.article(fields: fields, body: body, path: path, line: row.line,
                                                   options: reader.options, report: report) {
                emit(article)
            }
        }
    }
}
