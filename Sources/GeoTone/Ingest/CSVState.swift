import CCSV

/// Streams a `.csv` or `.tsv` file through libcsv (strict mode): the delimiter sniffed from the first line (or
/// given), the header row (or `--no-header --columns`) matched against the field names.
struct CSVState: StreamingState {
    let reader: ArticleReader
    let path: String
    /// The format's delimiter (`,` or tab), used when the first line does not settle it.
    let defaultDelimiter: UInt8
    var parser: CSVRecordParser?
    var abandoned = false
    /// The file's date column.
    var dates: DateReader
    var header: [String]?
    /// The columns read, each with the field it gives.
    var columns: [(index: Int, entry: FieldNames.Entry)] = []
    /// The delimiters sniffed, in order of preference on a tie.
    static let candidates: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "|")]

    init(reader: ArticleReader, path: String, delimiter: UInt8) {
        self.reader = reader
        self.path = path
        dates = DateReader(options: reader.options)
        defaultDelimiter = delimiter
    }

    /// The delimiter that occurs most often outside quotes in the first line of `chunk`, or nil when none does.
    static func sniff(_ chunk: UnsafeBufferPointer<UInt8>, preferring first: UInt8) -> UInt8? {
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        for b in chunk {
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A { break }
            if let i = candidates.firstIndex(of: b) { counts[i] += 1 }
        }
        guard let best = counts.max(), best > 0 else { return nil }
        if let i = candidates.firstIndex(of: first), counts[i] == best { return first }
        return candidates[counts.firstIndex(of: best)!]
    }

    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if abandoned { return }
        if parser == nil {
            let delimiter = reader.options.delimiter ?? Self.sniff(chunk, preferring: defaultDelimiter) ?? defaultDelimiter
            if reader.options.delimiter == nil && delimiter != defaultDelimiter {
                report(Diagnostic(.info, "csv-delimiter", path: path, line: 1,
                                  "columns separated by \(Self.describe(delimiter)) (found in the first line; --delimiter forces one)"))
            }
            parser = CSVRecordParser(delimiter: delimiter, maxFieldBytes: reader.options.maxCSVFieldBytes)
            // Header-less files: the names given stand for the header, and every row is a record.
            if let columns = reader.options.columns, !useHeader(columns, line: 0, report: report) { return }
        }
        parser?.feed(chunk)
        drain(emit: emit, report: report)
    }

    mutating func resume(atLine line: Int) { parser?.resume(atLine: line) }

    static func describe(_ delimiter: UInt8) -> String {
        delimiter == 0x09 ? "tabs" : "\"\(Character(Unicode.Scalar(delimiter)))\""
    }

    mutating func finish(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if abandoned { return }
        guard let parser else { return }
        parser.finish()
        drain(emit: emit, report: report)
        dates.release(emit: emit, report: report)
        if header == nil {
            report(Diagnostic(.error, "missing-header", path: path, line: 1, "no header row; file skipped"))
        }
    }

    /// Takes `names` as the column names; false (and the file abandoned) when no column gives a text.
    @discardableResult
    private mutating func useHeader(_ names: [String], line: Int, report: (Diagnostic) -> Void) -> Bool {
        header = names
        let fields = reader.options.fields
        for (index, name) in names.enumerated() {
            var key = name.trimmingSpaces()
            key.withUTF8 { bytes in fields.forEachEntry(for: bytes) { columns.append((index, $0)) } }
        }
        guard columns.contains(where: { $0.entry.role == .text || $0.entry.role == .summary }) else {
            report(Diagnostic(.error, "missing-text-column", path: path, line: line,
                              "no text column (looked for \(fields.textNamesList); found: \(names.joined(separator: ", "))); "
                                  + "name one with --text-field; file skipped"))
            abandoned = true
            return false
        }
        var usage = FieldUsage()
        var probe = RecordFields()
        for (_, entry) in columns { probe.offer(entry, "", joinText: fields.joinsText) }
        usage.note(probe)
        usage.report(fields, path: path, kind: "CSV columns", report: report)
        return true
    }

    private mutating func drain(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        guard let parser else { return }
        for error in parser.takeErrors() {
            report(Diagnostic(.error, "malformed-csv", path: path, line: error.line, "malformed CSV record (\(error.message)); record skipped"))
        }
        for line in parser.takeOversizedFieldLines() {
            report(Diagnostic(.warning, "field-too-long", path: path, line: line, "CSV field longer than \(reader.options.maxCSVFieldBytes) bytes; cut there"))
        }
        let joinText = reader.options.fields.joinsText
        for row in parser.takeRows() {
            if abandoned { return }
            guard let header else {
                useHeader(row.fields, line: row.line, report: report)
                continue
            }
            if row.fields.count != header.count {
                report(Diagnostic(.warning, "row-width", path: path, line: row.line,
                                  "record has \(row.fields.count) fields, header has \(header.count); \(row.fields.count < header.count ? "missing fields left empty" : "extra fields ignored")"))
            }
            var fields = RecordFields()
            for (index, entry) in columns where index < row.fields.count {
                fields.offer(entry, row.fields[index], joinText: joinText)
            }
            if row.fields.contains(where: { $0.utf8.contains(0xEF) && $0.contains("\u{FFFD}") }) {
                report(Diagnostic(.warning, "invalid-utf8", path: path, line: row.line, "invalid UTF-8 replaced with U+FFFD"))
            }
            let body = fields.text ?? ""
            ArticleFields.emit(fields: fields, body: body, path: path, line: row.line, options: reader.options, dates: &dates,
                               emit: emit, report: report)
        }
    }
}
