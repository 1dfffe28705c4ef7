/// Streams a `.json` file: one object, an array of objects, or objects one after another (JSON lines named
/// `.json`), decided by its content; each object is read as one article, as a `.jsonl` line is.
///
/// Objects are cut out of the stream by counting brackets outside strings, so memory stays bounded by the
/// largest object, not the file.
struct JSONDocumentState: StreamingState {
    var records: JSONLState
    var abandoned: Bool {
        get { records.abandoned }
        set { records.abandoned = newValue }
    }
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var started = false
    private var inArray = false
    private var arrayClosed = false
    private var line = 1
    private var objectLine = 0
    private var pending: [UInt8] = []
    private var overlong = false
    /// Set at bytes that cannot start an object: the rest of the file is not read (the objects before it are kept).
    private var stopped = false

    init(reader: ArticleReader, path: String) {
        records = JSONLState(reader: reader, path: path)
    }

    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if abandoned || stopped { return }
        var objectStart: Int? = depth > 0 ? 0 : nil
        var i = 0
        while i < chunk.count {
            let b = chunk[i]
            if b == 0x0A { line += 1 }
            if depth > 0 {
                if inString {
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                } else if b == 0x22 {
                    inString = true
                } else if b == 0x7B || b == 0x5B {
                    depth += 1
                } else if b == 0x7D || b == 0x5D {
                    depth -= 1
                    if depth == 0, let start = objectStart {
                        complete(UnsafeBufferPointer(rebasing: chunk[start...i]), emit: emit, report: report)
                        objectStart = nil
                    }
                }
                i += 1
                continue
            }
            switch b {
            case 0x20, 0x09, 0x0D, 0x0A: break
            case 0x5B where !started: inArray = true
            case 0x2C where inArray && !arrayClosed: break
            case 0x5D where inArray && !arrayClosed: arrayClosed = true
            case 0x7B where !arrayClosed || !inArray:
                depth = 1
                objectStart = i
                objectLine = line
            default:
                report(Diagnostic(.error, "malformed-json", path: records.path, line: line,
                                  "unexpected \(Self.describe(b)) between JSON objects (a .json file holds an object, an array of "
                                      + "objects, or one object per line); the rest of the file skipped"))
                stopped = true
                return
            }
            started = true
            i += 1
        }
        if depth > 0, let start = objectStart { append(UnsafeBufferPointer(rebasing: chunk[start...])) }
    }

    /// `.json` files are never split (``ShardPlan``): only a whole file is read.
    mutating func resume(atLine line: Int) {}

    private static func describe(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte \(b)"
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if overlong { return }
        if pending.count + bytes.count > records.maxLineBytes {
            overlong = true
            pending.removeAll(keepingCapacity: false)
            return
        }
        pending.append(contentsOf: bytes)
    }

    /// The end of an object: its bytes are `pending` plus `tail`.
    private mutating func complete(_ tail: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if overlong {
            overlong = false
            records.overlong = true
            records.handle(tail, line: objectLine, emit: emit, report: report)
            return
        }
        if pending.isEmpty {
            records.handle(tail, line: objectLine, emit: emit, report: report)
        } else {
            append(tail)
            let bytes = pending
            pending.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { records.handle($0, line: objectLine, emit: emit, report: report) }
        }
    }

    mutating func finish(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if abandoned { return }
        if stopped {
        } else if depth > 0 {
            report(Diagnostic(.error, "malformed-json", path: records.path, line: objectLine,
                              "JSON object not closed (the file ends inside it); object skipped"))
        } else if inArray && !arrayClosed {
            report(Diagnostic(.warning, "malformed-json", path: records.path, line: line,
                              "JSON array not closed (the file ends inside it); the objects read are kept"))
        }
        records.dates.release(emit: emit, report: report)
        records.reportUsage(report: report)
    }
}
