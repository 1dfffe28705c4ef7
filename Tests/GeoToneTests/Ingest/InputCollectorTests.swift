#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GeoTone

@Suite struct InputCollectorTests {
    @Test func walksSortedRecursivelyAndSkipsHiddenAndOthers() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        for sub in ["b", "a", "a/z", ".hidden"] { mkdir(dir + "/" + sub, 0o755) }
        for name in ["b/2.txt", "a/z/1.JSONL", "a/10.csv", "a/9.tsv", "a/notes.md", ".hidden/x.txt", "a/.x.txt", "é ü.txt", "B.txt"] {
            IngestTestSupport.write(Array("x".utf8), to: dir + "/" + name)
        }
        var diagnostics: [Diagnostic] = []
        let files = try InputCollector().collect([dir]) { diagnostics.append($0) }
        let names = files.map { String($0.path.dropFirst(dir.count + 1)) }
        #expect(names == ["B.txt", "a/10.csv", "a/9.tsv", "a/z/1.JSONL", "b/2.txt", "é ü.txt"])
        #expect(files.map(\.format) == [.txt, .csv, .tsv, .jsonl, .txt, .txt])
        #expect(diagnostics.map(\.code) == ["skipped-files"])
    }

    @Test func symlinkLoopIsReportedOnce() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        mkdir(dir + "/d", 0o755)
        IngestTestSupport.write(Array("x".utf8), to: dir + "/d/a.txt")
        symlink("..", dir + "/d/up")
        symlink(dir + "/nowhere", dir + "/d/broken.txt")
        var diagnostics: [Diagnostic] = []
        let files = try InputCollector().collect([dir]) { diagnostics.append($0) }
        #expect(files.map(\.path) == [dir + "/d/a.txt"])
        #expect(diagnostics.map(\.code).sorted() == ["dangling-link", "symlink-loop"])
    }

    /// `geotone analyze corpus --out corpus/out` run twice must not read the first run's CSV files as articles.
    @Test func outputFolderInsideTheInputIsNotRead() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        mkdir(dir + "/out", 0o755)
        mkdir(dir + "/news", 0o755)
        for name in ["news/a.jsonl", "out/articles.csv", "out/mentions.csv"] { IngestTestSupport.write(Array("x".utf8), to: dir + "/" + name) }
        var diagnostics: [Diagnostic] = []
        let files = try InputCollector().collect([dir], excluding: [dir + "/out"]) { diagnostics.append($0) }
        #expect(files.map(\.path) == [dir + "/news/a.jsonl"])
        #expect(diagnostics.isEmpty)
        // The same folder reached through a symbolic link is still the output folder.
        symlink(dir + "/out", dir + "/news/results")
        diagnostics = []
        #expect(try InputCollector().collect([dir], excluding: [dir + "/out"]) { diagnostics.append($0) }.count == 1)
        #expect(diagnostics.isEmpty)
        // Without the exclusion the two tables would be read as input (once: the second path to them is a loop).
        #expect(try InputCollector().collect([dir]) { _ in }.count == 3)
    }

    @Test func missingPathThrowsAndExplicitFileIsReadWhateverItsExtension() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        #expect(throws: InputError.missing(dir + "/none")) { try InputCollector().collect([dir + "/none"]) { _ in } }
        IngestTestSupport.write(Array("x".utf8), to: dir + "/story.text")
        let files = try InputCollector().collect([dir + "/story.text"]) { _ in }
        #expect(files.map(\.format) == [.txt])
    }

    @Test func formatsByExtension() {
        #expect(InputFormat(path: "a.NDJSON") == .jsonl)
        #expect(InputFormat(path: "dir.csv/file") == nil)
        #expect(InputFormat(path: "noext") == nil)
    }
}
