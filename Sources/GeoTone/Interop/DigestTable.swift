import Glibc

/// An insert-only map from 128-bit digests to 64-bit values whose memory stays small however many entries it
/// holds: what a run has already seen (content digests for duplicates, id digests for repeated ids).
///
/// Memory holds only an index: open addressing with linear probing over 4-byte slots (the entry's sequence number in
/// the low bits, as many as the table's size needs, and a tag of its digest in the rest: 20 bits for the first 3,072
/// entries, 12 at half a million), grown by half when `maxLoad` full, i.e. 5–8 bytes an entry. The entries themselves
/// (digest and value, 24 bytes) go to a log in insertion order: the newest `bufferEntries` in memory, the rest in
/// a temporary file in `spillDirectory` that is unlinked as soon as it is created, so nothing is left behind even
/// if the process is killed. A look-up compares tags in memory and reads an entry from the log only when its tag
/// matches (the entry itself, or about one probe in 65,536 otherwise). Growing frees the old index and
/// rebuilds the new one from the log, so two indexes are never held at once.
///
/// Without a spill directory, or once the file cannot be created or written, the log stays in memory (correct,
/// only no longer compact). A log entry that cannot be read back counts in ``readFailures`` and is treated as a
/// different digest. Used from one thread at a time.
// @unchecked: mutable table state; used from one thread at a time (the reading thread or the analysis queue), never shared concurrently.
public final class DigestTable: @unchecked Sendable {
    /// Per slot: sequence number + 1 in the bits of `sequenceMask` (0: empty), the digest's tag in the others. (The
    /// array's exclusivity is not checked at run time: the table is used from one thread at a time, and a probe
    /// touches it several times per article.)
    @exclusivity(unchecked) private var slots: [UInt32]
    /// The low bits of a slot that hold the sequence number + 1: enough for every entry the table takes before it
    /// grows again (set with its size).
    private var sequenceMask: UInt32 = 0
    /// Entries stored.
    public private(set) var count = 0
    /// Log entries that could not be read back from the spill file (each treated as "not seen").
    public private(set) var readFailures = 0
    /// Log entries `spilled..<count`, three words each (high, low, value).
    @exclusivity(unchecked) private var buffer: [UInt64] = []
    /// Entries already written to the spill file (the first `spilled` sequence numbers).
    private var spilled = 0
    private var file: Int32 = -1
    /// Where to create the spill file; nil once it cannot be used (the log then stays in memory).
    private var spillDirectory: String?

    /// Fill ratio that triggers growing by half.
    static let maxLoad = 0.75
    /// Slots of a new table.
    static let initialCapacity = 1 << 12
    /// Log entries kept in memory before they are written to the spill file (96 KiB).
    static let bufferEntries = 4096
    static let entryBytes = 24

    /// A table whose log spills into a temporary file in `spillDirectory` (nil: the log stays in memory).
    public init(spillDirectory: String? = nil) {
        self.spillDirectory = spillDirectory
        slots = Array(repeating: 0, count: Self.initialCapacity)
        sequenceMask = Self.sequenceMask(capacity: Self.initialCapacity)
        buffer.reserveCapacity(Self.bufferEntries * 3)
    }

    deinit {
        if file >= 0 { close(file) }
    }

    /// Frees the index, the log buffer and the spill file once the table is no longer needed and returns
    /// ``readFailures`` (the counts stay readable); at 534,000 entries about 3 MB, returned before a run's final
    /// steps so that they do not add to the peak. Any later insert or look-up is a programming error.
    @discardableResult
    public func release() -> Int {
        slots = []
        buffer = []
        if file >= 0 { close(file); file = -1 }
        spillDirectory = nil
        return readFailures
    }

    /// Bytes of memory the index and the log buffer take.
    public var memoryBytes: Int { slots.capacity * 4 + buffer.capacity * 8 }

    /// The value stored for `digest`, or nil.
    public func value(for digest: FastHash.Digest) -> UInt64? {
        find(digest).value
    }

    /// Stores `value` for `digest` unless it is already there; returns the value stored first (nil when new).
    public func insertIfAbsent(_ digest: FastHash.Digest, value: UInt64) -> UInt64? {
        let (i, tag, first) = find(digest)
        if let first { return first }
        guard count < Int(UInt32.max) - 1 else { return nil }   // four billion entries: later ones are not remembered
        slots[i] = tag | UInt32(count + 1)
        append(digest, value)
        count += 1
        if Double(count) > Double(slots.count) * Self.maxLoad { grow() }
        return nil
    }

    /// Probes for `digest`: its value when stored, else the empty slot where it would go (and its tag).
    @inline(__always) private func find(_ digest: FastHash.Digest) -> (slot: Int, tag: UInt32, value: UInt64?) {
        precondition(!slots.isEmpty, "DigestTable used after release()")
        let tag = slotTag(digest)
        var i = slot(digest)
        while slots[i] != 0 {
            if let value = match(i, tag: tag, digest) { return (i, tag, value) }
            i = i + 1 == slots.count ? 0 : i + 1
        }
        return (i, tag, nil)
    }

