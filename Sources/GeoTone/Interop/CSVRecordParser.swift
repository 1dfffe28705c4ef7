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
    /// Line of the segment being parsed: a record that begins after a row ends inside it starts there.
    var segmentLine = 1
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
        // Cut at the cap, backing up to the start of a UTF-8 character so that none is split.
        let bytes = data.assumingMemoryBound(to: UInt8.self)
        let cut = collector.maxFieldBytes
        var back = 0
        while back < 3, cut - back > 0, bytes[cut - back] & 0xC0 == 0x80 { back += 1 }
        // Only a real lead byte starts a split character; invalid bytes are left for U+FFFD.
        count = back > 0 && bytes[cut - back] >= 0xC0 ? cut - back : cut
        collector.oversizedFieldLines.append(collector.rowStartLine)
    }
    let field = UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: count)
    collector.fields.append(UTF8Check.string(field))
}

private let csvRowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    guard let context else { return }
    let collector = Unmanaged<CSVRowCollector>.fromOpaque(context).takeUnretainedValue()
    collector.rows.append((collector.rowStartLine, collector.fields))
    collector.fields.removeAll(keepingCapacity: true)
    collector.rowStartLine = collector.segmentLine
}

/// A streaming, strict RFC 4180 parser over libcsv that knows the line each record starts on.
///
/// Feed bytes with `feed`, collect finished rows with `takeRows`, call `finish` at the end.
/// A malformed record is reported as a `CSVSyntaxError`; when it spanned several lines (a stray quote),
/// parsing resumes on the line after the one where it started, otherwise on the next line.
/// Memory stays bounded: a record longer than `maxRecordBytes` is skipped (its end found by quote parity)
/// instead of being buffered whole.
public final class CSVRecordParser {
    private var parser = csv_parser()
    private let collector: CSVRowCollector
    private let delimiter: UInt8
    /// Problems found so far (malformed records), drained by `takeErrors`.
    private var errors: [CSVSyntaxError] = []
    /// 1-based line of the next byte.
    private var line = 1
    /// Whether an odd number of quotes was seen in the current record (then a newline is inside a field).
    private var quoteOdd = false
    /// Bytes of the current record given to libcsv so far.
    private var recordBytes = 0
    /// The current record's earlier lines, kept (up to `maxRecoveryBytes`) to re-read them after a stray quote.
    private var recordLines: [UInt8] = []
    private var recordLinesOverflowed = false
    /// The line `recordLines` begins on (several records can share it after lone-CR record ends).
    private var recordLinesFirstLine = 1
    /// Bytes to parse before the rest of the caller's chunk (lines re-read after a recovery).
    private var replay: [UInt8] = []
    private enum Mode { case normal, skipLine, skipRecord }
    private var mode = Mode.normal

    /// Longest record accepted, in bytes: two fields at the cap plus room for the others; longer records are skipped.
    public let maxRecordBytes: Int
    /// Longest multi-line record whose lines are re-read after it turns out malformed.
    public static let maxRecoveryBytes = 1 << 16
    /// Room for the other fields of a record beyond two fields at the cap.
    static let recordSlackBytes = 65_536

    /// Creates a parser; `delimiter` is `,` for CSV and tab for TSV.
    public init(delimiter: UInt8 = UInt8(ascii: ","), maxFieldBytes: Int = 10_000_000) {
        collector = CSVRowCollector(maxFieldBytes: maxFieldBytes)
        self.delimiter = delimiter
        let doubled = maxFieldBytes.multipliedReportingOverflow(by: 2)
        maxRecordBytes = doubled.overflow ? Int.max / 2 : doubled.partialValue + Self.recordSlackBytes
        reset()
    }

    deinit { csv_free(&parser) }

