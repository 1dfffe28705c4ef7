import Testing
@testable import GeoTone

/// News API responses saved as `.json`: the articles of the wrapped list are read, each with its own line, and the
/// file says once which list it read; objects that are articles themselves are not unwrapped.
@Suite struct JSONEnvelopeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let json: String
        let titles: [String]
        let bodies: [String]
        let dates: [String?]
        let lines: [Int]
        let list: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "NewsAPI", json: """
            {"status": "ok", "totalResults": 2,
             "articles": [
              {"source": {"id": "reuters", "name": "Reuters"}, "author": "A. Writer",
               "title": "Talks in Ankara", "description": "Turkey and Greece met.",
               "url": "https://example.org/1", "publishedAt": "2026-11-30T08:15:00Z",
               "content": "ANKARA (Reuters) - Turkey and Greece held talks on Monday."},
              {"source": {"id": null, "name": "Example"}, "title": "Floods in Pakistan", "description": "Rain.",
               "publishedAt": "2026-12-01T10:00:00Z", "content": null}
             ]}
            """,
             titles: ["Talks in Ankara", "Floods in Pakistan"],
             bodies: ["Turkey and Greece held talks on Monday.", "Rain."],
             dates: ["2026-11-30", "2026-12-01"], lines: [3, 7], list: "articles"),
        Case(name: "The Guardian", json: """
            {"response": {"status": "ok", "total": 1, "results": [
              {"id": "world/2026/dec/01/x", "webPublicationDate": "2026-12-01T06:00:00Z", "webTitle": "Chile votes",
               "webUrl": "https://example.org/g", "fields": {"bodyText": "Chileans voted on Sunday in Santiago."}}]}}
            """,
             titles: ["Chile votes"], bodies: ["Chileans voted on Sunday in Santiago."], dates: ["2026-12-01"],
             lines: [2], list: "response.results"),
        Case(name: "The New York Times", json: """
            {"status": "OK", "copyright": "…", "response": {"docs": [
             {"abstract": "Kenya and Ethiopia signed a pact.", "lead_paragraph": "NAIROBI, Kenya — A pact was signed.",
              "headline": {"main": "A Pact in East Africa", "kicker": null}, "pub_date": "2026-11-02T09:00:00+0000"}
            ], "meta": {"hits": 1}}}
            """,
             titles: ["A Pact in East Africa"], bodies: ["Kenya and Ethiopia signed a pact."], dates: ["2026-11-02"],
             lines: [2], list: "response.docs"),
        Case(name: "Event Registry", json: """
            {"articles": {"results": [{"uri": "1", "dateTimePub": "2026-10-10T10:10:10Z", "title": "Vote in Peru",
              "body": "Peru held an election.", "source": {"title": "Example Wire"}}], "totalResults": 1, "page": 1}}
            """,
             titles: ["Vote in Peru"], bodies: ["Peru held an election."], dates: ["2026-10-10"], lines: [1],
             list: "articles.results"),
    ]

    @Test(arguments: cases) func readsTheWrappedArticles(_ c: Case) {
        let (articles, diagnostics) = IngestTestSupport.read(c.json, name: "response.json")
        #expect(articles.map(\.title) == c.titles)
        #expect(articles.map(\.body) == c.bodies)
        #expect(articles.map(\.date) == c.dates)
        #expect(articles.map(\.line) == c.lines)
        let notes = diagnostics.filter { $0.code == "json-envelope" }
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .info)
        #expect(notes.first?.message.contains("\(c.titles.count) article(s) from the \"\(c.list)\" list") == true, "\(notes)")
        #expect(!diagnostics.contains { $0.severity != .info }, "\(diagnostics)")
    }

    @Test func sourceObjectsGiveTheirName() {
        let (articles, _) = IngestTestSupport.read(Self.cases[0].json, name: "newsapi.json")
        #expect(articles.map(\.source) == ["Reuters", "Example"])
        #expect(articles.first?.url == "https://example.org/1")
    }

    /// An object with a text member is an article even when it has a list of objects; a list of strings wraps nothing.
    @Test(arguments: [
        ("{\"text\": \"Brazil and Argentina met.\", \"results\": [{\"title\": \"related\"}]}", 1, [String]()),
        ("{\"items\": [\"Brazil\", \"Argentina\"], \"status\": \"ok\"}", 0, ["missing-text"]),
        ("{\"articles\": [], \"status\": \"ok\"}", 0, ["missing-text"]),
    ])
    func objectsThatAreNotEnvelopes(_ json: String, _ count: Int, _ codes: [String]) {
        let (articles, diagnostics) = IngestTestSupport.read(json, name: "one.json")
        #expect(articles.count == count)
        #expect(diagnostics.map(\.code) == codes)
    }

    /// A top-level array of responses is an array of articles as before (each element is read as it stands).
    @Test func envelopesArePerFileNotPerArrayElement() {
        let json = "[{\"text\": \"Japan.\"}, {\"articles\": [{\"text\": \"Korea.\"}]}]"
        let (articles, diagnostics) = IngestTestSupport.read(json, name: "array.json")
        #expect(articles.map(\.body) == ["Japan."])
        #expect(diagnostics.map(\.code) == ["missing-text"])
    }

    @Test func aDamagedListReadsAsOneObject() {
        let json = "{\"status\": \"ok\", \"articles\": [{\"title\": \"A\", \"content\": \"Chad.\"}, 12]}"
        let (articles, diagnostics) = IngestTestSupport.read(json, name: "mixed.json")
        #expect(articles.isEmpty)
        #expect(diagnostics.map(\.code) == ["missing-text"])
    }
}
