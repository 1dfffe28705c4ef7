/// Hashes data files in load order: name, byte count, bytes.
struct ChecksumBuilder {
    private var sha = SHA256()
    /// Adds one file.
    mutating func add(_ file: LexiconFile) {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        sha.update(Array("\(name)\n\(file.bytes.count)\n".utf8))
        sha.update(file.bytes)
    }
    /// Adds a string (e.g. another lexicon's checksum).
    mutating func add(text: String) { sha.update(Array(text.utf8)) }
    /// The digest.
    var hexDigest: String { sha.hexDigest }
}
