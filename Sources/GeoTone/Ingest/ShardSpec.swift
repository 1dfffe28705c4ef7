/// Which part of a corpus one process analyses: shard `index` (0-based) of `count` (`--shard I/N`).
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// A shard; throws unless `0 <= index < count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw ShardError.badSpec("the shard count must be at least 1 (got \(count))") }
        guard (0..<count).contains(index) else {
            throw ShardError.badSpec("shard \(index) does not exist in \(count) shard(s): shards are numbered 0 to \(count - 1)")
        }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// Parses `I/N` (e.g. `2/8`).
    public static func parse(_ text: String) throws -> ShardSpec {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError.badSpec("--shard takes I/N (shard I, 0-based, of N) or auto (got \"\(text)\")")
        }
        return try ShardSpec(index: index, count: count)
    }

    /// The shard a batch scheduler gave this process: a Slurm job array (`SLURM_ARRAY_TASK_ID` with `_MIN`, `_MAX` or
    /// `_COUNT`, `_STEP`) or a Kubernetes Indexed Job (`JOB_COMPLETION_INDEX`, with `shards`, the `--shards` value).
    ///
    /// A Slurm array must number its tasks MIN, MIN+STEP, … so that they map onto 0…N-1; any other numbering (a list
    /// such as `0,3,7`) is refused, as is a `shards` value that disagrees with the array's task count.
    public static func fromEnvironment(_ environment: [String: String], shards: Int?) throws -> ShardSpec {
        func number(_ name: String) throws -> Int? {
            guard let raw = environment[name], !raw.isEmpty else { return nil }
            guard let value = Int(raw) else { throw ShardError.badEnvironment("\(name)=\(raw) is not a number") }
            return value
        }
        if let id = try number("SLURM_ARRAY_TASK_ID") {
            let low = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            let step = try number("SLURM_ARRAY_TASK_STEP") ?? 1
            guard step >= 1 else { throw ShardError.badEnvironment("SLURM_ARRAY_TASK_STEP=\(step) must be positive") }
            let high = try number("SLURM_ARRAY_TASK_MAX")
            let count = try number("SLURM_ARRAY_TASK_COUNT")
            guard let span = high.map({ ($0 - low) / step + 1 }) ?? count else {
                throw ShardError.badEnvironment("SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_MAX nor SLURM_ARRAY_TASK_COUNT is")
            }
            if let high, (high - low) % step != 0 || count.map({ $0 != span }) == true {
                throw ShardError.badEnvironment("the array's task ids (\(low)-\(high):\(step), \(count.map(String.init) ?? "?") tasks) "
                    + "do not map onto shards 0…N-1; submit it as --array=0-\(max(0, (count ?? span) - 1))")
            }
            guard id >= low, (id - low) % step == 0 else {
                throw ShardError.badEnvironment("SLURM_ARRAY_TASK_ID=\(id) is not one of the array's ids (\(low), \(low + step), …)")
            }
            if let shards, shards != span {
                throw ShardError.badEnvironment("--shards \(shards) disagrees with the Slurm array's \(span) tasks")
            }
            return try ShardSpec(index: (id - low) / step, count: span)
        }
        if let index = try number("JOB_COMPLETION_INDEX") {
            guard let shards else {
                throw ShardError.badEnvironment("JOB_COMPLETION_INDEX is set: give the job's completions as --shards N")
            }
            return try ShardSpec(index: index, count: shards)
        }
        throw ShardError.badEnvironment("--shard auto needs a Slurm job array (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job "
            + "(JOB_COMPLETION_INDEX); neither is set")
    }
}
