/// The keys of the per-article results kept in the store so that unchanged articles are not analysed again (the
/// entries themselves are in the article rows: `ArticleCacheLookup`, `RunWriter`).
///
/// An entry is found by the *method key* (everything that decides how an article is analysed: options hash,
/// lexicon and gazetteer checksums, tool version, the abbreviation list, the payload format) and the
/// *cache key* of the article (a hash of its exact title, body and dateline place). Entries are written inside
/// the run's transaction, so a run that does not complete leaves none behind.
public enum ArticleCache {
    /// The method key: a SHA-256 over the run's method identity and the contents of `extraFiles` (data files the
    /// per-article stage reads that the run record does not checksum). A missing file hashes as absent.
    public static func methodKey(optionsHash: String, lexiconChecksum: String, gazetteerChecksum: String,
                                 toolVersion: String, extraFiles: [String]) -> String {
        var hasher = SHA256()
        for part in [optionsHash, lexiconChecksum, gazetteerChecksum, toolVersion, "payload-\(ArticleCachePayload.formatVersion)"] {
            hasher.update(Array(part.utf8))
            hasher.update([0])
        }
        for path in extraFiles {
            hasher.update(Array(path.split(separator: "/").last.map(String.init)?.utf8 ?? "".utf8))
            hasher.update([0])
            if let bytes = try? FileBytes.read(path: path).bytes { hasher.update(bytes) } else { hasher.update(Array("absent".utf8)) }
            hasher.update([0])
        }
        return hasher.hexDigest
    }

    /// The cache key of an article: a hash of its exact title, body and dateline place (the inputs of the
    /// per-article stage besides its date). Unlike the duplicate fingerprint, whitespace is not collapsed,
    /// because byte offsets in `mentions.csv` depend on it.
    public static func cacheKey(for article: Article) -> FastHash.Digest {
        // The bytes hashed: "<title bytes>:<title><body bytes>:<body>", then "<place bytes>:<place>" or "-" (the
        // lengths in decimal, fed from the stack rather than built as interpolated strings).
        var hash = FastHash()
        length(article.title.utf8.count, into: &hash)
        hash.update(article.title)
        length(article.body.utf8.count, into: &hash)
        hash.update(article.body)
        if let place = article.datelinePlace {
            length(place.utf8.count, into: &hash)
            hash.update(place)
        } else {
            hash.update("-")
        }
        return hash.digest()
    }

    /// Feeds `"\(count):"` to `hash`.
    private static func length(_ count: Int, into hash: inout FastHash) {
        DecimalText.withDigits(of: count) { hash.update($0) }
        hash.update(":")
    }
}
