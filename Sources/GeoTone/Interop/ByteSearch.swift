#if canImport(Glibc)
import Glibc
#endif

/// Byte searches backed by the C library's vectorised `memchr`.
enum ByteSearch {
    /// Index of the first `byte` in `bytes[from...]`, or nil.
    /// - Complexity: O(n), several bytes per cycle.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count else { return nil }
        guard let found = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
