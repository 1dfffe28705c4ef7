/// A byte range of one input file, read by one shard: it starts and ends on record boundaries.
public struct FilePiece: Sendable, Equatable {
    /// First byte read (0, or the byte after a record's closing newline).
    public var start: Int
    /// One past the last byte read.
    public var end: Int
    /// The 1-based line `start` lies on, so that diagnostics and article ids name the file's own lines.
    public var firstLine: Int
    /// CSV/TSV: bytes of the header record read first when `start` is past it (0 otherwise).
    public var headerEnd: Int
}

/// One file, or a piece of one, that a shard reads.
public struct ShardUnit: Sendable, Equatable {
    /// The file's position in the whole sorted input list.
    public var fileIndex: Int
    public var file: InputFile
    /// nil: the whole file.
    public var piece: FilePiece?
}

/// The deterministic partition of an input list into `count` shards: every shard computes the same cuts from the
/// same file list and sizes, and reads only its own part.
///
/// The files, in the order a single run reads them, are laid end to end; cut `k` (k = 1…N-1) lies at byte
/// `k × total / N` of that stream. A cut inside an uncompressed `.jsonl`, `.csv` or `.tsv` file of at least
/// `minimumSplitBytes` moves forward to the next record boundary; a cut inside any other file moves to that file's
/// nearer end. Shard k reads from cut k to cut k+1, so the shards in index order read every record once, in the
/// single run's order.
public struct ShardPlan: Sendable {
    public let shard: ShardSpec
    public let units: [ShardUnit]
    /// Identifies the partitioned input (paths, sizes, times, the shard count); equal in every shard of one corpus.
    public let fingerprint: String
    /// Where this shard starts and ends in the stream of files (`file:offset`, for the merge's continuity check).
    public let startCut: String
    public let endCut: String

    /// Files smaller than this are never split: a cut inside one moves to its nearer end.
    public static let minimumSplitBytes = 1 << 16

    /// Plans shard `shard` of `files`. `encoding` is `--encoding` (UTF-16 input is never split).
    public static func make(files: [InputFile], shard: ShardSpec, encoding: TextEncoding?) throws -> ShardPlan {
        let total = files.reduce(0) { $0 + $1.size }
        var starts: [Int] = []
        var offset = 0
        for file in files { starts.append(offset); offset += file.size }
        let locator = CutLocator(files: files, starts: starts, total: total, count: shard.count, encoding: encoding)
        let a = try locator.cut(shard.index), b = try locator.cut(shard.index + 1)
        var units: [ShardUnit] = []
        if a.file < files.count {
            for f in a.file...min(b.file, files.count - 1) {
                let start = f == a.file ? a.offset : 0
                let end = f == b.file ? b.offset : files[f].size
                guard end > start || (files[f].size == 0 && f != b.file) else { continue }
                if start == 0 && end == files[f].size {
                    units.append(ShardUnit(fileIndex: f, file: files[f], piece: nil))
                } else {
                    let head = f == a.file ? a : try locator.boundary(f, at: start)
                    units.append(ShardUnit(fileIndex: f, file: files[f],
                                           piece: FilePiece(start: start, end: end, firstLine: head.line, headerEnd: start > 0 ? head.headerEnd : 0)))
                }
            }
        }
        var hash = FastHash()
        hash.update("shards \(shard.count)\n")
        for file in files { hash.update("\(file.path)\u{0}\(file.size)\u{0}\(file.mtime)\n") }
        return ShardPlan(shard: shard, units: units, fingerprint: hash.finalize(), startCut: "\(a.file):\(a.offset)",
                         endCut: "\(b.file):\(b.offset)")
    }
}

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
