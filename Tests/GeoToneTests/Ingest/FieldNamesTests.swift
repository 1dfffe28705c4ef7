import Testing
@testable import GeoTone

/// Field and column names found from `Datasets/ingest/fields.tsv`, case-insensitively, and the field options.
@Suite struct FieldNamesTests {
    static let listPath = TestPaths.packageRoot + "/Datasets/ingest/fields.tsv"

    /// Reader options with the project's field list and `overrides` applied.
    static func options(_ overrides: [(FieldNames.Role, [String])] = [], configure: (inout IngestOptions) -> Void = { _ in }) throws -> IngestOptions {
        var names = try FieldNames.load(path: listPath)
        for (role, list) in overrides { names.override(role, with: list) }
        var options = IngestOptions(defaultYear: 2024)
        options.fields = names
        configure(&options)
        return options
    }

    /// `RecordFields` keeps one inline slot per field.
    @Test func nineFields() { #expect(FieldNames.Role.allCases.count == 9) }

    /// Names longer than the packed keys are still found, in any case.
    @Test func longNamesAreFound() throws {
        var f = FieldNames.roleNames
        f.override(.text, with: ["the_very_long_article_body_field"])
        var found: [FieldNames.Entry] = []
        var key = "The_Very_Long_Article_Body_Field"
        key.withUTF8 { f.forEachEntry(for: $0) { found.append($0) } }
        #expect(found == [FieldNames.Entry(role: .text, rank: 0)])
    }

    @Test func theListHoldsTheDocumentedNames() throws {
        let f = try FieldNames.load(path: Self.listPath)
        #expect(f.names[FieldNames.Role.text.rawValue].prefix(3) == ["text", "body", "content"])
        #expect(f.names[FieldNames.Role.summary.rawValue] == ["description", "short_description", "summary", "abstract",
                                                              "lead_paragraph", "snippet", "fields.trailText"])
        #expect(f.names[FieldNames.Role.date.rawValue].contains("pubDate"))
        #expect(f.names[FieldNames.Role.url.rawValue] == ["url", "link", "webUrl", "web_url"])
    }

    @Test func jsonKeysFromTheListAnyCase() throws {
        let line = #"{"Headline": "Floods", "short_description": "Rain hit Jakarta.", "Link": "https://x/1", "category": "WORLD"}"#
        let (articles, diagnostics) = IngestTestSupport.read(line + "\n", name: "h.jsonl", options: try Self.options(), fieldsUsed: true)
        let a = try #require(articles.first)
        #expect(a.title == "Floods")
        #expect(a.body == "Rain hit Jakarta.")
        #expect(a.url == "https://x/1")
        #expect(diagnostics.contains { $0.code == "fields-used" && $0.message.contains("title ← Headline") == false
            && $0.message.contains("title ← headline") && $0.message.contains("summary ← short_description") })
    }

    @Test func aTextFieldWinsOverTheSummaryAndTheFirstListedWins() throws {
        let line = #"{"description": "Short.", "content": "Long body.", "body": "The body."}"#
        let a = try #require(IngestTestSupport.read(line + "\n", name: "t.jsonl", options: try Self.options()).articles.first)
        #expect(a.body == "The body.")
    }

    /// An object is entered when a dotted name continues below its key (any case, at any depth); other keys of the
    /// same length, and keys that only begin like a part, are not.
    @Test(arguments: [("source", true), ("SOURCE", true), ("Meta", true), ("meta.inner", true), ("meta.inner.x", false),
                      ("sourc", false), ("sources", false), ("target", false), ("title", false), ("", false),
                      ("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g", false)])
    func descendsOnlyIntoPartsOfDottedNames(path: String, expected: Bool) {
        let f = FieldNames(pairs: [("source.name", .source), ("meta.inner.date", .date), ("text", .text), ("title", .title)])
        var key = path
        #expect(key.withUTF8 { f.descends(into: $0) } == expected, "\(path)")
    }

    @Test func nestedJSONByDottedPath() throws {
        let line = #"{"meta": {"published": "2024-03-05", "x": [1, {"y": 2}]}, "article": {"body": "Nested text."}, "title": "T"}"#
        let options = try Self.options([(.text, ["article.body"]), (.date, ["meta.published"])])
        let a = try #require(IngestTestSupport.read(line + "\n", name: "n.jsonl", options: options).articles.first)
        #expect(a.body == "Nested text.")
        #expect(a.date == "2024-03-05")
        #expect(a.title == "T")
    }

    @Test func severalTextFieldsAreJoinedInTheOrderGiven() throws {
        let csv = "title,description\nChip talks,US and China met.\n"
        let options = try Self.options([(.text, ["title", "description"])])
        let a = try #require(IngestTestSupport.read(csv, name: "j.csv", options: options).articles.first)
        #expect(a.body == "Chip talks\n\nUS and China met.")
        #expect(a.title == "Chip talks")
    }

    @Test func csvHeaderMatchedWithoutCase() throws {
        let csv = "ID,Headline,Article_Text,PubDate\n7,Vote,Lawmakers voted.,2024-01-02\n"
        let a = try #require(IngestTestSupport.read(csv, name: "c.csv", options: try Self.options()).articles.first)
        #expect(a.id == "7" && a.title == "Vote" && a.body == "Lawmakers voted." && a.date == "2024-01-02")
    }

    @Test func noTextColumnNamesWhatWasLookedFor() throws {
        let (articles, diagnostics) = IngestTestSupport.read("title,label\nA,1\n", name: "x.csv", options: try Self.options())
        #expect(articles.isEmpty)
        let d = try #require(diagnostics.first { $0.code == "missing-text-column" })
        #expect(d.message.contains("\"body\"") && d.message.contains("--text-field"))
    }

    @Test func listErrorsCarryFileAndLine() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        let path = dir + "/fields.tsv"
        IngestTestSupport.write(Array("field\tname\ntext\tbody\ntitel\theadline\ntitle\tBODY\n".utf8), to: path)
        #expect {
            _ = try FieldNames.load(path: path)
        } throws: { error in
            let problems = (error as? FieldNamesError)?.problems ?? []
            return problems.count == 3 && problems[0].hasPrefix(path + ":3:") && problems[1].hasPrefix(path + ":4:")
                && problems[2] == path + ": no title names listed"
        }
    }
}

