import CMalloc

/// Allocator settings for a whole batch run (process-wide; call before the run starts its threads).
public enum ProcessMemory {
    /// Allocation arenas a run needs: its threads (reader, workers, writer) share two.
    public static let runArenas = 2

    /// Caps glibc's allocation arenas at `count`. By default each thread that allocates may get an arena of its own
    /// (up to eight per core), and memory freed into one arena is not reused by the others, so a long run's peak
    /// drifted upward with the way its threads happened to interleave: on the 1 GB bench corpus 125 MB with the
    /// default, 104–111 MB with two arenas, at the same speed (Documentation/Performance.md).
    /// - Returns: whether the allocator accepted the setting.
    @discardableResult
    public static func limitArenas(_ count: Int) -> Bool {
        mallopt(M_ARENA_MAX, Int32(count)) == 1
    }
}
