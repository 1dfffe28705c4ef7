/// The identity of an article's text for duplicate detection: title and body with whitespace runs collapsed.
enum ContentFingerprint {
    /// The key as 32 hex digits.
    static func of(_ article: Article) -> String { digest(of: article).hex }

    /// The key as two words.
    /// - Complexity: O(title + body bytes); works on the UTF-8 buffers directly (no per-byte iterator).
    static func digest(of article: Article) -> FastHash.Digest {
        var hash = FastHash()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(article.title.utf8.count + article.body.utf8.count + 2)
        var lastSpace = true
        for var part in [article.title, article.body] {
            part.withUTF8 { bytes in
                for byte in bytes {
                    let space = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
                    if space {
                        if !lastSpace { buffer.append(0x20) }
                    } else {
                        buffer.append(byte)
                    }
                    lastSpace = space
                }
            }
            buffer.append(0x0A)
            lastSpace = true
        }
        buffer.withUnsafeBufferPointer { hash.update($0) }
        return hash.digest()
    }
}
