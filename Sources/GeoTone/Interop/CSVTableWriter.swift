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

/// Writes an RFC 4180 CSV (UTF-8 with BOM, CRLF) to a temporary name and renames it into place on `commit`.
///
/// Text cells go through libcsv's `csv_write`; a text cell starting with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading `'` so that no spreadsheet evaluates it as a formula.
public final class CSVTableWriter {
    private let file: AtomicFile
    private var buffer: [UInt8] = []
    private var scratch: [UInt8] = []
    private var digitScratch: [UInt8] = []
    private static let flushThreshold = 1 << 16
    /// `SpreadsheetSafety.triggers` as a lookup table by first byte.
    private static let formulaTrigger: [Bool] = (0..<256).map { SpreadsheetSafety.triggers.contains(UInt8($0)) }

    /// Opens `path` for writing (through a temporary sibling file) and writes the BOM and header row.
    public init(path: String, header: [String]) throws {
        file = try AtomicFile(path: path)
        buffer.reserveCapacity(Self.flushThreshold * 2)
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
        try writeRow(header.map { .text($0) })
    }

    /// Appends one row.
    public func writeRow(_ cells: [CSVCell]) throws {
        for cell in cells {
            separate()
            switch cell {
            case .empty: break
            case .integer(let value): appendInteger(value)
            case .number(let value, let decimals): appendFixed(value, decimals: decimals)
            case .text(let value): appendText(value)
            }
        }
        try endRow()
    }

    // MARK: Cell by cell (the per-article tables: no array of cells per row)

    private var cellsInRow = 0

    @inline(__always) private func separate() {
        if cellsInRow > 0 { buffer.append(UInt8(ascii: ",")) }
        cellsInRow += 1
    }

    /// Appends a text cell to the current row (empty when nil).
    public func cell(_ value: String?) {
        separate()
        if let value { appendText(value) }
    }

    /// Appends an integer cell to the current row.
    public func cell(_ value: Int) {
        separate()
        appendInteger(value)
    }

    /// Appends a number with fixed decimals to the current row (empty when nil).
    public func cell(_ value: Double?, decimals: Int) {
        separate()
        if let value { appendFixed(value, decimals: decimals) }
    }

    /// Ends the current row (same bytes as ``writeRow(_:)`` with the same cells).
    public func endRow() throws {
        cellsInRow = 0
        buffer.append(contentsOf: [0x0D, 0x0A])
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes `value` in decimal, without creating a String.
    private func appendInteger(_ value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumDigits: 1, decimals: 0)
    }

    /// Writes what `NumberFormatting.fixed(value, decimals:)` returns, byte for byte, without creating a String.
    private func appendFixed(_ value: Double, decimals: Int) {
        guard value.isFinite else { return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled >= 9.0e15 {   // the rare wide values take the String path
            buffer.append(contentsOf: NumberFormatting.fixed(value, decimals: decimals).utf8)
            return
        }
        let integer = UInt64(scaled)
        if value < 0 && integer != 0 { buffer.append(UInt8(ascii: "-")) }
        appendDigits(UInt(integer), minimumDigits: decimals + 1, decimals: decimals)
    }

    /// Writes `magnitude` with at least `minimumDigits` digits (zero-padded) and a `.` before the last `decimals`.
    private func appendDigits(_ magnitude: UInt, minimumDigits: Int, decimals: Int) {
        var digits: [UInt8] = []
        swap(&digits, &digitScratch)
        defer { swap(&digits, &digitScratch) }
        digits.removeAll(keepingCapacity: true)
        var rest = magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        while digits.count < minimumDigits { digits.append(UInt8(ascii: "0")) }
        for i in stride(from: digits.count - 1, through: 0, by: -1) {
            buffer.append(digits[i])
            if i == decimals && decimals > 0 { buffer.append(UInt8(ascii: ".")) }
        }
    }

    /// Quotes a text cell (spreadsheet-neutralized); text without `"` is copied directly, the rest goes through libcsv.
    private func appendText(_ value: String) {
        var text = value
        let simple = text.withUTF8 { source -> Bool in
            if let base = source.baseAddress, memchr(base, 0x22, source.count) != nil { return false }
            buffer.append(UInt8(ascii: "\""))
            if let first = source.first, Self.formulaTrigger[Int(first)] { buffer.append(UInt8(ascii: "'")) }
            buffer.append(contentsOf: source)
            buffer.append(UInt8(ascii: "\""))
            return true
        }
        if !simple { appendQuoted(SpreadsheetSafety.neutralized(value)) }
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