/// CSV shapes: delimiters, header-less files, Excel's BOM and CRLF.
@Suite struct CSVShapeTests {
    @Test(arguments: [(";", "semi.csv"), ("\t", "tabs.csv"), ("|", "pipes.csv"), ("\t", "t.tsv"), (",", "comma.tsv")])
    func delimiterIsSniffed(_ delimiter: String, _ name: String) throws {
        let csv = ["title", "text", "date"].joined(separator: delimiter) + "\r\n"
            + ["Talks", "\"France, Germany; and Spain | met.\"", "2024-03-05"].joined(separator: delimiter) + "\r\n"
        let (articles, _) = IngestTestSupport.read(csv, name: name, options: try FieldNamesTests.options())
        let a = try #require(articles.first)
        #expect(a.title == "Talks" && a.body == "France, Germany; and Spain | met." && a.date == "2024-03-05")
    }

    @Test func excelSemicolonFileWithBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title;Text\r\nZürich vote;\"Swiss voters, in Zürich, said no.\"\r\nB;Second.\r\n".utf8)
        let (articles, _) = IngestTestSupport.read(bytes, name: "excel.csv", options: try FieldNamesTests.options())
        #expect(articles.map(\.title) == ["Zürich vote", "B"])
        #expect(articles.first?.body == "Swiss voters, in Zürich, said no.")
    }

    @Test func delimiterOptionForcesOne() throws {
        // The first line has more commas than semicolons, but the file is semicolon-separated.
        let csv = "title;text\nA, B, C;Body one.\n"
        let options = try FieldNamesTests.options { $0.delimiter = UInt8(ascii: ";") }
        let a = try #require(IngestTestSupport.read(csv, name: "f.csv", options: options).articles.first)
        #expect(a.title == "A, B, C" && a.body == "Body one.")
    }

    /// AG News: `class,title,description` without a header, read with `--no-header --columns label,title,text`.
    @Test func headerlessFileWithNamedColumns() throws {
        let csv = "\"3\",\"Wall St. Bears Claw Back\",\"Reuters - Short-sellers are seeing green again.\"\n\"1\",\"Iraq talks\",\"Iraq and Iran met.\"\n"
        let options = try FieldNamesTests.options { $0.columns = ["label", "title", "text"] }
        let (articles, diagnostics) = IngestTestSupport.read(csv, name: "ag.csv", options: options)
        #expect(articles.map(\.title) == ["Wall St. Bears Claw Back", "Iraq talks"])
        #expect(articles.last?.body == "Iraq and Iran met.")
        #expect(articles.map(\.line) == [1, 2])
        #expect(!diagnostics.contains { $0.severity == .error })
    }
}
