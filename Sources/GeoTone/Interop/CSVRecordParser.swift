import CCSV

/// A CSV syntax problem found by libcsv, with the physical line where the bad record starts.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    /// 1-based line where the record that failed begins.
    public let line: Int
    /// libcsv's explanation.
    public let message: String
}

/// Collects fields and rows from libcsv callbacks; passed as the callbacks' context pointer.
final class CSVRowCollector {
    var fields: [String] = []
    var rows: [(line: Int, fields: [String])] = []
    var rowStartLine = 1
    var betweenRows = true
    var maxFieldBytes: Int
    var oversizedFieldLines: [Int] = []

    init(maxFieldBytes: Int) { self.maxFieldBytes = maxFieldBytes }
}

private let csvFieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, context in
    guard let context else { return }
    let collector = Unmanaged<CSVRowCollector>.fromOpaque(context).takeUnretainedValue()
    guard let data else { collector.fields.append(""); return }
    var count = length
    if count > collector.maxFieldBytes {
        count = collector.maxFieldBytes
        collector.oversizedFieldLines.append(collector.rowStartLine)
    }
    collector.fields.append(String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self))
}

private let csvRowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    guard let context else { return }
    let collector = Unmanaged<CSVRowCollector>.fromOpaque(context).takeUnretainedValue()
    collector.rows.append((collector.rowStartLine, collector.fields))
    collector.fields.removeAll(keepingCapacity: true)
    collector.betweenRows = true
}

/// A streaming, strict RFC 4180 parser over libcsv that knows the line each record starts on.
///
/// Feed bytes with `feed`, collect finished rows with `takeRows`, call `finish` at the end.
/// A malformed record is reported as a `CSVSyntaxError` and parsing resumes on the next line.
public final class CSVRecordParser {
    private var parser = csv_parser()
    private let collector: CSVRowCollector
    private var line = 1
    private var pendingLine: [UInt8] = []
    private let delimiter: UInt8
    /// Problems found so far (malformed records), drained by `takeErrors`.
    private var errors: [CSVSyntaxError] = []

    /// Creates a parser; `delimiter` is `,` for CSV and tab for TSV.
    public init(delimiter: UInt8 = UInt8(ascii: ","), maxFieldBytes: Int = 10_000_000) {
        collector = CSVRowCollector(maxFieldBytes: maxFieldBytes)
        self.delimiter = delimiter
        reset()
    }

    deinit { csv_free(&parser) }

    private func reset() {
        csv_free(&parser)
        parser = csv_parser()
        csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL))
        csv_set_delim(&parser, delimiter)
        collector.fields.removeAll()
        collector.betweenRows = true
    }

    /// Parses `bytes`, splitting them into physical lines so that records know their line numbers.
    public func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        let newline = UInt8(ascii: "\n")
        while index < bytes.count {
            if bytes[index] == newline {
                if pendingLine.isEmpty {
                    parseLine(UnsafeBufferPointer(rebasing: bytes[start...index]))
                } else {
                    pendingLine.append(contentsOf: bytes[start...index])
                    let lineBytes = pendingLine
                    pendingLine.removeAll(keepingCapacity: true)
                    lineBytes.withUnsafeBufferPointer { parseLine($0) }
                }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { pendingLine.append(contentsOf: bytes[start...]) }
    }

    private func parseLine(_ lineBytes: UnsafeBufferPointer<UInt8>) {
        if collector.betweenRows {
            collector.rowStartLine = line
            let blank = lineBytes.allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }
            if !blank { collector.betweenRows = false }
        }
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let parsed = csv_parse(&parser, lineBytes.baseAddress, lineBytes.count, csvFieldCallback, csvRowCallback, context)
        if parsed != lineBytes.count {
            let message = String(cString: csv_strerror(csv_error(&parser)))
            errors.append(CSVSyntaxError(line: collector.rowStartLine, message: message))
            reset()
        }
        line += 1
    }

    /// Flushes the last record (a final line without newline, or an unterminated quote).
    public func finish() {
        if !pendingLine.isEmpty {
            let lineBytes = pendingLine
            pendingLine.removeAll()
            lineBytes.withUnsafeBufferPointer { parseLine($0) }
        }
        let context = Unmanaged.passUnretained(collector).toOpaque()
        if csv_fini(&parser, csvFieldCallback, csvRowCallback, context) != 0 {
            let message = String(cString: csv_strerror(csv_error(&parser)))
            errors.append(CSVSyntaxError(line: collector.rowStartLine, message: message))
            reset()
        }
    }

    /// Returns and clears the rows completed so far, each with its starting line.
    public func takeRows() -> [(line: Int, fields: [String])] {
        defer { collector.rows.removeAll(keepingCapacity: true) }
        return collector.rows
    }

    /// Returns and clears syntax errors found so far.
    public func takeErrors() -> [CSVSyntaxError] {
        defer { errors.removeAll() }
        return errors
    }

    /// Returns and clears the lines of records whose fields were cut at `maxFieldBytes`.
    public func takeOversizedFieldLines() -> [Int] {
        defer { collector.oversizedFieldLines.removeAll() }
        return collector.oversizedFieldLines
    }
}
