import Dispatch

/// One worker's work on a line of a line tool: append its output line (with the line feed) to `out`.
protocol LineTransform {
    mutating func transform(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8])
}

/// The line tools' loop (`geotone score`, `geotone countries`): blocks of whole lines read from a descriptor,
/// each block cut at line boundaries into one contiguous share per worker, the shares transformed at the same
/// time, their outputs written in input order. Memory is a few blocks whatever the input's size.
enum LineStream {
    static func run<T: LineTransform>(_ workers: inout [T], input: Int32, output: Int32,
                                      blockSize: Int = 1 << 22) throws {
        var reader = LineBlockReader(fd: input, blockSize: blockSize)
        var outputs = Array(repeating: [UInt8](), count: workers.count)
        while let block = try reader.next() {
            let shares = Self.shares(of: block, count: workers.count)
            block.withUnsafeBufferPointer { bytes in
                workers.withUnsafeMutableBufferPointer { workers in
                    outputs.withUnsafeMutableBufferPointer { outputs in
                        // Each task touches only its own worker, output and share of the block.
                        nonisolated(unsafe) let bytes = bytes, workers = workers, outputs = outputs
                        DispatchQueue.concurrentPerform(iterations: shares.count) { k in
                            outputs[k].removeAll(keepingCapacity: true)
                            Self.transformLines(bytes, in: shares[k], with: &workers[k], into: &outputs[k])
                        }
                    }
                }
            }
            for k in 0..<shares.count { try DescriptorWriter.write(outputs[k], to: output) }
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
            if UTF8Validation.isValid(line) {
                worker.transform(line, into: &out)
            } else {
                var repaired = String(decoding: line, as: UTF8.self)
                repaired.withUTF8 { worker.transform($0, into: &out) }
            }
            start = end + 1
        }
    }
}
