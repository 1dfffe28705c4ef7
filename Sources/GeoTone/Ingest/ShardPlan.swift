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
