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
        let text = String(decoding: bytes, as: UTF8.self)
        var rows: [(Int, [String])] = []
        var sawHeader = false
        for (line, raw) in DataLine.numberedLines(text) {
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map { DataLine.trimmed($0) }
            if !sawHeader {
                sawHeader = true
                if fields != columns {
                    problems.append(DataProblem(path: path, line: line, message:
                        "header must be '\(columns.joined(separator: "\\t"))', found '\(fields.joined(separator: "\\t"))'"))
                    return TSVTable(path: path, bytes: bytes, rows: [])
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
        if !sawHeader { problems.append(DataProblem(path: path, line: 0, message: "empty file, header missing")) }
        return TSVTable(path: path, bytes: bytes, rows: rows)
    }
}
