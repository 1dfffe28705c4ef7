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
    /// (for the input fingerprint). With a `piece` (a shard's part of a `.jsonl`, `.csv` or `.tsv` file, see
    /// ``ShardPlan``) only the records in its byte range are read, numbered with the file's own lines.
    public func read(_ file: InputFile, piece: FilePiece? = nil, emit: (Article) -> Void, report: (Diagnostic) -> Void,
                     onBytes: (UnsafeBufferPointer<UInt8>) -> Void) {
        if file.size == 0 {
            report(Diagnostic(.warning, "empty-file", path: file.path, "file is empty; nothing to read"))
            return
        }
        do {
            switch file.format {
            case .txt: try readTxt(file, emit: emit, report: report, onBytes: onBytes)
            case .jsonl:
                try readStreaming(file, piece: piece, report: report, onBytes: onBytes, emit: emit,
                                  makeState: { JSONLState(reader: self, path: file.path) })
            case .json:
                try readStreaming(file, report: report, onBytes: onBytes, emit: emit,
                                  makeState: { JSONDocumentState(reader: self, path: file.path) })
            case .csv, .tsv:
                let delimiter: UInt8 = file.format == .tsv ? 0x09 : UInt8(ascii: ",")
                try readStreaming(file, piece: piece, report: report, onBytes: onBytes, emit: emit,
                                  makeState: { CSVState(reader: self, path: file.path, delimiter: delimiter) })
            }
        } catch {
            report(Diagnostic(.error, "unreadable", path: file.path, "\(error); file skipped"))
        }
    }

    /// Streams the file's bytes to `body`, decompressed when its name says so, until `limit` raw bytes or until
    /// `body` returns false. A damaged or cut compressed stream is reported with its offset and ends the file: what
    /// was decoded before the damage has been handed out.
    private func decoded(_ file: InputFile, limit: Int, report: (Diagnostic) -> Void,
                         onBytes: (UnsafeBufferPointer<UInt8>) -> Void, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        guard let compression = file.compression else {
            try FileBytes.stream(path: file.path, limit: limit) { chunk in
                onBytes(chunk)
                return body(chunk)
            }
            return
        }
        let decompressor = try Decompressor(compression)
        var stopped = false
        do {
            try FileBytes.stream(path: file.path, limit: file.size) { chunk in
                onBytes(chunk)
                try decompressor.feed(chunk) { out in
                    if !body(out) { stopped = true }
                    return !stopped
                }
                return !stopped
            }
            if !stopped { try decompressor.finish { body($0) } }
        } catch let error as DecompressionError {
            report(Diagnostic(.error, "damaged-compression", path: file.path,
                              "\(error) (read with \(compression.library)); the records before the damage are kept"))
        }
    }

    private func readTxt(_ file: InputFile, emit: (Article) -> Void, report: (Diagnostic) -> Void,
                         onBytes: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        // Read a little past the limit so furniture after a long body does not count against it; never past the
        // size the file had when it was listed (it may be growing).
        let cap = options.maxArticleBytes + FileBytes.chunkSize
        var raw: [UInt8] = []
        var truncated = file.compression == nil && file.size > cap
        try decoded(file, limit: file.compression == nil ? min(cap, file.size) : file.size, report: report, onBytes: onBytes) { chunk in
            let room = cap - raw.count
            if chunk.count > room {
                raw.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<room]))
                truncated = true
                return false
            }
            raw.append(contentsOf: chunk)
            return true
        }
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

    /// Decodes a whole buffer: UTF-16 with BOM transcoded, UTF-8 BOM dropped, Windows-1252 when not UTF-8 (or as
    /// `--encoding` says), NUL blanked, invalid UTF-8 replaced.
    func decodeWhole(_ raw: [UInt8], path: String, report: (Diagnostic) -> Void) -> String? {
        var bytes = raw
        switch bytes.withUnsafeBufferPointer({ opening($0, path: path, report: report) }) {
        case .binary: return nil
        case .utf16(let bigEndian, let bom):
            if !bom { bytes.insert(contentsOf: [0xFF, 0xFE], at: 0) }   // no BOM: little-endian
            bytes = bytes.withUnsafeBufferPointer { TextDecoding.transcodeUTF16($0, bigEndian: bigEndian) }
            report(Diagnostic(.info, "utf16", path: path, "UTF-16 file; converted to UTF-8"))
        case .text: break
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        blankNUL(&bytes, path: path, firstLine: 1, report: report)
        func singleByte(_ encoding: TextEncoding) -> [UInt8] {
            var converted: [UInt8] = []
            bytes.withUnsafeBufferPointer { TextDecoding.appendSingleByte($0, latin1: encoding == .latin1, to: &converted) }
            return converted
        }
        if options.encoding == .windows1252 || options.encoding == .latin1 { bytes = singleByte(options.encoding!) }
        // UTF-8 (the usual case) is validated once, while it is decoded; only text that is not is looked at again.
        var (text, valid) = bytes.withUnsafeBufferPointer { TextDecoding.decode($0) }
        if !valid, options.encoding == nil,
           let single = bytes.withUnsafeBufferPointer({ singleByteEncoding($0, path: path, report: report) }) {
            bytes = singleByte(single)
            (text, valid) = bytes.withUnsafeBufferPointer { TextDecoding.decode($0) }
        }
        if !valid {
            report(Diagnostic(.warning, "invalid-utf8", path: path, line: firstInvalidLine(bytes),
                              "invalid UTF-8 replaced with U+FFFD"))
        }
        return text
    }

    /// How a file is read, decided once from its first bytes (`.txt` and streamed formats alike).
    enum Opening {
        /// UTF-16 (`--encoding utf-16` or a byte-order mark): transcoded to UTF-8; without a mark (`bom` false),
        /// little-endian.
        case utf16(bigEndian: Bool, bom: Bool)
        /// Control bytes without `--encoding`: the file is skipped (reported here).
        case binary
        /// UTF-8 or a single-byte encoding (see ``singleByteEncoding(_:path:report:)``).
        case text
    }

    /// How to read a file whose first bytes are `first`; a binary file is reported with `path`.
    func opening(_ first: UnsafeBufferPointer<UInt8>, path: String, report: (Diagnostic) -> Void) -> Opening {
        let order = TextDecoding.utf16ByteOrder(first)
        if options.encoding == .utf16 || (options.encoding == nil && order != nil) {
            return .utf16(bigEndian: order ?? false, bom: order != nil)
        }
        if options.encoding == nil && TextDecoding.looksBinary(first) {
            report(Diagnostic(.error, "binary-file", path: path, "file looks binary (control bytes); skipped"))
            return .binary
        }
        return .text
    }

    /// The single-byte encoding to read `probe` (the file's first bytes) with: the one `--encoding` names, or
    /// Windows-1252 when the bytes are not UTF-8 but are Windows-1252 (said once, naming the file); nil for UTF-8.
    func singleByteEncoding(_ probe: UnsafeBufferPointer<UInt8>, path: String, report: (Diagnostic) -> Void) -> TextEncoding? {
        switch options.encoding {
        case .windows1252?, .latin1?: return options.encoding
        case .utf8?, .utf16?: return nil
        case nil:
            guard !TextDecoding.isUTF8(probe, allowCutEnd: true), TextDecoding.isWindows1252(probe) else { return nil }
            report(Diagnostic(.info, "windows-1252", path: path,
                              "not valid UTF-8 but valid Windows-1252: read as Windows-1252 (--encoding utf-8 reads it as UTF-8)"))
            return .windows1252
        }
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

    private func readStreaming<State: StreamingState>(_ file: InputFile, piece: FilePiece? = nil, report: (Diagnostic) -> Void,
                                                      onBytes: (UnsafeBufferPointer<UInt8>) -> Void,
                                                      emit: (Article) -> Void, makeState: () -> State) throws {
        var state = makeState()
        if let piece, piece.start > 0 {
            return try readPiece(file, piece, state: &state, report: report, onBytes: onBytes, emit: emit)
        }
        var first = true
        var utf16: (bigEndian: Bool, bytes: [UInt8])?
        var single: TextEncoding?
        var converted: [UInt8] = []
        // Up to the size the file had when it was listed: a file that keeps growing still ends.
        try decoded(file, limit: piece?.end ?? file.size, report: report, onBytes: onBytes) { whole in
            var chunk = whole
            if first {
                first = false
                switch opening(chunk, path: file.path, report: report) {
                case .utf16(let bigEndian, let bom):
                    // UTF-16 input is rare: gathered whole, transcoded, and parsed as UTF-8.
                    utf16 = (bigEndian, bom ? [] : [0xFF, 0xFE])
                case .binary:
                    state.abandoned = true
                    return false
                case .text:
                    if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { chunk = UnsafeBufferPointer(rebasing: chunk[3...]) }
                    let probe = UnsafeBufferPointer(rebasing: chunk[0..<min(chunk.count, TextDecoding.encodingProbeBytes)])
                    single = singleByteEncoding(probe, path: file.path, report: report)
                }
            }
            if utf16 != nil {
                utf16!.bytes.append(contentsOf: chunk)
                return true
            }
            feed(chunk, as: single, scratch: &converted, to: &state, emit: emit, report: report)
            return !state.abandoned
        }
        if let (bigEndian, bytes) = utf16 {
            report(Diagnostic(.info, "utf16", path: file.path, "UTF-16 file; converted to UTF-8"))
            let utf8 = bytes.withUnsafeBufferPointer { TextDecoding.transcodeUTF16($0, bigEndian: bigEndian) }
            utf8.withUnsafeBufferPointer { state.consume($0, emit: emit, report: report) }
        }
        if !state.abandoned { state.finish(emit: emit, report: report) }
    }
}

extension ArticleReader {
    /// Reads a shard's piece that starts inside the file: the encoding is decided from the file's first chunk as a
    /// whole read decides it (its messages were given by the shard that reads the file's start), a CSV header record
    /// is fed first, then the piece's bytes from the line it starts on.
    fileprivate func readPiece<State: StreamingState>(_ file: InputFile, _ piece: FilePiece, state: inout State,
                                                      report: (Diagnostic) -> Void, onBytes: (UnsafeBufferPointer<UInt8>) -> Void,
                                                      emit: (Article) -> Void) throws {
        let head = try FileBytes.read(path: file.path, limit: max(FileBytes.chunkSize, piece.headerEnd)).bytes
        var single: TextEncoding?
        var converted: [UInt8] = []
        let bom = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        head.withUnsafeBufferPointer { whole in
            let first = UnsafeBufferPointer(rebasing: whole[bom..<min(whole.count, FileBytes.chunkSize)])
            let probe = UnsafeBufferPointer(rebasing: first[0..<min(first.count, TextDecoding.encodingProbeBytes)])
            single = singleByteEncoding(probe, path: file.path, report: { _ in })
        }
        func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
            self.feed(chunk, as: single, scratch: &converted, to: &state, emit: emit, report: report)
        }
        if piece.headerEnd > bom {
            head.withUnsafeBufferPointer { feed(UnsafeBufferPointer(rebasing: $0[bom..<min($0.count, piece.headerEnd)])) }
        }
        state.resume(atLine: piece.firstLine)
        try FileBytes.stream(path: file.path, from: piece.start, limit: piece.end - piece.start) { chunk in
            onBytes(chunk)
            feed(chunk)
            return !state.abandoned
        }
        if !state.abandoned { state.finish(emit: emit, report: report) }
    }
}

extension ArticleReader {
    /// Hands `chunk` to `state`, converted to UTF-8 first (in `scratch`) when the file is read in the single-byte
    /// encoding `single`.
    fileprivate func feed<State: StreamingState>(_ chunk: UnsafeBufferPointer<UInt8>, as single: TextEncoding?,
                                                 scratch: inout [UInt8], to state: inout State,
                                                 emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        guard let single else { return state.consume(chunk, emit: emit, report: report) }
        scratch.removeAll(keepingCapacity: true)
        TextDecoding.appendSingleByte(chunk, latin1: single == .latin1, to: &scratch)
        scratch.withUnsafeBufferPointer { state.consume($0, emit: emit, report: report) }
    }
}

/// A per-file parser fed chunk by chunk.
protocol StreamingState {
    var abandoned: Bool { get set }
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void)
    mutating func finish(emit: (Article) -> Void, report: (Diagnostic) -> Void)
    /// The next bytes fed start on a record boundary on line `line` (a shard's piece of the file).
    mutating func resume(atLine line: Int)
}
