import CCSV
#if canImport(Glibc)
import Glibc
#endif

/// One cell of an output table: text is quoted by libcsv and made spreadsheet-safe; numbers are written bare.
public enum CSVCell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double, decimals: Int)
    case empty
}

/// Errors writing an output file.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Writes an RFC 4180 CSV (UTF-8 with BOM, CRLF) to a temporary name and renames it into place on `commit`.
///
/// Text cells go through libcsv's `csv_write`; a text cell starting with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading `'` so that no spreadsheet evaluates it as a formula.
public final class CSVTableWriter {
    private let file: AtomicFile
    private var buffer: [UInt8] = []
    private var scratch: [UInt8] = []
    private static let flushThreshold = 1 << 16

    /// Opens `path` for writing (through a temporary sibling file) and writes the BOM and header row.
    public init(path: String, header: [String]) throws {
        file = try AtomicFile(path: path)
        buffer.reserveCapacity(Self.flushThreshold * 2)
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
        try writeRow(header.map { .text($0) })
    }

    /// Appends one row.
    public func writeRow(_ cells: [CSVCell]) throws {
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            switch cell {
            case .empty: break
            case .integer(let value): buffer.append(contentsOf: String(value).utf8)
            case .number(let value, let decimals): buffer.append(contentsOf: NumberFormatting.fixed(value, decimals: decimals).utf8)
            case .text(let value): appendQuoted(SpreadsheetSafety.neutralized(value))
            }
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func appendQuoted(_ value: String) {
        var text = value
        text.withUTF8 { source in
            let needed = 2 * source.count + 2
            if scratch.count < needed { scratch = [UInt8](repeating: 0, count: needed) }
            let written = scratch.withUnsafeMutableBytes { dest in
                csv_write(dest.baseAddress, dest.count, source.baseAddress, source.count)
            }
            buffer.append(contentsOf: scratch[0..<written])
        }
    }

    private func flush() throws {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        try file.commit()
    }
}
