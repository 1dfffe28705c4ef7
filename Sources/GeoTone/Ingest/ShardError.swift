/// Problems with `--shard` or with shard stores given to `merge`.
public enum ShardError: Error, CustomStringConvertible, Sendable, Equatable {
    case badSpec(String)
    case badEnvironment(String)
    /// The stores given to `merge` are not the complete set of shards of one run (the message names the problem).
    case mismatch(String)

    public var description: String {
        switch self {
        case .badSpec(let message): return message
        case .badEnvironment(let message): return "--shard auto: " + message
        case .mismatch(let message): return "cannot merge: " + message
        }
    }
}