    private func reset() {
        csv_free(&parser)
        parser = csv_parser()
        csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL))
        csv_set_delim(&parser, delimiter)
        collector.fields.removeAll()
    }

    private func endRecord() {
        quoteOdd = false
        recordBytes = 0
        recordLines.removeAll(keepingCapacity: recordLines.capacity <= Self.maxRecoveryBytes)
        recordLinesOverflowed = false
    }

    /// Numbers the next byte as line `line`: the caller is about to feed a later part of the file, starting on a
    /// record boundary (a shard's piece after the header record it fed first).
    public func resume(atLine line: Int) {
        self.line = line
        recordLinesFirstLine = line
    }

    /// Parses `bytes`, cut into line segments so that records know their line numbers.
    /// Feeds bytes (any chunking; call ``finish()`` after the last chunk).
    public func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { feed($0) }
    }

    func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count {
            if !replay.isEmpty {
                let pending = replay
                replay.removeAll()
                pending.withUnsafeBufferPointer { feedSegments($0) }
                continue
            }
            let end = feedOneSegment(bytes, from: start)
            start = end
        }
        while !replay.isEmpty {
            let pending = replay
            replay.removeAll()
            pending.withUnsafeBufferPointer { feedSegments($0) }
        }
    }

    private func feedSegments(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count {
            if !replay.isEmpty {
                // A recovery inside replayed bytes: the rest of them go after the new replay.
                replay.append(contentsOf: bytes[start...])
                return
            }
            start = feedOneSegment(bytes, from: start)
        }
    }

    /// Handles the bytes from `start` up to and including the next newline; returns where it stopped.
    private func feedOneSegment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        var quotes = 0
        while end < bytes.count && bytes[end] != 0x0A {
            if bytes[end] == 0x22 { quotes += 1 }
            end += 1
        }
        let endsLine = end < bytes.count
        let segment = UnsafeBufferPointer(rebasing: bytes[start..<(endsLine ? end + 1 : end)])
        handle(segment, quotes: quotes, endsLine: endsLine)
        return start + segment.count
    }

    private func handle(_ segment: UnsafeBufferPointer<UInt8>, quotes: Int, endsLine: Bool) {
        let lineOfSegment = line
        if endsLine { line += 1 }
        if quotes % 2 == 1 { quoteOdd.toggle() }
        switch mode {
        case .skipLine:
            if endsLine { mode = .normal; endRecord() }
            return
        case .skipRecord:
            if endsLine && !quoteOdd { mode = .normal; endRecord() }
            return
        case .normal:
            break
        }
        // libcsv's state 0 (ROW_NOT_BEGUN): no record is open, so the next one starts in this segment.
        if parser.pstate == 0 { collector.rowStartLine = lineOfSegment }
        collector.segmentLine = lineOfSegment
        recordBytes += segment.count
        if recordBytes > maxRecordBytes {
            errors.append(CSVSyntaxError(line: collector.rowStartLine,
                                         message: "record longer than \(maxRecordBytes) bytes, twice the field limit plus 64 KiB"))
            reset()
            if endsLine && !quoteOdd { endRecord() } else { mode = .skipRecord; recordLines.removeAll(); recordLinesOverflowed = true }
            return
        }
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let parsed = csv_parse(&parser, segment.baseAddress, segment.count, csvFieldCallback, csvRowCallback, context)
        if parsed != segment.count {
            let message = String(cString: csv_strerror(csv_error(&parser)))
            errors.append(CSVSyntaxError(line: collector.rowStartLine, message: message))
            reset()
            if recover(including: segment) { return }
            if endsLine { endRecord() } else { mode = .skipLine }
            return
        }
        if endsLine && !quoteOdd {
            endRecord()
        } else if !recordLinesOverflowed {
            if recordLines.count + segment.count <= Self.maxRecoveryBytes {
                if recordLines.isEmpty { recordLinesFirstLine = lineOfSegment }
                recordLines.append(contentsOf: segment)
            } else {
                recordLines.removeAll()
                recordLinesOverflowed = true
            }
        }
    }

    /// After a malformed record that spanned lines: re-reads everything after its first line. False when
    /// there is nothing to re-read (or it was too long to keep).
    private func recover(including segment: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard !recordLinesOverflowed, !recordLines.isEmpty else { return false }
        // Skip the kept lines up to and including the one the bad record started on.
        var newlinesToSkip = collector.rowStartLine - recordLinesFirstLine + 1
        guard newlinesToSkip >= 1 else { return false }
        var resume = 0
        while newlinesToSkip > 0 {
            guard let next = recordLines[resume...].firstIndex(of: 0x0A) else { return false }
            resume = next + 1
            newlinesToSkip -= 1
        }
        var again = Array(recordLines[resume...])
        if let segment { again.append(contentsOf: segment) }
        line = collector.rowStartLine + 1
        endRecord()
        mode = .normal
        replay = again + replay
        return true
    }

    /// Flushes the last record (a final line without newline, or an unterminated quote).
    public func finish() {
        while true {
            if !replay.isEmpty {
                let pending = replay
                replay.removeAll()
                pending.withUnsafeBufferPointer { feedSegments($0) }
                continue
            }
            if mode != .normal {
                reset()
                mode = .normal
                endRecord()
                return
            }
            let context = Unmanaged.passUnretained(collector).toOpaque()
            if csv_fini(&parser, csvFieldCallback, csvRowCallback, context) != 0 {
                let message = String(cString: csv_strerror(csv_error(&parser)))
                errors.append(CSVSyntaxError(line: collector.rowStartLine, message: message))
                reset()
                if recover(including: nil) { continue }
            }
            endRecord()
            return
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
