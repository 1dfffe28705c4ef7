/// Fuzzes the `.jsonl` path: line splitting across chunks, the JSON parser, the depth and line limits.
enum JSONLReaderFuzz {
    static let options = IngestOptions(defaultYear: 2024, maxArticleBytes: 512, maxJSONDepth: 8)
    static let reader = ArticleReader(options: options, furniture: [])

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        _ = try? JSONLineParser.topLevelFields(bytes, maxDepth: options.maxJSONDepth)
        let (size, payload) = FuzzTarget.chunks(bytes)
        var state = JSONLState(reader: reader, path: "fuzz.jsonl")
        var lastLine = 0
        let emit: (Article) -> Void = { article in
            precondition(article.line > lastLine, "articles out of line order")
            precondition(article.body.utf8.count <= options.maxArticleBytes, "body longer than the limit")
            lastLine = article.line
        }
        let report: (Diagnostic) -> Void = { d in precondition(d.line >= 1, "JSONL diagnostic without a line: \(d)") }
        FuzzTarget.feed(payload, size: size) { state.consume($0, emit: emit, report: report) }
        state.finish(emit: emit, report: report)
    }
}
