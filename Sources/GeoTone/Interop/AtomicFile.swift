#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name and renamed over its final path only when complete.
public final class AtomicFile {
    /// The final path.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var committed = false
    /// Hash of every byte written so far (run records keep it to recognise unchanged outputs).
    public private(set) var contentHash = FastHash()
    /// Bytes written so far.
    public private(set) var bytesWritten = 0

    /// Creates the temporary file next to `path`.
    public init(path: String) throws {
        self.path = path
        temporaryPath = path + ".tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            throw OutputFileError(path: path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporaryPath) }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws {
        bytes.withUnsafeBufferPointer { contentHash.update($0) }
        bytesWritten += bytes.count
        if let code = DescriptorWriter.writeAll(bytes, to: descriptor) {
            throw OutputFileError(path: path, reason: "write failed: \(String(cString: strerror(code)))")
        }
    }

    /// Syncs and renames into place.
    public func commit() throws {
        if fsync(descriptor) != 0 {
            throw OutputFileError(path: path, reason: "fsync failed: \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        descriptor = -1
        if rename(temporaryPath, path) != 0 {
            throw OutputFileError(path: path, reason: "rename failed: \(String(cString: strerror(errno)))")
        }
        committed = true
    }

    /// Writes `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(Array(text.utf8))
        try file.commit()
    }
}
