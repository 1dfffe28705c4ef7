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
