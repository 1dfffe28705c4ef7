#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor (a pipe or a file: standard input of `geotone score` and `geotone countries`) in large
/// blocks and hands them out cut after the last line feed, so that every block holds whole lines.
///
/// Memory stays at about two blocks whatever the input's size; a line longer than a block makes its block
/// grow until the line ends.
struct LineBlockReader {
    let fd: Int32
    let blockSize: Int
    /// What the descriptor is called in error messages.
    let name: String
    private var carry: [UInt8] = []
    private var chunk: [UInt8]
    private var ended = false

    init(fd: Int32, name: String = "standard input", blockSize: Int = 1 << 22) {
        self.fd = fd
        self.name = name
        self.blockSize = max(1, blockSize)
        chunk = [UInt8](repeating: 0, count: self.blockSize)
    }

    /// The next run of whole lines, each ending in a line feed except perhaps the input's last; nil at the end.
    mutating func next() throws(FileReadError) -> [UInt8]? {
        var block = carry
        carry = []
        var searched = 0
        while !ended {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: name, reason: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { ended = true; break }
            block.append(contentsOf: chunk[0..<n])
            if block.count >= blockSize, let cut = Self.lastLineFeed(in: block, from: searched) {
                carry = Array(block[(cut + 1)...])
                block.removeSubrange((cut + 1)...)
                return block
            }
            searched = block.count
        }
        return block.isEmpty ? nil : block
    }

    /// Index of the last line feed of `bytes` at or after `start`.
    static func lastLineFeed(in bytes: [UInt8], from start: Int) -> Int? {
        var i = bytes.count - 1
        while i >= start {
            if bytes[i] == 0x0A { return i }
            i -= 1
        }
        return nil
    }
}
