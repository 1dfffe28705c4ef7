/// One file, or a piece of one, that a shard reads.
public struct ShardUnit: Sendable, Equatable {
    /// The file's position in the whole sorted input list.
    public var fileIndex: Int
    public var file: InputFile
    /// nil: the whole file.
    public var piece: FilePiece?
}
