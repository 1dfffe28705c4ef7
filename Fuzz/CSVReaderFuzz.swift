/// Fuzzes the `.csv` path: libcsv through CSVRecordParser (line numbers, recovery, record cap) and CSVState.
///
/// Lines count LF only: libcsv also ends records at a lone CR, so two records can share a line number.
enum CSVReaderFuzz {
    /// Small caps so that field cutting and record skipping are reached often.
    static let options = IngestOptions(defaultYear: 2024, maxArticleBytes: 512, maxCSVFieldBytes: 64)
    static let reader = ArticleReader(options: options, furniture: [])

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let (size, payload) = FuzzTarget.chunks(bytes)
        let lines = payload.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let parser = CSVRecordParser(maxFieldBytes: 64)
        var lastLine = 0
        FuzzTarget.feed(payload, size: size) { chunk in
            parser.feed(chunk)
            for row in parser.takeRows() {
                precondition(row.line >= lastLine && row.line <= lines, "row line \(row.line) out of order or range")
                // Invalid bytes become U+FFFD (3 bytes each), so a cut field can decode to at most 3 × the cap.
                precondition(row.fields.allSatisfy { $0.utf8.count <= 3 * 64 }, "field longer than the cap")
                lastLine = row.line
            }
            for error in parser.takeErrors() { precondition(error.line >= 1 && error.line <= lines, "error line out of range") }
        }
        parser.finish()
        for row in parser.takeRows() { precondition(row.line <= lines, "row line out of range") }
        _ = parser.takeErrors()

        var state = CSVState(reader: reader, path: "fuzz.csv", delimiter: UInt8(ascii: ","))
        let emit: (Article) -> Void = { precondition($0.body.utf8.count <= options.maxArticleBytes, "body longer than the limit") }
        let report: (Diagnostic) -> Void = { _ in }
        FuzzTarget.feed(payload, size: size) { state.consume($0, emit: emit, report: report) }
        state.finish(emit: emit, report: report)
    }
}
