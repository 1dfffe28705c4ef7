#if canImport(Glibc)
import Glibc
#endif

/// Creating output folders.
public enum Directory {
    /// Creates `path` and missing parents.
    public static func create(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw OutputFileError(path: current, reason: "cannot create directory: \(String(cString: strerror(errno)))")
            }
        }
    }
}
