/// Finds the cuts of a plan, reading the files a cut falls into.
struct CutLocator {
    let files: [InputFile]
    let starts: [Int]
    let total: Int
    let count: Int
    let encoding: TextEncoding?

    /// A position in the stream of files, with the line it lies on and (CSV) the end of the file's header record.
    struct Position {
        var file: Int
        var offset: Int
        var line = 1
        var headerEnd = 0
    }

    /// Cut `k`: 0 is the start of the first file, `count` the end of the last.
    func cut(_ k: Int) throws -> Position {
        if k == 0 { return Position(file: 0, offset: 0) }
        if k >= count || total == 0 { return Position(file: files.count, offset: 0) }
        let target = Int((Double(total) * Double(k) / Double(count)).rounded(.down))
        // The file holding byte `target` (the last file whose start is at or before it, skipping empty files).
        var f = 0
        while f + 1 < files.count && starts[f + 1] <= target { f += 1 }
        let local = target - starts[f]
        if local == 0 { return Position(file: f, offset: 0) }
        guard try splittable(files[f]) else {
            return local * 2 < files[f].size ? Position(file: f, offset: 0) : Position(file: f + 1, offset: 0)
        }
        let position = try boundary(f, at: local)
        return position.offset >= files[f].size ? Position(file: f + 1, offset: 0) : position
    }

    /// Whether a cut may fall inside `file`: an uncompressed `.jsonl`/`.csv`/`.tsv` file, large enough, that a
    /// single run would read as text from its start (no UTF-16, not binary).
    func splittable(_ file: InputFile) throws -> Bool {
        guard file.compression == nil, [.jsonl, .csv, .tsv].contains(file.format), file.size >= ShardPlan.minimumSplitBytes,
              encoding != .utf16 else { return false }
        let head = try FileBytes.read(path: file.path, limit: FileBytes.chunkSize).bytes
        return head.withUnsafeBufferPointer { TextDecoding.utf16ByteOrder($0) == nil && !TextDecoding.looksBinary($0) }
    }

    /// The first record boundary at or after byte `local` of file `f` (its size when there is none), with its line.
    ///
    /// JSON lines end at every newline; a CSV record ends at a newline outside quotes, so a CSV file is scanned from
    /// its start for the quotes (a doubled quote toggles twice). The CSV header record always stays before the cut.
    func boundary(_ f: Int, at local: Int) throws -> Position {
        let file = files[f]
        let csv = file.format != .jsonl
        var position = Position(file: f, offset: file.size)
        var line = 1, quoted = false, base = 0, headerEnd = csv ? -1 : 0
        var found = false
        try FileBytes.stream(path: file.path, limit: file.size) { chunk in
            if !csv {
                // JSON lines: newline to newline with memchr.
                var from = 0
                while let i = ByteSearch.firstIndex(of: 0x0A, in: chunk, from: from) {
                    line += 1
                    from = i + 1
                    if base + from >= local {
                        position.offset = base + from
                        position.line = line
                        found = true
                        return false
                    }
                }
                base += chunk.count
                return true
            }
            for i in 0..<chunk.count {
                let b = chunk[i]
                if csv && b == 0x22 { quoted.toggle(); continue }
                guard b == 0x0A else { continue }
                line += 1
                if quoted { continue }
                let next = base + i + 1
                if headerEnd < 0 { headerEnd = next; continue }
                if next >= local {
                    position.offset = next
                    position.line = line
                    found = true
                    return false
                }
            }
            base += chunk.count
            return true
        }
        position.headerEnd = max(0, headerEnd)
        if !found { position.offset = file.size }
        return position
    }
}
