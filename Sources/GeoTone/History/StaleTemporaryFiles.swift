#if canImport(Glibc)
import Glibc
#endif

/// Removes temporary output files (`name.tmp-PID`, written by ``AtomicFile``) left behind by runs that were
/// killed before they could rename them into place.
public enum StaleTemporaryFiles {
    /// Deletes every `*.tmp-PID` regular file in `directory` whose process no longer exists; returns their names,
    /// sorted. Files of live processes (another run still writing) are left alone.
    @discardableResult
    public static func remove(in directory: String) -> [String] {
        removeTemporaryFiles(in: directory) { pid, path in
            guard pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { return false }
            var info = stat()
            return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        }
    }

    /// Deletes this process's own `*.tmp-PID` files in `directory` (a run stopped by a signal); returns their names.
    @discardableResult
    public static func removeOwn(in directory: String) -> [String] {
        removeTemporaryFiles(in: directory) { pid, _ in pid == getpid() }
    }

    /// Deletes the `*.tmp-PID` files of `directory` for which `shouldRemove(pid, path)` holds; returns their names,
    /// sorted.
    private static func removeTemporaryFiles(in directory: String, _ shouldRemove: (pid_t, String) -> Bool) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var removed: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = stalePID(name) else { continue }
            let path = directory + "/" + name
            if shouldRemove(pid, path), unlink(path) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// The process id in a `name.tmp-PID` file name, when it is one.
    static func stalePID(_ name: String) -> pid_t? {
        let bytes = Array(name.utf8), marker = Array(".tmp-".utf8)
        guard bytes.count > marker.count + 1 else { return nil }
        var start = bytes.count - 1
        while start > 0, bytes[start] >= 0x30, bytes[start] <= 0x39 { start -= 1 }
        let digitsStart = start + 1
        guard digitsStart < bytes.count, digitsStart > marker.count,
              Array(bytes[(digitsStart - marker.count)..<digitsStart]) == marker else { return nil }
        return pid_t(String(decoding: bytes[digitsStart...], as: UTF8.self))
    }
}
