/// The identity of an article's text for duplicate detection: title and body with whitespace runs collapsed.
enum ContentFingerprint {

    /// The key as two words.
    /// - Complexity: O(title + body bytes); works on the UTF-8 buffers directly (no per-byte iterator).
    static func digest(of article: Article) -> FastHash.Digest {
        var buffer: [UInt8] = []
        return digest(of: article, scratch: &buffer)
    }

    /// ``digest(of:)`` with a caller-owned buffer, reused across articles (one per worker).
    static func digest(of article: Article, scratch buffer: inout [UInt8]) -> FastHash.Digest {
        var title = article.title, body = article.body
        let capacity = title.utf8.count + body.utf8.count + 2
        if buffer.count < capacity { buffer = Array(repeating: 0, count: capacity) }
        let used = buffer.withUnsafeMutableBufferPointer { out -> Int in
            let n = title.withUTF8 { collapse($0, into: out.baseAddress!, at: 0) }
            return body.withUTF8 { collapse($0, into: out.baseAddress!, at: n) }
        }
        var hash = FastHash()
        buffer.withUnsafeBufferPointer { hash.update(UnsafeBufferPointer(rebasing: $0[0..<used])) }
        return hash.digest()
    }

    /// Bit `b` set for the white-space bytes collapsed: tab, line feed, carriage return, space.
    static let spaceMask: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20

    /// Appends `bytes` at `out[n...]` with each run of white space as one space (a leading run dropped), then a
    /// line feed; returns the new length. Branch-free per byte: every byte is stored, and the position only
    /// advances past a byte that is kept.
    @inline(__always)
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var n = start
        var lastSpace = true
        for b in bytes {
            let space = b <= 0x20 && (spaceMask >> UInt64(b)) & 1 == 1
            out[n] = space ? 0x20 : b
            n &+= space && lastSpace ? 0 : 1
            lastSpace = space
        }
        out[n] = 0x0A
        return n + 1
    }
}
