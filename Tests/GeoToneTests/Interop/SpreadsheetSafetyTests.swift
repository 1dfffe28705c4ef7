import Testing
@testable import GeoTone

@Suite struct SpreadsheetSafetyTests {
    @Test(arguments: ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", #"=HYPERLINK("http://example.invalid","x")"#])
    func formulaTriggersGetAQuote(_ value: String) {
        #expect(SpreadsheetSafety.neutralized(value) == "'" + value)
    }

    @Test(arguments: ["", "France", " =1", "'=1", "Ünïcode", "1.5", "a=b"])
    func otherTextIsUnchanged(_ value: String) {
        #expect(SpreadsheetSafety.neutralized(value) == value)
    }

    @Test func tableWriterQuotesTextAndLeavesNumbersBare() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let writer = try CSVTableWriter(path: dir + "/t.csv", header: ["title", "n", "x", "e"])
        try writer.writeRow([.text("=cmd|' /C calc'!A0"), .integer(-3), .number(-0.25, decimals: 2), .empty])
        try writer.writeRow([.text("a \"q\", b\nc"), .integer(0), .number(1.0 / 3.0, decimals: 4), .text("-")])
        try writer.commit()
        let (bytes, _) = try FileBytes.read(path: dir + "/t.csv")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "\"title\",\"n\",\"x\",\"e\"\r\n\"'=cmd|' /C calc'!A0\",-3,-0.25,\r\n\"a \"\"q\"\", b\nc\",0,0.3333,\"'-\"\r\n")
    }
}