    /// The value of the entry in slot `i` when it holds `digest`.
    @inline(__always) private func match(_ i: Int, tag: UInt32, _ digest: FastHash.Digest) -> UInt64? {
        let packed = slots[i]
        guard packed & ~sequenceMask == tag else { return nil }
        guard let entry = entry(Int(packed & sequenceMask) - 1) else { return nil }
        return entry.high == digest.high && entry.low == digest.low ? entry.value : nil
    }

    /// The slot bits that hold the sequence number + 1 in a table of `capacity` slots: enough for the most entries
    /// it holds before it grows (all 32 bits past about three billion slots).
    static func sequenceMask(capacity: Int) -> UInt32 {
        let most = Int(Double(capacity) * maxLoad) + 2
        let bits = min(32, Int.bitWidth - most.leadingZeroBitCount)
        return bits == 32 ? UInt32.max : (1 << UInt32(bits)) - 1
    }

    @inline(__always) private static func mixed(_ d: FastHash.Digest) -> UInt64 {
        (d.high ^ (d.low << 32 | d.low >> 32)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Home slot: one mix of both words scaled to the table size (any size, not only powers of two).
    @inline(__always) private func slot(_ d: FastHash.Digest) -> Int {
        Int(truncatingIfNeeded: Self.mixed(d).multipliedFullWidth(by: UInt64(slots.count)).high)
    }

    /// Tag: the bits of another mix (independent of the slot's) above the slot's sequence bits.
    @inline(__always) private func slotTag(_ d: FastHash.Digest) -> UInt32 {
        UInt32(truncatingIfNeeded: ((d.low ^ (d.high >> 29)) &* 0xC2B2_AE3D_27D4_EB4F) >> 32) & ~sequenceMask
    }

    // MARK: - Log

    private func append(_ digest: FastHash.Digest, _ value: UInt64) {
        buffer.append(digest.high)
        buffer.append(digest.low)
        buffer.append(value)
        if buffer.count >= Self.bufferEntries * 3 { spill() }
    }

    /// Writes the buffered entries to the spill file (created on first use); keeps them in memory if it cannot.
    private func spill() {
        guard let directory = spillDirectory else { return }
        if file < 0 {
            var template = Array((directory + "/.geotone-seen-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { spillDirectory = nil; return }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            file = fd
        }
        let offset = spilled * Self.entryBytes
        let written = buffer.withUnsafeBytes { raw in
            Self.transferAll(raw.count) { done in pwrite(file, raw.baseAddress! + done, raw.count - done, off_t(offset + done)) }
        }
        guard written else { spillDirectory = nil; return }   // disk full: keep the log in memory from now on
        spilled += buffer.count / 3
        buffer.removeAll(keepingCapacity: true)
    }

    /// Log entry `seq`, from the buffer or the spill file.
    private func entry(_ seq: Int) -> (high: UInt64, low: UInt64, value: UInt64)? {
        if seq >= spilled {
            let k = (seq - spilled) * 3
            return (buffer[k], buffer[k + 1], buffer[k + 2])
        }
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &words) { Self.readFully(file, $0, offset: seq * Self.entryBytes) }
        guard ok else { readFailures += 1; return nil }
        return words
    }

    private static func readFully(_ fd: Int32, _ out: UnsafeMutableRawBufferPointer, offset: Int) -> Bool {
        transferAll(out.count) { done in pread(fd, out.baseAddress! + done, out.count - done, off_t(offset + done)) }
    }

    /// Calls `transfer(done)` (a `pread` or `pwrite` of the rest) until `count` bytes are through; false when it
    /// fails or reaches the end of the file first (an interrupted call is repeated).
    private static func transferAll(_ count: Int, _ transfer: (_ done: Int) -> Int) -> Bool {
        var done = 0
        while done < count {
            let n = transfer(done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// Grows the index by half: the old one is freed first, then every entry is placed again from the log (read in
    /// order).
    private func grow() {
        let capacity = slots.count + slots.count / 2
        slots = []
        slots = Array(repeating: 0, count: capacity)
        sequenceMask = Self.sequenceMask(capacity: capacity)
        var chunk = [UInt64](repeating: 0, count: Self.bufferEntries * 3)
        var seq = 0
        while seq < spilled {
            let n = min(Self.bufferEntries, spilled - seq)
            let ok = chunk.withUnsafeMutableBytes {
                Self.readFully(file, UnsafeMutableRawBufferPointer(rebasing: $0[0..<(n * Self.entryBytes)]), offset: seq * Self.entryBytes)
            }
            if ok {
                for k in 0..<n { place(FastHash.Digest(high: chunk[3 * k], low: chunk[3 * k + 1]), seq: seq + k) }
            } else {
                readFailures += n
            }
            seq += n
        }
        for k in 0..<(buffer.count / 3) { place(FastHash.Digest(high: buffer[3 * k], low: buffer[3 * k + 1]), seq: spilled + k) }
    }

    /// Puts entry `seq` in the first free slot of its probe sequence (entries are distinct, so no comparison).
    private func place(_ digest: FastHash.Digest, seq: Int) {
        var i = slot(digest)
        while slots[i] != 0 { i = i + 1 == slots.count ? 0 : i + 1 }
        slots[i] = slotTag(digest) | UInt32(seq + 1)
    }
}
