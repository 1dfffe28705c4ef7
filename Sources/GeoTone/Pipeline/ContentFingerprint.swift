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
    /// line feed; returns the new length.
    ///
    /// Eight bytes at a time where nothing changes (no byte below 0x20, no space right after a space), which is most
    /// of running text; a word that needs a change goes byte by byte, branch-free: every byte
    /// is stored, and the position only advances past a byte that is kept.
    @inline(__always)
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var n = start
        var lastSpace = true
        var i = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else {
            out[n] = 0x0A
            return n + 1
        }
        let raw = UnsafeRawPointer(base)
        let target = UnsafeMutableRawPointer(out)
        while i + 8 <= count {
            let loaded = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let word = UInt64(littleEndian: loaded)   // byte k of the text in bits 8k...8k+7
            // Any byte below 0x20 (tab, line feed, carriage return or another control byte) sends the word down
            // the byte path; so does a space right after a space. Otherwise the spaces are the only white space.
            let controls = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
            let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020)
            // High bit of each byte: the byte before it (in memory order) is a space.
            let afterSpace = spaces << 8 | (lastSpace ? 0x80 : 0)
            if controls | (spaces & afterSpace) == 0 {
                target.storeBytes(of: loaded, toByteOffset: n, as: UInt64.self)
                n &+= 8
                lastSpace = spaces >> 63 != 0
            } else {
                for k in i..<(i + 8) { step(base[k], out, &n, &lastSpace) }
            }
            i += 8
        }
        while i < count {
            step(base[i], out, &n, &lastSpace)
            i += 1
        }
        out[n] = 0x0A
        return n + 1
    }

    /// One byte of ``collapse``.
    @inline(__always)
    private static func step(_ b: UInt8, _ out: UnsafeMutablePointer<UInt8>, _ n: inout Int, _ lastSpace: inout Bool) {
        let space = b <= 0x20 && (spaceMask >> UInt64(b)) & 1 == 1
        out[n] = space ? 0x20 : b
        n &+= space && lastSpace ? 0 : 1
        lastSpace = space
    }

    /// 0x80 in every byte of `y` that is zero, 0 elsewhere (exact: no borrow crosses bytes).
    @inline(__always)
    static func zeroBytes(_ y: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((y & low7) &+ low7) | y | low7)
    }
}
