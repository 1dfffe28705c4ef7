#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A small tab-separated data file with a header row, read for validation (not a hot path).
struct TSVTable {
    /// Path of the file.
    let path: String
    /// The raw bytes, for the checksum.
    let bytes: [UInt8]
    /// Data rows with their 1-based line numbers; every row has exactly the header's columns.
    let rows: [(line: Int, fields: [String])]

    /// Reads `directory/name`, checking that the header is exactly `columns`. Blank lines and
    /// lines starting with `#` are skipped. Bad rows are reported to `problems` and left out.
    static func read(directory: String, name: String, columns: [String],
                     problems: inout [DataProblem]) throws -> TSVTable {
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DetectionError.unreadable(path: path)
        }
        let bytes = [UInt8](data)
        var rows: [(Int, [String])] = []
        var sawHeader = false
        var headerProblem: DataProblem?
        // Lines and fields are cut on bytes (a line feed, a tab), not on Characters: the files have thousands of
        // lines in other scripts, and Character-wise splitting made reading them a visible part of every run's
        // start-up. A final carriage return of a line is dropped; fields lose surrounding spaces, tabs and CRs.
        // The fields are made from a borrowed buffer (slices of the array went through the generic path).
        bytes.withUnsafeBufferPointer { p in
            var line = 0
            var start = 0
            var fields: [String] = []
            while start < p.count {
                line += 1
                var end = start
                while end < p.count && p[end] != 0x0A { end += 1 }
                let next = end + 1
                if end > start && p[end - 1] == 0x0D { end -= 1 }
                defer { start = next }
                if end == start || p[start] == UInt8(ascii: "#") { continue }
                fields.removeAll(keepingCapacity: true)
                fields.reserveCapacity(columns.count)
                var f = start
                while true {
                    var e = f
                    while e < end && p[e] != 0x09 { e += 1 }
                    var lo = f, hi = e
                    while lo < hi && Self.isBlank(p[lo]) { lo += 1 }
                    while hi > lo && Self.isBlank(p[hi - 1]) { hi -= 1 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: p[lo..<hi]), as: UTF8.self))
                    if e >= end { break }
                    f = e + 1
                }
                if !sawHeader {
                    sawHeader = true
                    if fields != columns {
                        headerProblem = DataProblem(path: path, line: line, message:
                            "header must be '\(columns.joined(separator: "\\t"))', found '\(fields.joined(separator: "\\t"))'")
                        return
                    }
                    continue
                }
                if fields.count != columns.count {
                    problems.append(DataProblem(path: path, line: line, message:
                        "expected \(columns.count) columns (\(columns.joined(separator: ", "))), found \(fields.count)"))
                    continue
                }
                rows.append((line, fields))
            }
        }
        if let headerProblem {
            problems.append(headerProblem)
            return TSVTable(path: path, bytes: bytes, rows: [])
        }
        if !sawHeader { problems.append(DataProblem(path: path, line: 0, message: "empty file, header missing")) }
        return TSVTable(path: path, bytes: bytes, rows: rows)
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
}
