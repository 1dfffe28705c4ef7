import Foundation
import Testing
@testable import GeoTone
import GeoToneTestSupport

@Suite struct CSVTableWriterTests {
    /// Writes one row and returns the file's second line (after the BOM and header), without CRLF.
    func written(_ cells: [CSVCell]) throws -> String {
        let path = TestScratch.path("geotone-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try CSVTableWriter(path: path, header: cells.indices.map { "c\($0)" })
        try writer.writeRow(cells)
        try writer.commit()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return String(text.split(separator: "\r\n", omittingEmptySubsequences: false)[1])
    }

    @Test func numbersMatchNumberFormattingByteForByte() throws {
        let values: [Double] = [0, -0.0, 1, -1, 0.5, -0.5, 0.00005, -0.00005, 0.00004999, 0.12345, -0.98765, 1.0049999,
                                123456.789, -42, 7.25, 9.0e14, 1e-12, 0.0625, .infinity, .nan, 2.5e15, -1.0e16]
        for decimals in 0...6 {
            let cells = values.map { CSVCell.number($0, decimals: decimals) }
            let expected = values.map { NumberFormatting.fixed($0, decimals: decimals) }.joined(separator: ",")
            #expect(try written(cells) == expected, "decimals \(decimals)")
        }
    }

    @Test func integersAreWrittenInDecimal() throws {
        #expect(try written([.integer(0), .integer(-17), .integer(Int.max), .integer(Int.min)])
            == "0,-17,\(Int.max),\(Int.min)")
    }

    @Test func textIsQuotedAndFormulasNeutralized() throws {
        #expect(try written([.text("plain"), .text("say \"hi\""), .text("=SUM(A1)"), .text("-3"), .text(""), .empty,
                             .text("日本語, 🎉")])
            == "\"plain\",\"say \"\"hi\"\"\",\"'=SUM(A1)\",\"'-3\",\"\",,\"日本語, 🎉\"")
    }

    /// The cell-by-cell API (used for the per-article tables) writes exactly what `writeRow` writes.
    @Test func cellByCellEqualsWriteRow() throws {
        let rows: [[CSVCell]] = [
            [.text("a-1"), .integer(-3), .number(0.12345, decimals: 4), .empty, .text("=x"), .text("say \"hi\""), .text("")],
            [.empty, .empty, .number(-0.00005, decimals: 3), .integer(0), .text("日本語"), .empty, .text(",")],
        ]
        let dir = try TestScratch.makeDirectory("geotone-csv-cells")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let header = rows[0].indices.map { "c\($0)" }
        let byRow = try CSVTableWriter(path: dir + "/rows.csv", header: header)
        let byCell = try CSVTableWriter(path: dir + "/cells.csv", header: header)
        for row in rows {
            try byRow.writeRow(row)
            for cell in row {
                switch cell {
                case .empty: byCell.cell(nil as String?)
                case .integer(let v): byCell.cell(v)
                case .number(let v, let d): byCell.cell(v, decimals: d)
                case .text(let v): byCell.cell(v)
                }
            }
            try byCell.endRow()
        }
        try byRow.commit()
        try byCell.commit()
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/rows.csv"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/cells.csv"))
        #expect(a == b)
        #expect(a.count > 60)
    }
}
