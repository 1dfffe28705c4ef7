/// The kind of input a file holds, chosen by its extension (after any compression suffix).
public enum InputFormat: String, Sendable, CaseIterable {
    case txt, jsonl, json, csv, tsv

    /// The inputs read, for messages.
    public static let supportedList = ".txt, .jsonl/.ndjson, .json, .csv, .tsv, each also compressed as .gz, .bz2, .xz or .zst"

    /// The format for a path's extension (case-insensitive), or nil when it is not an input file.
    public init?(path: String) {
        guard let (format, _) = Self.classify(path: path) else { return nil }
        self = format
    }

    /// Format and compression of a path, e.g. `feed.jsonl.gz` → (.jsonl, .gzip); nil for any other file.
    public static func classify(path: String) -> (InputFormat, Compression?)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var ext = extensionOf(name)
        var base = name
        var compression: Compression?
        if let e = ext, let c = Compression(rawValue: e) {
            compression = c
            base = String(name.dropLast(e.count + 1))
            ext = extensionOf(base)
        }
        switch ext {
        case "txt": return (.txt, compression)
        case "jsonl", "ndjson": return (.jsonl, compression)
        case "json": return (.json, compression)
        case "csv": return (.csv, compression)
        case "tsv": return (.tsv, compression)
        default: return nil
        }
    }

    /// The lowercased extension of a file name, or nil when it has none.
    static func extensionOf(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return ext.isEmpty ? nil : ext
    }
}

/// One input file found on the command line or below a directory given there.
public struct InputFile: Sendable, Equatable {
    public var path: String
    public var format: InputFormat
    public var size: Int
    public var mtime: Int
    /// The compression its name says, read through the matching library.
    public var compression: Compression? = nil
}

/// Problems that stop a run before any work.
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable {
    case missing(String)
    /// No article could be read from the inputs (`files` input files were found, none held a readable article).
    case nothingToRead(inputs: [String], files: Int)

    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file or directory"
        case .nothingToRead(let inputs, let files):
            let found = files == 0 ? "no input files found" : "\(files) file(s) found, none with a readable article (see the diagnostics above)"
            return "nothing to read in \(inputs.joined(separator: ", ")): \(found); the run is recorded as failed and "
                + "earlier results in the output folder are left as they were"
        }
    }
}

/// Expands command-line paths into the sorted list of input files.
///
/// Directories are walked recursively in bytewise-sorted order; hidden entries are skipped; symlinked
/// directories are followed once (a loop is reported, not followed). Inside directories, files of other kinds and
/// files named like `README*`, `LICENSE*`, `CHANGELOG*` (the `notArticles` prefixes) are skipped with one info line
/// per kind; a file named on the command line that is not a supported input is an error diagnostic and not read.
public struct InputCollector: Sendable {
    /// Lowercased name prefixes of files that are not articles (`Datasets/ingest/not_articles.txt`).
    public let notArticles: [String]

    public init(notArticles: [String] = []) {
        self.notArticles = notArticles.map { $0.lowercased() }
    }

    /// Resolves `paths`; throws when one does not exist. Problems met on the way go to `report`.
    ///
    /// Directories in `excluding` (the output folder) are not walked into when they lie inside an input folder, so
    /// a run never reads the tables an earlier run wrote there. This is silent: the folder did not exist for the
    /// first run, and a message only from the second run on would make identical runs differ.
    public func collect(_ paths: [String], excluding: [String] = [], report: (Diagnostic) -> Void) throws -> [InputFile] {
        for path in paths where FileBytes.status(path: path) == nil {
            throw InputError.missing(path)
        }
        var files: [InputFile] = []
        let excluded = Set(excluding.compactMap { FileBytes.status(path: $0) }.filter(\.isDirectory).map { [$0.device, $0.inode] })
        for path in paths {
            guard let info = FileBytes.status(path: path) else { continue }
            if info.isDirectory {
                var visited = excluded
                var skipped: [String: Int] = [:]
                walk(path, visited: &visited, excluded: excluded, skipped: &skipped, into: &files, report: report)
                for kind in skipped.keys.sorted() {
                    let what = kind.hasPrefix(".") ? "\(kind) file(s): not an input format (inputs: \(InputFormat.supportedList))"
                        : "\(kind) file(s): not articles"
                    report(Diagnostic(.info, "skipped-files", path: path, "\(skipped[kind]!) \(what); skipped"))
                }
            } else if let (format, compression) = InputFormat.classify(path: path) {
                files.append(InputFile(path: path, format: format, size: info.size, mtime: info.mtime, compression: compression))
            } else {
                report(Diagnostic(.error, "unsupported-file", path: path,
                                  "not a supported input, so not read (inputs: \(InputFormat.supportedList))"))
            }
        }
        return files
    }

    /// The kind a skipped file is counted under: a not-articles prefix in capitals, else its extension.
    private func skippedKind(_ name: String) -> String? {
        let lower = name.lowercased()
        if let prefix = notArticles.first(where: { lower.hasPrefix($0) }) { return prefix.uppercased() + "*" }
        if InputFormat.classify(path: name) != nil { return nil }
        guard let ext = InputFormat.extensionOf(name) else { return "(no extension)" }
        if Compression(rawValue: ext) != nil, let inner = InputFormat.extensionOf(String(name.dropLast(ext.count + 1))) {
            return ".\(inner).\(ext)"
        }
        return "." + ext
    }

    private func walk(_ directory: String, visited: inout Set<[UInt64]>, excluded: Set<[UInt64]>, skipped: inout [String: Int],
                      into files: inout [InputFile], report: (Diagnostic) -> Void) {
        guard let info = FileBytes.status(path: directory) else { return }
        guard visited.insert([info.device, info.inode]).inserted else {
            if !excluded.contains([info.device, info.inode]) {
                report(Diagnostic(.warning, "symlink-loop", path: directory, "directory already visited (symlink loop); not followed again"))
            }
            return
        }
        let names: [String]
        do { names = try FileBytes.directoryEntries(path: directory) } catch {
            report(Diagnostic(.error, "unreadable", path: directory, "\(error)"))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            guard let entry = FileBytes.status(path: path) else {
                report(Diagnostic(.warning, "dangling-link", path: path, "cannot stat (broken symlink?); skipped"))
                continue
            }
            if entry.isDirectory {
                walk(path, visited: &visited, excluded: excluded, skipped: &skipped, into: &files, report: report)
            } else if let kind = skippedKind(name) {
                skipped[kind, default: 0] += 1
            } else if let (format, compression) = InputFormat.classify(path: path) {
                files.append(InputFile(path: path, format: format, size: entry.size, mtime: entry.mtime, compression: compression))
            }
        }
    }
}
