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

extension CSVCell {
    /// A number with fixed decimals, or an empty cell when there is none.
    public static func fixed(_ value: Double?, decimals: Int) -> CSVCell {
        value.map { .number($0, decimals: decimals) } ?? .empty
    }
}

/// Errors writing an output file.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Formats CSV rows into bytes: RFC 4180, CRLF, text cells quoted by libcsv's `csv_write` and made spreadsheet-safe
/// (a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`), numbers bare.
///
/// A value: analysis workers format their articles' rows with one of their own, and the writer only appends the bytes
/// (``CSVTableWriter/append(formatted:)``).
public struct CSVRowBuilder: Sendable {
    /// The rows formatted so far.
    public private(set) var bytes: [UInt8] = []
    private var scratch: [UInt8] = []
    private var digitScratch: [UInt8] = []
    private var cellsInRow = 0
    /// `SpreadsheetSafety.triggers` as a lookup table by first byte.
    private static let formulaTrigger: [Bool] = (0..<256).map { SpreadsheetSafety.triggers.contains(UInt8($0)) }

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Empties ``bytes``, keeping the storage.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends bytes as they are (a BOM, rows formatted elsewhere).
    public mutating func append(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Appends one row.
    public mutating func row(_ cells: [CSVCell]) {
        for cell in cells {
            separate()
            switch cell {
            case .empty: break
            case .integer(let value): appendInteger(value)
            case .number(let value, let decimals): appendFixed(value, decimals: decimals)
            case .text(let value): appendText(value)
            }
        }
        endRow()
    }

    @inline(__always) private mutating func separate() {
        if cellsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
        cellsInRow += 1
    }

    /// Appends a text cell to the current row (empty when nil).
    public mutating func cell(_ value: String?) {
        separate()
        if let value { appendText(value) }
    }

    /// Appends an integer cell to the current row.
    public mutating func cell(_ value: Int) {
        separate()
        appendInteger(value)
    }

    /// Appends a number with fixed decimals to the current row (empty when nil).
    public mutating func cell(_ value: Double?, decimals: Int) {
        separate()
        if let value { appendFixed(value, decimals: decimals) }
    }

    /// Ends the current row.
    public mutating func endRow() {
        cellsInRow = 0
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Writes `value` in decimal, without creating a String.
    private mutating func appendInteger(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumDigits: 1, decimals: 0)
    }

    /// Writes what `NumberFormatting.fixed(value, decimals:)` returns, byte for byte, without creating a String.
    private mutating func appendFixed(_ value: Double, decimals: Int) {
        guard value.isFinite else { return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled >= 9.0e15 {   // the rare wide values take the String path
            bytes.append(contentsOf: NumberFormatting.fixed(value, decimals: decimals).utf8)
            return
        }
        let integer = UInt64(scaled)
        if value < 0 && integer != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt(integer), minimumDigits: decimals + 1, decimals: decimals)
    }

    /// Writes `magnitude` with at least `minimumDigits` digits (zero-padded) and a `.` before the last `decimals`.
    private mutating func appendDigits(_ magnitude: UInt, minimumDigits: Int, decimals: Int) {
        // Filled from the end: 20 digits of a 64-bit number, a point and zero padding fit in 32 bytes.
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let minimum = min(minimumDigits, 30)
        withUnsafeMutableBytes(of: &buffer) { raw in
            let out = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var position = 32, written = 0
            var rest = magnitude
            repeat {
                if written == decimals && decimals > 0 {
                    position -= 1
                    out[position] = UInt8(ascii: ".")
                }
                position -= 1
                out[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                written += 1
            } while rest > 0 || written < minimum
            bytes.append(contentsOf: UnsafeBufferPointer(start: out + position, count: 32 - position))
        }
    }

    /// Appends a text cell holding `parts` joined by `separator` (the bytes of
    /// `cell(parts.joined(separator:))`, without making the joined String).
    public mutating func cell(joining parts: [String], separator: UInt8) {
        separate()
        var plain = true
        for part in parts {
            var text = part
            if text.withUTF8({ $0.contains(0x22) }) { plain = false; break }
        }
        guard plain else {
            appendText(parts.joined(separator: String(decoding: [separator], as: UTF8.self)))
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for (k, part) in parts.enumerated() {
            var text = part
            text.withUTF8 { source in
                if k == 0, let first = source.first, Self.formulaTrigger[Int(first)] { bytes.append(UInt8(ascii: "'")) }
                if k > 0 { bytes.append(separator) }
                bytes.append(contentsOf: source)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Quotes a text cell (spreadsheet-neutralized); text without `"` is copied directly, the rest goes through libcsv.
    private mutating func appendText(_ value: String) {
        var text = value
        let simple = text.withUTF8 { source -> Bool in
            if let base = source.baseAddress, memchr(base, 0x22, source.count) != nil { return false }
            bytes.append(UInt8(ascii: "\""))
            if let first = source.first, Self.formulaTrigger[Int(first)] { bytes.append(UInt8(ascii: "'")) }
            bytes.append(contentsOf: source)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !simple { appendQuoted(SpreadsheetSafety.neutralized(value)) }
    }

    private mutating func appendQuoted(_ value: String) {
        var text = value
        text.withUTF8 { source in
            let needed = 2 * source.count + 2
            if scratch.count < needed { scratch = [UInt8](repeating: 0, count: needed) }
            let written = scratch.withUnsafeMutableBytes { dest in
                csv_write(dest.baseAddress, dest.count, source.baseAddress, source.count)
            }
            bytes.append(contentsOf: scratch[0..<written])
        }
    }
}

/// Writes an RFC 4180 CSV (UTF-8 with BOM, CRLF) to a temporary name and renames it into place on `commit`
/// (rows formatted by a ``CSVRowBuilder``).
public final class CSVTableWriter {
    private let file: AtomicFile
    /// Unchecked exclusivity: a writer is used by one thread at a time, and every cell goes through this buffer.
    @exclusivity(unchecked) private var rows = CSVRowBuilder(capacity: CSVTableWriter.flushThreshold * 2)
    private static let flushThreshold = 1 << 16

    /// Opens `path` for writing (through a temporary sibling file) and writes the BOM and header row.
    public init(path: String, header: [String]) throws {
        file = try AtomicFile(path: path)
        rows.append(raw: [0xEF, 0xBB, 0xBF])
        try writeRow(header.map { .text($0) })
    }

    /// Appends one row.
    public func writeRow(_ cells: [CSVCell]) throws {
        rows.row(cells)
        try flushIfFull()
    }

    // MARK: Cell by cell (no array of cells per row)

    /// Appends a text cell to the current row (empty when nil).
    public func cell(_ value: String?) { rows.cell(value) }

    /// Appends an integer cell to the current row.
    public func cell(_ value: Int) { rows.cell(value) }

    /// Appends a number with fixed decimals to the current row (empty when nil).
    public func cell(_ value: Double?, decimals: Int) { rows.cell(value, decimals: decimals) }

    /// Ends the current row (same bytes as ``writeRow(_:)`` with the same cells).
    public func endRow() throws {
        rows.endRow()
        try flushIfFull()
    }

    /// Appends whole rows formatted by a ``CSVRowBuilder``.
    public func append(formatted: [UInt8]) throws {
        rows.append(raw: formatted)
        try flushIfFull()
    }

    private func flushIfFull() throws {
        if rows.bytes.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        try file.write(rows.bytes)
        rows.removeAll()
    }

    /// The final path.
    public var path: String { file.path }

    /// Flushes what is buffered and returns the size and content hash of the complete file (call after the last row).
    public func finish() throws -> (bytes: Int, hash: String) {
        try flush()
        return (file.bytesWritten, file.contentHash.finalize())
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        try file.commit()
    }
}
