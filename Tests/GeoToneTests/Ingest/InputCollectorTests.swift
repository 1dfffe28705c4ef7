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

    @Test func missingPathThrowsAndAnUnsupportedFileNamedIsAnError() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        #expect(throws: InputError.missing(dir + "/none")) { try InputCollector().collect([dir + "/none"]) { _ in } }
        IngestTestSupport.write(Array("%PDF-1.4 x".utf8), to: dir + "/report.pdf")
        var diagnostics: [Diagnostic] = []
        let files = try InputCollector().collect([dir + "/report.pdf"]) { diagnostics.append($0) }
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.code) == ["unsupported-file"] && diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.contains(".jsonl") == true)
    }

    /// Inside folders: one info line per kind of file skipped; README, LICENSE and CHANGELOG files are not articles.
    @Test func foldersSkipOtherKindsWithOneLineEach() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        for name in ["a.txt", "README.TXT", "LICENSE", "changelog.md", "b.pdf", "c.pdf", "d.xlsx", "e.json", "f.csv.gz", "g.tar.gz"] {
            IngestTestSupport.write(Array("x".utf8), to: dir + "/" + name)
        }
        var diagnostics: [Diagnostic] = []
        let files = try InputCollector(notArticles: ["README", "LICENSE", "CHANGELOG"]).collect([dir]) { diagnostics.append($0) }
        #expect(files.map { String($0.path.dropFirst(dir.count + 1)) } == ["a.txt", "e.json", "f.csv.gz"])
        #expect(files.map(\.compression) == [nil, nil, .gzip])
        #expect(diagnostics.map(\.message) == [
            "2 .pdf file(s): not an input format (inputs: \(InputFormat.supportedList)); skipped",
            "1 .tar.gz file(s): not an input format (inputs: \(InputFormat.supportedList)); skipped",
            "1 .xlsx file(s): not an input format (inputs: \(InputFormat.supportedList)); skipped",
            "1 CHANGELOG* file(s): not articles; skipped",
            "1 LICENSE* file(s): not articles; skipped",
            "1 README* file(s): not articles; skipped",
        ])
    }

    @Test func formatsByExtension() {
        #expect(InputFormat(path: "a.NDJSON") == .jsonl)
        #expect(InputFormat(path: "dir.csv/file") == nil)
        #expect(InputFormat(path: "noext") == nil)
        #expect(InputFormat.classify(path: "d/feed.JSON.bz2")! == (.json, .bzip2))
        #expect(InputFormat.classify(path: "x.tsv.zst")! == (.tsv, .zstd))
        #expect(InputFormat.classify(path: "x.xz") == nil)
    }
}
