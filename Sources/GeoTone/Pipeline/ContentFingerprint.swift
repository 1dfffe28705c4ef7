/// The identity of an article's text for duplicate detection: title and body with whitespace runs collapsed.
enum ContentFingerprint {
    /// The key as 32 hex digits.
    static func of(_ article: Article) -> String { digest(of: article).hex }

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
        // Written through a raw pointer: a per-byte `append` checked capacity on every byte.
        let used = buffer.withUnsafeMutableBufferPointer { out -> Int in
            var n = 0
            for part in 0..<2 {
                var lastSpace = true
                let copy = { (bytes: UnsafeBufferPointer<UInt8>) in
                    for byte in bytes {
                        let space = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
                        if !space {
                            out[n] = byte
                            n += 1
                        } else if !lastSpace {
                            out[n] = 0x20
                            n += 1
                        }
                        lastSpace = space
                    }
                }
                if part == 0 { title.withUTF8(copy) } else { body.withUTF8(copy) }
                out[n] = 0x0A
                n += 1
            }
            return n
        }
        var hash = FastHash()
        buffer.withUnsafeBufferPointer { hash.update(UnsafeBufferPointer(rebasing: $0[0..<used])) }
        return hash.digest()
    }
}
