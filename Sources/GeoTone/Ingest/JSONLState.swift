/// Streams a `.jsonl` file: one article object per line.
struct JSONLState: StreamingState {
    let reader: ArticleReader
    let path: String
    var abandoned = false
    /// The file's date column.
    var dates: DateReader
    var pending: [UInt8] = []
    var line = 0
    var overlong = false
    /// Decoding buffer for escaped strings, reused from line to line.
    var scratch: [UInt8] = []
    /// Which names gave which article field.
    var usage = FieldUsage()

    init(reader: ArticleReader, path: String) {
        self.reader = reader
        self.path = path
        dates = DateReader(options: reader.options)
    }

    /// Longest JSON line accepted: the article limit plus room for the other fields and escapes.
    var maxLineBytes: Int { reader.options.maxArticleBytes * 2 + 65_536 }

    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        var start = 0
        while let i = ByteSearch.firstIndex(of: 0x0A, in: chunk, from: start) {
            line += 1
            if pending.isEmpty && !overlong {
                handle(UnsafeBufferPointer(rebasing: chunk[start..<i]), line: line, emit: emit, report: report)
            } else {
                append(UnsafeBufferPointer(rebasing: chunk[start..<i]))
                let lineBytes = pending
                pending.removeAll(keepingCapacity: false)
                lineBytes.withUnsafeBufferPointer { handle($0, line: line, emit: emit, report: report) }
            }
            start = i + 1
        }
        if start < chunk.count { append(UnsafeBufferPointer(rebasing: chunk[start...])) }
    }

    mutating func resume(atLine line: Int) { self.line = line - 1 }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if overlong { return }
        if pending.count + bytes.count > maxLineBytes {
            overlong = true
            pending.removeAll(keepingCapacity: false)
            return
        }
        pending.append(contentsOf: bytes)
    }

    mutating func finish(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if !pending.isEmpty || overlong {
            line += 1
            let lineBytes = pending
            pending.removeAll()
            lineBytes.withUnsafeBufferPointer { handle($0, line: line, emit: emit, report: report) }
        }
        dates.release(emit: emit, report: report)
        reportUsage(report: report)
    }

    func reportUsage(report: (Diagnostic) -> Void) {
        usage.report(reader.options.fields, path: path, kind: "JSON fields", report: report)
    }

    /// Reads one JSON object (a line of a `.jsonl` file, or an object of a `.json` file starting on `line`).
    mutating func handle(_ raw: UnsafeBufferPointer<UInt8>, line: Int, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if raw.count > maxLineBytes { overlong = true }   // a long line read within one chunk
        if overlong {
            overlong = false
            report(Diagnostic(.error, "line-too-long", path: path, line: line,
                              "JSON object longer than \(maxLineBytes) bytes (2 × --max-article-bytes); skipped"))
            return
        }
        var bytes = raw
        while let last = bytes.last, last == 0x0D || last == 0x20 || last == 0x09 { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        var owned: [UInt8]?
        if ByteSearch.firstIndex(of: 0, in: bytes) != nil {
            var copy = Array(bytes)
            reader.blankNUL(&copy, path: path, firstLine: line, report: report)
            owned = copy
        }
        let fields: RecordFields
        let validUTF8: Bool
        do {
            let maxDepth = reader.options.maxJSONDepth
            if let owned {
                (fields, validUTF8) = try owned.withUnsafeBufferPointer { try JSONLineParser.recordFields($0, maxDepth: maxDepth, names: reader.options.fields, scratch: &scratch) }
            } else {
                (fields, validUTF8) = try JSONLineParser.recordFields(bytes, maxDepth: maxDepth, names: reader.options.fields, scratch: &scratch)
            }
        } catch {
            report(Diagnostic(.error, "malformed-json", path: path, line: line, "malformed JSON (\(error)); line skipped"))
            return
        }
        // Outside strings any non-ASCII byte is a syntax error, so the strings tell whether the line is valid.
        if !validUTF8 {
            report(Diagnostic(.warning, "invalid-utf8", path: path, line: line, "invalid UTF-8 replaced with U+FFFD"))
        }
        guard let text = fields.text else {
            report(Diagnostic(.error, "missing-text", path: path, line: line,
                              "JSON object has no text field (looked for \(reader.options.fields.textNamesList); name one with --text-field); skipped"))
            return
        }
        usage.note(fields)
        ArticleFields.emit(fields: fields, body: text, path: path, line: line, options: reader.options, dates: &dates,
                               emit: emit, report: report)
    }
}
