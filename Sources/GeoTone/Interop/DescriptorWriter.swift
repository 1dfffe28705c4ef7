#if canImport(Glibc)
import Glibc
#endif

/// Writes bytes to a file descriptor, all of them, retrying short and interrupted writes (`AtomicFile` and the
/// line tools' standard output).
enum DescriptorWriter {
    /// Writes every byte of `bytes` to `fd`; the `errno` of a write that failed, nil when all were written.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    /// Writes every byte of `bytes` to `fd`, named `name` in the error.
    static func write(_ bytes: [UInt8], to fd: Int32, name: String = "standard output") throws(OutputFileError) {
        if let code = writeAll(bytes, to: fd) {
            throw OutputFileError(path: name, reason: "write failed: \(String(cString: strerror(code)))")
        }
    }
}
