import Testing
@testable import GeoTone

@Suite struct CSVReaderTests {
    @Test func readsHeaderColumnsAndRecordLines() throws {
        let text = "ID,Title,Body,Date,Extra\n1,\"A, b\",\"multi\nline \"\"quoted\"\" France\",2024-02-03,x\n2,B,Spain,,y\n"
        let (articles, diagnostics) = IngestTestSupport.read(text, name: "a.csv")
        #expect(articles.map(\.line) == [2, 4])
        #expect(articles[0].title == "A, b")
        #expect(articles[0].body == "multi\nline \"quoted\" France")
        #expect(articles[0].date == "2024-02-03")
        #expect(articles[1].body == "Spain")
        #expect(diagnostics.isEmpty)
    }

    @Test func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,text\r\n1,France\r\n2,\"Spain\r\nand Peru\"\r\n".utf8)
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "b.csv")
        #expect(articles.map(\.id) == ["1", "2"])
        #expect(articles.map(\.line) == [2, 3])
        #expect(articles[1].body == "Spain\r\nand Peru")
        #expect(diagnostics.isEmpty)
    }

    @Test func wrongWidthRowsAreReportedAndKept() {
        let (articles, diagnostics) = IngestTestSupport.read("id,title,text\n1,a,France\n2,b\n3,c,Italy,extra\n", name: "w.csv")
        // Row 2 has a title and no text: a title-only article, kept and noted.
        #expect(articles.map(\.id) == ["1", "2", "3"])
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["3:row-width", "3:title-only", "4:row-width"])
    }

    @Test func strayQuoteSkipsOneRecordAndResumes() {
        let text = "id,text\n1,\"France\"\n2,\"stray quote\n3,Spain\n4,\"Italy, ok\"\n"
        let (articles, diagnostics) = IngestTestSupport.read(text, name: "q.csv")
        #expect(articles.map(\.id) == ["1", "3", "4"])
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["3:malformed-csv"])
    }

    @Test func unterminatedQuoteAtEndResumes() {
        let (articles, diagnostics) = IngestTestSupport.read("id,text\n1,\"never closed\n2,Chile\n3,Peru", name: "e.csv")
        #expect(articles.map(\.id) == ["2", "3"])
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["2:malformed-csv"])
    }

    @Test func quoteInsideUnquotedFieldIsMalformed() {
        let (articles, diagnostics) = IngestTestSupport.read("id,text\n1,ab\"c\n2,Peru\n", name: "m.csv")
        #expect(articles.map(\.id) == ["2"])
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["2:malformed-csv"])
    }

    @Test func missingHeaderOrTextColumn() {
        let noText = IngestTestSupport.read("id,title\n1,a\n", name: "n.csv")
        #expect(noText.articles.isEmpty)
        #expect(noText.diagnostics.map(\.code) == ["missing-text-column"])
        let blank = IngestTestSupport.read("\n\n", name: "blank.csv")
        #expect(blank.diagnostics.map(\.code) == ["missing-header"])
    }

    @Test func fieldCapCutsAndRecordCapSkips() throws {
        let options = IngestOptions(maxArticleBytes: 1000, maxCSVFieldBytes: 100)
        let cut = IngestTestSupport.read("id,text\n1,\"" + String(repeating: "a", count: 150) + "\"\n2,Peru\n", name: "c.csv", options: options)
        #expect(cut.articles.map(\.body.utf8.count) == [100, 4])
        #expect(cut.diagnostics.map { "\($0.line):\($0.code)" } == ["2:field-too-long"])
        // A record beyond 2 × cap + 64 KiB is skipped without being buffered whole; the next one is read.
        let huge = String(repeating: "a\n", count: 50_000)
        let skipped = IngestTestSupport.read("id,text\n1,\"" + huge + "\"\n2,Peru\n", name: "s.csv", options: options)
        #expect(skipped.articles.map(\.id) == ["2"])
        #expect(skipped.articles.first?.line == 50_003)
        #expect(skipped.diagnostics.map { "\($0.line):\($0.code)" } == ["2:malformed-csv"])
        #expect(IngestOptions(maxArticleBytes: 77).maxCSVFieldBytes == 77)
    }

    @Test func tsvUsesTabs() {
        let (articles, _) = IngestTestSupport.read("id\ttext\n1\tFrance, Spain\n", name: "t.tsv")
        #expect(articles.map(\.body) == ["France, Spain"])
    }
}
