/// Streams a `.json` file: one object, an array of objects, or objects one after another (JSON lines named
/// `.json`), decided by its content; each object is read as one article, as a `.jsonl` line is — except a news
/// API's response (``JSONEnvelope``), whose list of articles is read instead.
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

    /// Member names that make a top-level object an article rather than an envelope.
    private let textNames: Set<String>
    /// The envelope lists read so far (reported once, at the end).
    private var envelopeLists: [String] = []
    private var envelopeArticles = 0

    init(reader: ArticleReader, path: String) {
        records = JSONLState(reader: reader, path: path)
        textNames = JSONEnvelope.textNames(reader.options.fields)
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
            handleObject(tail, emit: emit, report: report)
        } else {
            append(tail)
            let bytes = pending
            pending.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { handleObject($0, emit: emit, report: report) }
        }
    }

    /// One top-level object: an article, or the articles of an envelope, each with the line it starts on.
    private mutating func handleObject(_ bytes: UnsafeBufferPointer<UInt8>, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        guard !inArray, let list = JSONEnvelope.list(in: bytes, textNames: textNames) else {
            records.handle(bytes, line: objectLine, emit: emit, report: report)
            return
        }
        if !envelopeLists.contains(list.path) { envelopeLists.append(list.path) }
        envelopeArticles += list.elements.count
        var line = objectLine, counted = 0
        for element in list.elements {
            line += bytes[counted..<element.lowerBound].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            counted = element.lowerBound
            records.handle(UnsafeBufferPointer(rebasing: bytes[element]), line: line, emit: emit, report: report)
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
        if !envelopeLists.isEmpty {
            let lists = envelopeLists.map { "\"\($0)\"" }.joined(separator: ", ")
            report(Diagnostic(.info, "json-envelope", path: records.path,
                              "read as a news API response: \(envelopeArticles) article(s) from the \(lists) list; its other members are not articles"))
        }
        records.reportUsage(report: report)
    }
}
