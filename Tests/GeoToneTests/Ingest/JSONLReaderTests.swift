import Testing
@testable import GeoTone

@Suite struct JSONLReaderTests {
    @Test func readsFieldsAndReportsBadLinesWithTheirNumbers() throws {
        let text = """
        {"id":"a1","title":"T","text":"France and Spain","date":"2024-02-03","source":"wire","url":"http://x.invalid/1","dateline":"PARIS, Feb 3 (AFP) -"}
        {"text":"no id here"}

        {broken
        {"title":"no text"}
        {"text":"   "}
        {"text":"bad date","date":"Feb 3"}\r
        """
        let (articles, diagnostics) = IngestTestSupport.read(text, name: "f.jsonl")
        #expect(articles.map(\.line) == [1, 2, 7])
        let a = articles[0]
        #expect(a.id == "a1")
        #expect(a.title == "T")
        #expect(a.date == "2024-02-03")
        #expect(a.dateSource == .field)
        #expect(a.source == "wire")
        #expect(a.url == "http://x.invalid/1")
        #expect(a.datelinePlace == "PARIS")
        #expect(a.agency == "AFP")
        #expect(articles[1].id == "f.jsonl:2" || articles[1].id.hasSuffix("f.jsonl:2"))
        #expect(articles[2].date == nil)
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["4:malformed-json", "5:missing-text", "6:empty-article", "7:invalid-date"])
    }

    @Test func invalidUTF8AndNULAreRepairedAndReported() throws {
        // 0x81 is not Windows-1252 either, so the file stays UTF-8 with a replacement.
        let bytes = Array(#"{"text":"Peru "#.utf8) + [0x81] + Array(#" ok"}"#.utf8) + [0x0A]
            + Array(#"{"text":"Chile"#.utf8) + [0] + Array(#" ok"}"#.utf8) + [0x0A]
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "u.jsonl")
        #expect(articles.count == 2)
        #expect(articles[0].body == "Peru \u{FFFD} ok")
        #expect(articles[1].body == "Chile  ok")
        #expect(diagnostics.map { "\($0.line):\($0.code)" } == ["1:invalid-utf8", "2:nul-bytes"])
    }

    @Test func depthCapIsAnOption() {
        let line = #"{"text":"Peru","x":"# + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "}\n"
        #expect(IngestTestSupport.read(line, name: "d.jsonl").articles.count == 1)
        let capped = IngestTestSupport.read(line, name: "d.jsonl", options: IngestOptions(maxJSONDepth: 5))
        #expect(capped.articles.isEmpty)
        #expect(capped.diagnostics.map(\.code) == ["malformed-json"])
        #expect(IngestOptions().maxJSONDepth == IngestOptions.defaultMaxJSONDepth)
    }

    @Test func longTextIsCutAndOverlongLineSkipped() throws {
        let options = IngestOptions(maxArticleBytes: 100)
        let cut = IngestTestSupport.read(#"{"text":""# + String(repeating: "a", count: 150) + "\"}\n" + #"{"text":"Peru"}"#,
                                         name: "l.jsonl", options: options)
        #expect(cut.articles.map(\.body.utf8.count) == [100, 4])
        #expect(cut.diagnostics.map { "\($0.line):\($0.code)" } == ["1:article-too-long"])
        let skipped = IngestTestSupport.read(#"{"text":""# + String(repeating: "a", count: 70_000) + "\"}\n" + #"{"text":"Peru"}"#,
                                             name: "l.jsonl", options: options)
        #expect(skipped.articles.map(\.line) == [2])
        #expect(skipped.diagnostics.map { "\($0.line):\($0.code)" } == ["1:line-too-long"])
    }

    @Test func utf16JSONL() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "{\"text\":\"Perú\"}\n{\"text\":\"Chile\"}\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (articles, diagnostics) = IngestTestSupport.read(bytes, name: "w.jsonl")
        #expect(articles.map(\.body) == ["Perú", "Chile"])
        #expect(diagnostics.map(\.code) == ["utf16"])
    }

    @Test func linesSplitAcrossChunks() {
        // Articles straddling the 1 MiB read size keep their line numbers.
        let filler = #"{"text":""# + String(repeating: "b", count: FileBytes.chunkSize - 20) + "\"}\n"
        let (articles, diagnostics) = IngestTestSupport.read(filler + #"{"text":"Peru"}"# + "\n" + #"{"text":"Chile"}"#, name: "c.jsonl",
                                                             options: IngestOptions(maxArticleBytes: 2 * FileBytes.chunkSize))
        #expect(articles.map(\.line) == [1, 2, 3])
        #expect(diagnostics.isEmpty)
    }
}
