import Foundation
@testable import GeoTone
import GeoToneTestSupport

/// Temporary files and reader plumbing for the Ingest and Interop tests.
enum IngestTestSupport {
    /// A fresh, unique temporary directory (removed with the test process's scratch root).
    static func makeTemporaryDirectory() -> String {
        try! TestScratch.makeDirectory("geotone-ingest")
    }

    /// Writes raw bytes to `path`.
    static func write(_ bytes: [UInt8], to path: String) {
        precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot create \(path)")
    }

    /// Removes a directory tree (the test's own temporary directory).
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Reader options as `analyze` builds them: the default year 2024 and the project's field list.
    static let defaultOptions: IngestOptions = {
        var options = IngestOptions(defaultYear: 2024)
        options.fields = try! FieldNames.load(path: TestPaths.packageRoot + "/Datasets/ingest/fields.tsv")
        return options
    }()

    /// Reads one file through `ArticleReader`, returning the articles and diagnostics (the `fields-used` notice only
    /// with `fieldsUsed`).
    static func read(_ bytes: [UInt8], name: String, options: IngestOptions = defaultOptions, fieldsUsed: Bool = false,
                     furniture: Set<String> = ["related articles"]) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let dir = makeTemporaryDirectory()
        defer { remove(dir) }
        let path = dir + "/" + name
        write(bytes, to: path)
        let info = FileBytes.status(path: path)!
        let (format, compression) = InputFormat.classify(path: path) ?? (.txt, nil)
        let file = InputFile(path: path, format: format, size: info.size, mtime: info.mtime, compression: compression)
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        ArticleReader(options: options, furniture: furniture).read(file, emit: { articles.append($0) },
                                                                   report: { diagnostics.append($0) }, onBytes: { _ in })
        // Paths are temporary: keep only the file name so that tests can compare them.
        for i in articles.indices { articles[i].sourcePath = name }
        for i in diagnostics.indices { diagnostics[i].path = name }
        if !fieldsUsed { diagnostics.removeAll { $0.code == "fields-used" } }
        return (articles, diagnostics)
    }

    /// Reads text given as a String.
    static func read(_ text: String, name: String, options: IngestOptions = defaultOptions, fieldsUsed: Bool = false)
        -> (articles: [Article], diagnostics: [Diagnostic]) {
        read(Array(text.utf8), name: name, options: options, fieldsUsed: fieldsUsed)
    }
}
