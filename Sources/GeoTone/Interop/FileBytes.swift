#if canImport(Glibc)
import Glibc
#endif

/// Errors opening or reading input files.
public struct FileReadError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Plain POSIX file access: whole small files, or chunks of large ones, without Foundation.
public enum FileBytes {
    /// Size of one read when streaming a file.
    public static let chunkSize = 1 << 20

    /// Reads at most `limit` bytes of the file; `truncated` tells whether more remained.
    public static func read(path: String, limit: Int = Int.max) throws -> (bytes: [UInt8], truncated: Bool) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw FileReadError(path: path, reason: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while result.count < limit {
            let want = min(chunkSize, limit - result.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return (result, false) }
            result.append(contentsOf: chunk[0..<n])
        }
        var probe: UInt8 = 0
        let more = Glibc.read(fd, &probe, 1)
        return (result, more > 0)
    }

    /// Calls `body` with successive chunks of the file until the end, until `limit` bytes were read (so that a
    /// file growing faster than it is read still ends), or until `body` returns false.
    static func stream(path: String, limit: Int = Int.max, _ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        try stream(path: path, from: 0, limit: limit, body)
    }

    /// ``stream(path:limit:_:)`` from byte `offset` of the file: `limit` bytes at most are read from there.
    static func stream(path: String, from offset: Int, limit: Int = Int.max,
                              _ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw FileReadError(path: path, reason: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
            throw FileReadError(path: path, reason: "cannot seek to \(offset): \(String(cString: strerror(errno)))")
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var total = 0
        while total < limit {
            let want = min(chunkSize, limit - total)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return }
            total += n
            let keepGoing = try chunk.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<n])) }
            if !keepGoing { return }
        }
    }

    /// Size and modification time (seconds since 1970) of a path, following symlinks.
    public static func status(path: String) -> (size: Int, mtime: Int, isDirectory: Bool, device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        return (Int(info.st_size), Int(info.st_mtim.tv_sec), isDirectory, UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// Entry names of a directory, sorted bytewise, without `.` and `..`.
    public static func directoryEntries(path: String) throws -> [String] {
        guard let dir = opendir(path) else {
            throw FileReadError(path: path, reason: "cannot list: \(String(cString: strerror(errno)))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let end = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The year (UTC) of a Unix time.
    public static func utcYear(ofUnixTime seconds: Int) -> Int {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        return Int(parts.tm_year) + 1900
    }
}
