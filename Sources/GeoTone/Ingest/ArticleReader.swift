/// Reads articles from one input file of any supported format, streaming large files.
///
/// Every problem becomes a `Diagnostic` with the file and line; readable records are never dropped because a
/// neighbour was bad.
public struct ArticleReader: Sendable {
    public let options: IngestOptions
    let txt: TxtArticleReader

    public init(options: IngestOptions, furniture: Set<String>) {
        self.options = options
        txt = TxtArticleReader(furniture: furniture, options: options)
    }

    /// Reads `file`, calling `emit` for each article in file order and `onBytes` with the raw bytes read
    /// (for the input fingerprint).
    public func read(_ file: InputFile, emit: (Article) -> Void, report: (Diagnostic) -> Void,
                     onBytes: (UnsafeBufferPointer<UInt8>) -> Void) {
        if file.size == 0 {
            report(Diagnostic(.warning, "empty-file", path: file.path, "file is empty; nothing to read"))
            return
        }
        do {
            switch file.format {
            case .txt: try readTxt(file, emit: emit, report: report, onBytes: onBytes)
            case .jsonl:
                try readStreaming(file, report: report, onBytes: onBytes, emit: emit,
                                  makeState: { JSONLState(reader: self, path: file.path) })
            case .csv, .tsv:
                let delimiter: UInt8 = file.format == .tsv ? 0x09 : UInt8(ascii: ",")
                try readStreaming(file, report: report, onBytes: onBytes, emit: emit,
                                  makeState: { CSVState(reader: self, path: file.path, delimiter: delimiter) })
            }
        } catch {
            report(Diagnostic(.error, "unreadable", path: file.path, "\(error); file skipped"))
        }
    }

    private func readTxt(_ file: InputFile, emit: (Article) -> Void, report: (Diagnostic) -> Void,
                         onBytes: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        // Read a little past the limit so furniture after a long body does not count against it; never past the
        // size the file had when it was listed (it may be growing).
        let limit = min(options.maxArticleBytes + FileBytes.chunkSize, file.size)
        let (raw, _) = try FileBytes.read(path: file.path, limit: limit)
        let truncated = file.size > limit
        raw.withUnsafeBufferPointer(onBytes)
        guard let text = decodeWhole(raw, path: file.path, report: report) else { return }
        let year = FileBytes.utcYear(ofUnixTime: file.mtime)
        var reportedTooLong = false
        let article = txt.parse(text: text, path: file.path, fileYear: year) { diagnostic in
            if diagnostic.code == "article-too-long" { reportedTooLong = true }
            report(diagnostic)
        }
        if truncated && !reportedTooLong {
            // The body fit but the file went on past what was read (furniture or padding): say so once.
            report(Diagnostic(.warning, "article-too-long", path: file.path, line: 1,
                              "file longer than --max-article-bytes (\(options.maxArticleBytes)); analysed up to the limit"))
        }
        if let article { emit(article) }
    }

    /// Decodes a whole buffer: UTF-16 with BOM transcoded, UTF-8 BOM dropped, NUL blanked, invalid UTF-8 replaced.
    func decodeWhole(_ raw: [UInt8], path: String, report: (Diagnostic) -> Void) -> String? {
        var bytes = raw
        let order = bytes.withUnsafeBufferPointer { TextDecoding.utf16ByteOrder($0) }
        if let bigEndian = order {
            bytes = bytes.withUnsafeBufferPointer { TextDecoding.transcodeUTF16($0, bigEndian: bigEndian) }
            report(Diagnostic(.info, "utf16", path: path, "UTF-16 file (byte-order mark found); converted to UTF-8"))
        } else if bytes.withUnsafeBufferPointer({ TextDecoding.looksBinary($0) }) {
            report(Diagnostic(.error, "binary-file", path: path, "file looks binary (control bytes); skipped"))
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        blankNUL(&bytes, path: path, firstLine: 1, report: report)
        let (text, valid) = bytes.withUnsafeBufferPointer { TextDecoding.decode($0) }
        if !valid {
            report(Diagnostic(.warning, "invalid-utf8", path: path, line: firstInvalidLine(bytes),
                              "invalid UTF-8 replaced with U+FFFD"))
        }
        return text
    }

    func blankNUL(_ bytes: inout [UInt8], path: String, firstLine: Int, report: (Diagnostic) -> Void) {
        guard let first = bytes.firstIndex(of: 0) else { return }
        let line = firstLine + bytes[..<first].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        for i in first..<bytes.count where bytes[i] == 0 { bytes[i] = 0x20 }
        report(Diagnostic(.warning, "nul-bytes", path: path, line: line, "NUL bytes replaced with spaces"))
    }

    func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    private func readStreaming<State: StreamingState>(_ file: InputFile, report: (Diagnostic) -> Void,
                                                      onBytes: (UnsafeBufferPointer<UInt8>) -> Void,
                                                      emit: (Article) -> Void, makeState: () -> State) throws {
        var state = makeState()
        var first = true
        var utf16: Bool?
        // Up to the size the file had when it was listed: a file that keeps growing still ends.
        try FileBytes.stream(path: file.path, limit: file.size) { chunk in
            onBytes(chunk)
            if first {
                first = false
                if let order = TextDecoding.utf16ByteOrder(chunk) { utf16 = order; return false }
                if TextDecoding.looksBinary(chunk) {
                    report(Diagnostic(.error, "binary-file", path: file.path, "file looks binary (control bytes); skipped"))
                    state.abandoned = true
                    return false
                }
                let skip = chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                state.consume(UnsafeBufferPointer(rebasing: chunk[skip...]), emit: emit, report: report)
            } else {
                state.consume(chunk, emit: emit, report: report)
            }
            return true
        }
        if let bigEndian = utf16 {
            // UTF-16 input is rare: read it whole, transcode, and parse the UTF-8.
            report(Diagnostic(.info, "utf16", path: file.path, "UTF-16 file (byte-order mark found); converted to UTF-8"))
            let (raw, _) = try FileBytes.read(path: file.path, limit: file.size)
            let utf8 = raw.withUnsafeBufferPointer { TextDecoding.transcodeUTF16($0, bigEndian: bigEndian) }
            state = makeState()
            utf8.withUnsafeBufferPointer { state.consume($0, emit: emit, report: report) }
        }
        if !state.abandoned { state.finish(emit: emit, report: report) }
    }
}

/// A per-file parser fed chunk by chunk.
protocol StreamingState {
    var abandoned: Bool { get set }
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void)
    mutating func finish(emit: (Article) -> Void, report: (Diagnostic) -> Void)
}
