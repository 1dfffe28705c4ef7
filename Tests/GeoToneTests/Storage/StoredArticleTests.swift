import Testing
@testable import GeoTone

/// `mentions_json` read back without the general JSON parser gives the rows the writer had, and the general parser
/// agrees with it on everything it reads.
@Suite struct StoredArticleTests {
    static let rowSets: [[ArticleRecord.MentionRow]] = [
        [],
        [.init(entity: "FR", mentions: 3, firstOffset: 0, forms: ["France", "French"])],
        [.init(entity: "CD", mentions: 1, firstOffset: 2876, forms: ["Goma"]),
         .init(entity: "m49:150", mentions: 1, firstOffset: 955, forms: ["European"]),
         .init(entity: "group:EU", mentions: 2, firstOffset: 978, forms: ["EU", "European Union"])],
        [.init(entity: "JP", mentions: 2, firstOffset: 5, forms: ["日本", "Japón"]),
         .init(entity: "DE", mentions: 1, firstOffset: 9, forms: [])],
        // Not plain (an empty form): the cell is followed by the exact list, still without escapes.
        [.init(entity: "GB", mentions: 2, firstOffset: 1, forms: ["", "UK"]), .init(entity: "US", mentions: 1, firstOffset: 4, forms: ["U.S."])],
    ]

    @Test(arguments: rowSets) func rowsWithoutEscapesAreReadDirectly(_ rows: [ArticleRecord.MentionRow]) throws {
        var json = StoredArticle.json(rows)
        let direct = json.withUTF8 { MentionsJSONReader.read($0) }
        #expect(direct == rows)
        #expect(StoredArticle.mentions(parsingJSON: json) == rows)
        #expect(StoredArticle.mentions(fromJSON: json) == rows)
    }

    @Test(arguments: ["", "[", "[[\"FR\",1,0,\"France\"]", "[[\"FR\",1,0]]", "[[\"FR\",\"1\",0,\"France\"]]",
                      "{\"FR\":1}", "[[\"FR\",1,0,\"France\",[\"France\"]]x]"])
    func otherTextIsNotRead(_ text: String) {
        var text = text
        #expect(text.withUTF8 { MentionsJSONReader.read($0) } == nil)
        #expect(StoredArticle.mentions(fromJSON: text) == nil)
    }

    /// A value with escapes goes to the general parser.
    @Test func escapesTakeTheGeneralParser() {
        let rows: [ArticleRecord.MentionRow] = [.init(entity: "US", mentions: 1, firstOffset: 0, forms: ["\"America\""])]
        var json = StoredArticle.json(rows)
        #expect(json.withUTF8 { MentionsJSONReader.read($0) } == nil)
        #expect(StoredArticle.mentions(fromJSON: json) == rows)
    }
}
