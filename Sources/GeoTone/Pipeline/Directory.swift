#if canImport(Glibc)
import Glibc
#endif

/// Creating output folders.
public enum Directory {
    /// Creates `path` and missing parents; a part that exists but is not a folder is an error saying so.
    public static func create(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw OutputFileError(path: current, reason: "cannot create directory: \(String(cString: strerror(errno)))")
            }
        }
        if let info = FileBytes.status(path: path), !info.isDirectory {
            throw OutputFileError(path: path, reason: "is a file, not a folder: --out names the folder for the tables and the store")
        }
    }
}
