#if canImport(Glibc)
import CMalloc
#endif

/// The C allocator's settings for a batch job (glibc's `mallopt` and `malloc_trim`; no-ops elsewhere).
///
/// glibc gives each thread that allocates an arena of its own and keeps freed memory in it for reuse. In a run the
/// reader, the workers, the row writer and the final steps each allocate on their own thread, so memory freed by one
/// stays mapped while another asks the system for more: on the 1 GB bench corpus the peak resident size was a third
/// above the live heap, and grew with the corpus.
public enum ProcessMemory {
    /// Allocations of this many bytes or more get their own mapping, returned to the system when freed: read blocks,
    /// batch buffers, formatted rows. glibc's default starts at 128 KiB but raises itself to the largest block freed
    /// so far (up to 32 MiB), after which such blocks stay in the arenas.
    public static let mappedAllocationThreshold: Int32 = 256 * 1024
    /// Free memory at the top of an arena beyond this is returned to the system at once (default 128 KiB, but it
    /// follows the mapping threshold upwards too).
    public static let trimThreshold: Int32 = 1024 * 1024

    /// Fixes both thresholds for the process. Call once, before the work starts (the CLI does).
    public static func configureForBatchJob() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, mappedAllocationThreshold)
        _ = mallopt(M_TRIM_THRESHOLD, trimThreshold)
        #endif
    }

    /// Returns the free pages of every arena to the system: between the streaming stage and a run's final steps,
    /// whose allocations come from another thread's arena.
    public static func releaseFreePages() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
