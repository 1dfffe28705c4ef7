import Dispatch
import Synchronization

/// One worker's work on a line of a line tool: append its output line (with the line feed) to `out`.
protocol LineTransform {
    mutating func transform(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8])
}

/// The line tools' loop (`geotone score`, `geotone countries`): blocks of whole lines read from a descriptor,
/// each block cut at line boundaries into pieces that the workers take in turn (a worker that finishes early takes
/// the next piece, so an uneven block does not leave a core idle), the pieces' outputs written in input order. The
/// next block is read while the workers transform the current one. Memory is a few blocks whatever the input's size.
enum LineStream {
    /// Pieces per worker in a block.
    static let piecesPerWorker = 8

    static func run<T: LineTransform>(_ workers: inout [T], input: Int32, output: Int32,
                                      blockSize: Int = 1 << 22) throws {
        let prefetch = BlockPrefetch(LineBlockReader(fd: input, blockSize: blockSize))
        var block = try prefetch.reader.next()
        let pieceCount = max(1, workers.count * piecesPerWorker)
        var outputs = Array(repeating: [UInt8](), count: pieceCount)
        while let current = block {
            prefetch.start()
            let shares = Self.shares(of: current, count: pieceCount)
            let taken = PieceCounter()
            current.withUnsafeBufferPointer { bytes in
                workers.withUnsafeMutableBufferPointer { workers in
                    outputs.withUnsafeMutableBufferPointer { outputs in
                        // Each worker touches only its own state and the outputs of the pieces it took.
                        nonisolated(unsafe) let bytes = bytes, workers = workers, outputs = outputs
                        DispatchQueue.concurrentPerform(iterations: workers.count) { k in
                            while true {
                                let p = taken.next.wrappingAdd(1, ordering: .relaxed).oldValue
                                guard p < shares.count else { break }
                                outputs[p].removeAll(keepingCapacity: true)
                                Self.transformLines(bytes, in: shares[p], with: &workers[k], into: &outputs[p])
                            }
                        }
                    }
                }
            }
            for p in 0..<shares.count { try DescriptorWriter.write(outputs[p], to: output) }
            block = try prefetch.finish()
        }
    }

    /// Up to `count` contiguous ranges of `block` of about equal size, each ending after a line feed (the last
    /// at the block's end).
    static func shares(of block: [UInt8], count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for k in 1...count where start < block.count {
            var end = k == count ? block.count : max(start, block.count * k / count)
            while end < block.count && (end == 0 || block[end - 1] != 0x0A) { end += 1 }
            if end > start { ranges.append(start..<end) }
            start = end
        }
        return ranges
    }

    /// Transforms every line of `bytes[range]`; a line's "\r\n" ending counts as its line feed, and a line that is
    /// not valid UTF-8 is repaired (U+FFFD for each bad sequence) as `readLine` repairs it.
    static func transformLines<T: LineTransform>(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                                                 with worker: inout T, into out: inout [UInt8]) {
        let share = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
        var start = range.lowerBound
        while start < range.upperBound {
            let end = ByteSearch.firstIndex(of: 0x0A, in: share, from: start) ?? range.upperBound
            var stop = end
            if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
            if UTF8Check.isValid(line) {
                worker.transform(line, into: &out)
            } else {
                var repaired = String(decoding: line, as: UTF8.self)
                repaired.withUTF8 { worker.transform($0, into: &out) }
            }
            start = end + 1
        }
    }
}

/// The next block of a ``LineStream``, read on another thread while the current one is transformed.
// @unchecked: `reader` and `result` are touched by one thread at a time: the reading task between `start()` and the
// end of its work, the caller otherwise (`finish()` waits for the task first).
private final class BlockPrefetch: @unchecked Sendable {
    var reader: LineBlockReader
    private var result: Result<[UInt8]?, FileReadError> = .success(nil)
    private let done = DispatchGroup()
    private static let queue = DispatchQueue(label: "geotone.lines.read")

    init(_ reader: LineBlockReader) { self.reader = reader }

    /// Starts reading the next block.
    func start() {
        done.enter()
        Self.queue.async {
            self.result = Result { () throws(FileReadError) in try self.reader.next() }
            self.done.leave()
        }
    }

    /// The block started by ``start()`` (nil at the end of the input).
    func finish() throws(FileReadError) -> [UInt8]? {
        done.wait()
        return try result.get()
    }
}

/// Which piece of a block the next free worker takes.
private final class PieceCounter: Sendable {
    let next = Atomic<Int>(0)
}
