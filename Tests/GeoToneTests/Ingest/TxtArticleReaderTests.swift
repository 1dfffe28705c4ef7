import Testing
@testable import GeoTone

@Suite struct TxtArticleReaderTests {
    static let wire = """
    World

    Kazakhstan and EU agree on raw materials

    Astana, Feb 28 (EFE).- Kazakhstan and the European Union signed a deal on Tuesday.

    The agreement covers lithium. EFE

    kk-mos/sc

    Related Articles
    """

    @Test func splitsHeadlineDatelineBodyAndSignature() throws {
        let (articles, diagnostics) = IngestTestSupport.read(Self.wire, name: "a.txt")
        let a = try #require(articles.first)
        #expect(a.title == "Kazakhstan and EU agree on raw materials")
        #expect(a.body == "Kazakhstan and the European Union signed a deal on Tuesday.\n\nThe agreement covers lithium.")
        #expect(a.datelinePlace == "Astana")
        #expect(a.agency == "EFE")
        #expect(a.date == "2024-02-28")
        #expect(a.dateSource == .datelineDefaultYear)
        #expect(a.id == "a.txt" || a.id.hasSuffix("/a.txt"))
        #expect(diagnostics.isEmpty)
    }

    @Test func fileYearOnlyWhenAsked() throws {
        var options = IngestOptions()
        var diagnostics: [Diagnostic] = []
        let silent = try #require(TxtArticleReader(furniture: [], options: options)
            .parse(text: "T\n\nLima, 3 March - Peru grew.", path: "p.txt", fileYear: 2021) { diagnostics.append($0) })
        #expect(silent.date == nil && silent.dateSource == .none)
        #expect(diagnostics.map(\.code) == ["dateline-without-year"])
        options.dateFromFileTime = true
        let a = try #require(TxtArticleReader(furniture: [], options: options)
            .parse(text: "T\n\nLima, 3 March - Peru grew.", path: "p.txt", fileYear: 2021) { _ in })
        #expect(a.date == "2021-03-03")
        #expect(a.dateSource == .datelineFileYear)
    }

    @Test func impossibleDatelineDateIsReported() throws {
        var diagnostics: [Diagnostic] = []
        let reader = TxtArticleReader(furniture: [], options: IngestOptions(defaultYear: 2023))
        let a = try #require(reader.parse(text: "T\n\nLima, Feb 30 - Peru grew.", path: "p.txt", fileYear: nil) { diagnostics.append($0) })
        #expect(a.date == nil)
        #expect(diagnostics.map(\.code) == ["invalid-date"])
    }

    @Test func noDatelineGivesInfoAndKeepsText() throws {
        let (articles, diagnostics) = IngestTestSupport.read("Headline here\n\nFrance and Spain talked.\n", name: "b.txt")
        let a = try #require(articles.first)
        #expect(a.title == "Headline here")
        #expect(a.body == "France and Spain talked.")
        #expect(a.date == nil)
        #expect(diagnostics.map(\.code) == ["no-dateline"])
    }

    @Test func onlyFurnitureIsEmpty() {
        let (articles, diagnostics) = IngestTestSupport.read("Related Articles\n\nkk-mos/sc\n", name: "c.txt")
        #expect(articles.isEmpty)
        #expect(diagnostics.map(\.code) == ["empty-article"])
    }

    @Test func emptyFileIsReported() {
        let (articles, diagnostics) = IngestTestSupport.read([], name: "empty.txt")
        #expect(articles.isEmpty)
        #expect(diagnostics.map(\.code) == ["empty-file"])
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsLine() throws {
        // 0x81 is not Windows-1252 either, so the file stays UTF-8 with a replacement.
        let bytes = Array("T\n\nParis, Feb 3 - France\n".utf8) + [0x81, 0xC3] + Array(" ok.\n".utf8)
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "bad.txt")
        #expect(try #require(articles.first).body.contains("\u{FFFD}"))
        let d = try #require(diagnostics.first { $0.code == "invalid-utf8" })
        #expect(d.line == 4)
    }

    @Test func nulBytesAreBlanked() throws {
        let bytes = Array("T\n\nParis, Feb 3 - France".utf8) + [0] + Array(" and Spain.\n".utf8)
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "nul.txt")
        #expect(try #require(articles.first).body == "France  and Spain.")
        #expect(diagnostics.first { $0.code == "nul-bytes" }?.line == 3)
    }

    @Test func binaryFileIsSkipped() {
        let (articles, diagnostics) = IngestTestSupport.read([UInt8](repeating: 1, count: 100), name: "bin.txt")
        #expect(articles.isEmpty)
        #expect(diagnostics.map(\.code) == ["binary-file"])
    }

    @Test(arguments: [false, true]) func utf16WithBOM(_ bigEndian: Bool) throws {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in "T\n\nBerlin, Feb 3 - Müller met Poland.\n".utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            bytes += bigEndian ? [hi, lo] : [lo, hi]
        }
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "u16.txt")
        #expect(try #require(articles.first).body == "Müller met Poland.")
        #expect(diagnostics.map(\.code) == ["utf16"])
    }

    @Test func utf8BOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("T\r\n\r\nLima, Feb 3 - Peru grew.\r\n".utf8)
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "crlf.txt")
        let a = try #require(articles.first)
        #expect(a.title == "T")
        #expect(a.body == "Peru grew.")
        #expect(diagnostics.isEmpty)
    }

    @Test func longArticleIsCutAtTheLimitWithOneDiagnostic() throws {
        let options = IngestOptions(defaultYear: 2024, maxArticleBytes: 1000)
        let text = "T\n\nLima, Feb 3 - " + String(repeating: "é", count: 3000) + "\n"
        let (articles, diagnostics) = IngestTestSupport.read(text, name: "long.txt", options: options)
        let body = try #require(articles.first).body
        #expect(body.utf8.count <= 1000 && body.utf8.count >= 998)
        #expect(body.allSatisfy { $0 == "é" })
        #expect(diagnostics.map(\.code) == ["article-too-long"])
    }

    @Test func truncateNeverSplitsACharacter() {
        #expect(TxtArticleReader.truncate("aé", toBytes: 2) == "a")
        #expect(TxtArticleReader.truncate("a😀", toBytes: 4) == "a")
        #expect(TxtArticleReader.truncate("a😀", toBytes: 5) == "a😀")
        #expect(TxtArticleReader.truncate("abc", toBytes: 0) == "")
    }
}
