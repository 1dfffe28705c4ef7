/// The kind of input a file holds, chosen by its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case txt, jsonl, csv, tsv

    /// The format for a path's extension (case-insensitive), or nil when it is not an input file.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        switch ext {
        case "txt": self = .txt
        case "jsonl", "ndjson": self = .jsonl
        case "csv": self = .csv
        case "tsv": self = .tsv
        default: return nil
        }
    }
}

/// One input file found on the command line or below a directory given there.
public struct InputFile: Sendable, Equatable {
    public var path: String
    public var format: InputFormat
    public var size: Int
    public var mtime: Int
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
/// directories are followed once (a loop is reported, not followed). A file given by name is read whatever
/// its extension (as `.txt` when unknown); inside directories, files with other extensions are counted and
/// reported once per directory tree.
public struct InputCollector: Sendable {
    public init() {}

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
                var skipped = 0
                walk(path, visited: &visited, excluded: excluded, skipped: &skipped, into: &files, report: report)
                if skipped > 0 {
                    report(Diagnostic(.info, "skipped-files", path: path,
                                      "\(skipped) file(s) with other extensions were not read (inputs are .txt, .jsonl, .csv, .tsv)"))
                }
            } else {
                files.append(InputFile(path: path, format: InputFormat(path: path) ?? .txt, size: info.size, mtime: info.mtime))
            }
        }
        return files
    }

    private func walk(_ directory: String, visited: inout Set<[UInt64]>, excluded: Set<[UInt64]>, skipped: inout Int,
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
            } else if let format = InputFormat(path: path) {
                files.append(InputFile(path: path, format: format, size: entry.size, mtime: entry.mtime))
            } else {
                skipped += 1
            }
        }
    }
}
