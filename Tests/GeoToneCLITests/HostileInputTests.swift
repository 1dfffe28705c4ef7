import Foundation
import Testing
import GeoTone

/// Hostile inputs, generated in temporary directories: no crash, bounded memory, every problem reported with
/// `file:line` on stderr and in the store's diagnostics table, every good record analysed, exit status 1
/// under `--strict` when a warning or error was reported (0 otherwise).
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct HostileInputTests {
    typealias S = CLITestSupport

    /// Peak memory allowed for one run on these inputs (the binary holds the gazetteer and lexicons, about
    /// 40 MB, plus bounded read buffers), in KiB.
    static let maxRSSKiB = 300 * 1024
    /// Article limit for the 50 MB cases: small, so that the debug build analyses the cut text quickly.
    static let smallArticleLimit = 1_000_000
    /// Size of the single-line article cases.
    static let hugeLineBytes = 50_000_000
    /// Tiny articles in one JSONL file (`GEOTONE_HOSTILE_ARTICLES` overrides, for quick local runs).
    static let tinyArticleCount = Int(ProcessInfo.processInfo.environment["GEOTONE_HOSTILE_ARTICLES"] ?? "") ?? 200_000

    struct Expected {
        var code: String
        /// Path relative to the case's input folder.
        var file: String
        /// 0 when the whole file (or run) is concerned.
        var line: Int
        /// False for notices (`info`), which `--quiet` keeps off stderr; they are still in the store.
        var onStderr = true
    }

    /// Builds the inputs with `make(inputDirectory)`, runs geotone `--strict`, and checks the outcome.
    /// `inspect` sees the case's directory before it is removed.
    @discardableResult
    func check(_ label: String, extra: [String] = [], articles: Int, problems: [Expected], status: Int32 = 1,
               inspect: (String) throws -> Void = { _ in }, make: (String) throws -> Void) throws -> S.Outcome {
        let dir = S.makeTemporaryDirectory(label)
        defer { S.remove(dir) }
        let input = dir + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try make(input)
        let outcome = try S.analyze([input], in: dir, extra: ["--strict"] + extra)
        #expect(outcome.status == status, "exit status; stderr:\n\(outcome.stderr)")
        #expect(!outcome.stderr.contains("Fatal error") && !outcome.stderr.contains("Crash"), "crashed:\n\(outcome.stderr)")
        let stored = try S.store(dir + "/out/geotone.sqlite")
        for p in problems {
            let path = input + "/" + p.file
            let location = p.line > 0 ? "\(path):\(p.line): " : "\(path): "
            #expect(!p.onStderr || (outcome.stderr.contains(location) && outcome.stderr.contains("[\(p.code)]")),
                    "stderr lacks \(location)…[\(p.code)]:\n\(outcome.stderr)")
            #expect(stored.diagnostics.contains { $0.code == p.code && $0.path == path && $0.line == p.line },
                    "store lacks \(p.code) at \(path):\(p.line); has \(stored.diagnostics)")
        }
        #expect(stored.articles == articles, "articles in the store")
        #expect(try S.csvRows(dir + "/out/articles.csv").count == articles, "rows in articles.csv")
        if let rss = outcome.maxRSSKiB, !S.sanitized {
            #expect(rss < Self.maxRSSKiB, "peak memory \(rss / 1024) MB")
        }
        try inspect(dir)
        return outcome
    }

    @Test func invalidUTF8() throws {
        try check("utf8", articles: 2, problems: [.init(code: "invalid-utf8", file: "bad.txt", line: 4),
                                                  .init(code: "invalid-utf8", file: "bad.jsonl", line: 2)]) { dir in
            // 0x81 is undefined in Windows-1252 too, so neither file is read as Windows-1252.
            S.write(Array("Title\n\nParis, Feb 3 - France\n".utf8) + [0xFF, 0xFE, 0x81, 0xC3] + Array(" and Spain.\n".utf8), to: dir + "/bad.txt")
            S.write(Array("\n{\"text\":\"Peru ".utf8) + [0xC0, 0x80, 0x81] + Array(" grew\"}\n".utf8), to: dir + "/bad.jsonl")
        }
    }

    @Test func nulBytes() throws {
        try check("nul", articles: 3, problems: [.init(code: "nul-bytes", file: "nul.txt", line: 3),
                                                 .init(code: "nul-bytes", file: "nul.jsonl", line: 2)]) { dir in
            S.write(Array("Title\n\nParis, Feb 3 - France".utf8) + [0, 0] + Array(" and Spain.\n".utf8), to: dir + "/nul.txt")
            S.write(Array("{\"text\":\"Chile\"}\n{\"text\":\"Peru".utf8) + [0] + Array(" grew\"}\n".utf8), to: dir + "/nul.jsonl")
        }
    }

    @Test func utf16WithBOMIsConvertedWithoutWarning() throws {
        try check("utf16", articles: 1, problems: [.init(code: "utf16", file: "wide.txt", line: 0, onStderr: false)], status: 0) { dir in
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in "Title\r\n\r\nBerlin, Feb 3 - Germany and Poland agreed.\r\n".utf16 {
                bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
            S.write(bytes, to: dir + "/wide.txt")
        }
    }

    @Test(arguments: ["txt", "jsonl", "csv"]) func fiftyMegabyteSingleLine(_ format: String) throws {
        let words = Array("France and Spain agree on peace talks while the crisis grows ".utf8)
        var line = [UInt8]()
        line.reserveCapacity(Self.hugeLineBytes)
        while line.count + words.count <= Self.hugeLineBytes { line += words }
        let problem: Expected
        let articles: Int
        switch format {
        case "txt": problem = .init(code: "article-too-long", file: "huge.txt", line: 1); articles = 1
        case "jsonl": problem = .init(code: "line-too-long", file: "huge.jsonl", line: 1); articles = 1
        default: problem = .init(code: "malformed-csv", file: "huge.csv", line: 2); articles = 1
        }
        let outcome = try check("huge-\(format)", extra: ["--max-article-bytes", String(Self.smallArticleLimit)],
                                     articles: articles, problems: [problem]) { dir in
            switch format {
            case "txt": S.write(Array("Huge\n\nParis, Feb 3 - ".utf8) + line + [0x0A], to: dir + "/huge.txt")
            case "jsonl": S.write(Array("{\"text\":\"".utf8) + line + Array("\"}\n{\"text\":\"Chile is calm\"}\n".utf8), to: dir + "/huge.jsonl")
            default: S.write(Array("id,text\n1,\"".utf8) + line + Array("\"\n2,Chile is calm\n".utf8), to: dir + "/huge.csv")
            }
        }
        #expect(S.sanitized || outcome.seconds < 120, "took \(outcome.seconds) s")
    }

    @Test func manyTinyArticles() throws {
        let count = Self.tinyArticleCount
        let outcome = try check("tiny", articles: count, problems: [], status: 0) { dir in
            var text = ""
            text.reserveCapacity(count * 40)
            for i in 0..<count { text += "{\"id\":\"n\(i)\",\"text\":\"Peru \(i) grew\"}\n" }
            S.write(text, to: dir + "/many.jsonl")
        }
        #expect(S.sanitized || outcome.seconds < 240, "took \(outcome.seconds) s")
    }

    @Test func jsonNestedTenThousandDeep() throws {
        try check("deep", articles: 1, problems: [.init(code: "malformed-json", file: "deep.jsonl", line: 1)]) { dir in
            let deep = "{\"text\":\"France\",\"x\":" + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}\n"
            S.write(deep + "{\"text\":\"Chile\"}\n", to: dir + "/deep.jsonl")
        }
    }

    @Test func csvUnbalancedQuotesAndWrongWidths() throws {
        // Row 6 of width.csv has a title and no text: kept as a title-only article.
        try check("csv", articles: 6, problems: [
            .init(code: "malformed-csv", file: "quotes.csv", line: 3),
            .init(code: "row-width", file: "width.csv", line: 3),
            .init(code: "row-width", file: "width.csv", line: 4),
        ]) { dir in
            S.write("id,text\n1,\"France\"\n2,\"stray quote\n3,Spain\n4,\"Italy, too\"\n", to: dir + "/quotes.csv")
            S.write("id,title,text\n5,a,Peru\n6,b\n7,c,Chile,extra\n", to: dir + "/width.csv")
        }
    }

    @Test func bomAndCRLF() throws {
        try check("bom", articles: 3, problems: [], status: 0) { dir in
            S.write([0xEF, 0xBB, 0xBF] + Array("id,title,text\r\n1,A,\"France\r\nand Spain\"\r\n2,B,Peru\r\n".utf8), to: dir + "/crlf.csv")
            S.write([0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nLima, Feb 3 - Peru grew.\r\n".utf8), to: dir + "/crlf.txt")
        }
    }

    @Test func duplicateIDs() throws {
        try check("dup", articles: 3, problems: [.init(code: "duplicate-id", file: "dup.jsonl", line: 2),
                                                 .init(code: "duplicate-id", file: "dup.jsonl", line: 3)]) { dir in
            S.write("{\"id\":\"a\",\"text\":\"France\"}\n{\"id\":\"a\",\"text\":\"Spain\"}\n{\"id\":\"a\",\"text\":\"Spain\"}\n", to: dir + "/dup.jsonl")
        }
    }

    @Test func emptyFiles() throws {
        try check("empty", articles: 1, problems: [.init(code: "empty-file", file: "e.txt", line: 0),
                                                   .init(code: "empty-file", file: "e.jsonl", line: 0),
                                                   .init(code: "empty-file", file: "e.csv", line: 0),
                                                   .init(code: "missing-header", file: "blank.csv", line: 1)]) { dir in
            for name in ["e.txt", "e.jsonl", "e.csv"] { S.write([UInt8](), to: dir + "/" + name) }
            S.write("\n\n", to: dir + "/blank.csv")
            S.write("T\n\nLima, Feb 3 - Peru grew.\n", to: dir + "/ok.txt")
        }
    }

    @Test func directorySymlinkLoopAndDanglingLink() throws {
        try check("loop", articles: 1, problems: [.init(code: "symlink-loop", file: "sub/up", line: 0),
                                                  .init(code: "dangling-link", file: "sub/gone.txt", line: 0)]) { dir in
            S.write("T\n\nLima, Feb 3 - Peru grew.\n", to: dir + "/sub/ok.txt")
            try FileManager.default.createSymbolicLink(atPath: dir + "/sub/up", withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: dir + "/sub/gone.txt", withDestinationPath: dir + "/missing")
        }
    }

    @Test(.enabled(if: !CLITestSupport.isRoot, "running as root: chmod 000 does not stop root reading; the dangling-link case covers unreadable entries"))
    func unreadableFile() throws {
        try check("perm", articles: 1, problems: [.init(code: "unreadable", file: "locked.txt", line: 0)]) { dir in
            S.write("T\n\nLima, Feb 3 - Peru grew.\n", to: dir + "/ok.txt")
            S.write("T\n\nLima, Feb 3 - Chile grew.\n", to: dir + "/locked.txt")
            chmod(dir + "/locked.txt", 0)
        }
    }

    @Test func pathsWithSpacesAndNonASCII() throws {
        try check("names", articles: 2, problems: [], status: 0, inspect: { dir in
            let paths = try S.csvRows(dir + "/out/articles.csv").map { $0[1] }
            #expect(paths == [dir + "/in/dossier été/ärtikel 1.txt", dir + "/in/日本 feed.jsonl"])
        }) { dir in
            S.write("T\n\nLima, Feb 3 - Peru grew.\n", to: dir + "/dossier été/ärtikel 1.txt")
            S.write("{\"text\":\"Chile\"}\n", to: dir + "/日本 feed.jsonl")
        }
    }

    @Test func fileGrowingWhileRead() throws {
        let dir = S.makeTemporaryDirectory("grow")
        defer { S.remove(dir) }
        let path = dir + "/in/grow.jsonl"
        let initial = 20_000
        var text = ""
        for i in 0..<initial { text += "{\"text\":\"Peru \(i)\"}\n" }
        S.write(text, to: path)
        let grower = Grower(path: path)
        grower.start()
        let outcome = try S.analyze([dir + "/in"], in: dir)
        let appended = grower.stop()
        #expect(outcome.status == 0, "stderr:\n\(outcome.stderr)")
        let stored = try S.store(dir + "/out/geotone.sqlite")
        #expect(stored.articles >= initial && stored.articles <= initial + appended)
        #expect(try S.csvRows(dir + "/out/articles.csv").count == stored.articles)
    }

    @Test func hostileFilesWithoutStrictExitZero() throws {
        let dir = S.makeTemporaryDirectory("lenient")
        defer { S.remove(dir) }
        S.write("id,text\n1,\"open\n", to: dir + "/in/q.csv")
        S.write("{bad\n{\"text\":\"Peru\"}\n", to: dir + "/in/b.jsonl")
        S.write([UInt8](), to: dir + "/in/e.txt")
        let outcome = try S.analyze([dir + "/in"], in: dir)
        #expect(outcome.status == 0, "stderr:\n\(outcome.stderr)")
        #expect(outcome.stderr.contains(dir + "/in/b.jsonl:1: error:"))
        #expect(try S.store(dir + "/out/geotone.sqlite").articles == 1)
    }
}

/// Appends JSONL lines to a file from another thread until stopped.
final class Grower: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var running = true
    private var appended = 0
    private let done = DispatchSemaphore(value: 0)

    init(path: String) { self.path = path }

    func start() {
        Thread.detachNewThread { [self] in
            let handle = FileHandle(forWritingAtPath: path)!
            handle.seekToEndOfFile()
            while lock.withLock({ running }) {
                handle.write(Data("{\"text\":\"Chile \(appended)\"}\n".utf8))
                lock.withLock { appended += 1 }
                usleep(500)
            }
            try? handle.close()
            done.signal()
        }
    }

    /// Stops appending; returns how many lines were added.
    func stop() -> Int {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { appended }
    }
}
