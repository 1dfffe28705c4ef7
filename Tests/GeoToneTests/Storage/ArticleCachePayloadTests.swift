import Testing
@testable import GeoTone

@Suite struct ArticleCachePayloadTests {
    func sampleRecord() -> (ArticleRecord, ArticleFacts) {
        var record = ArticleRecord(ordinal: 3, articleID: "a-3", sourcePath: "x.jsonl", line: 3, date: "2024-02-01",
                                   dateSource: "field", title: "T", datelinePlace: "Kyiv", agency: nil, contentHash: "h")
        record.words = 120
        record.sentences = 7
        record.countries = ["RU", "UA"]
        record.focus = ["UA"]
        record.datelineCountry = "UA"
        record.sentiment = .init(compound: -0.1 / 3, positive: 0.1, negative: 1e-300, neutral: 0.7, tone: -2.5, polarity: 0.3)
        record.mentions = [.init(entity: "RU", mentions: 2, firstOffset: 10, forms: ["Russia", "Russian"]),
                           .init(entity: "UA", mentions: 1, firstOffset: 0, forms: ["Kyiv 3: \"quoted\" ünïcode 🇺🇦 "]),
                           .init(entity: "region:eu", mentions: 1, firstOffset: 5, forms: [""])]
        let facts = ArticleFacts(date: "2024-02-01", period: "2024-02", countries: [3, 9], countryMentions: [2, 1], regions: [4],
                                 regionMentions: [1], sentences: [.init(countries: [3, 9], regions: [], compound: -0.4404),
                                                                  .init(countries: [], regions: [4], compound: .pi / 10)],
                                 datelineCountry: 9)
        return (record, facts)
    }

    @Test func roundTripIsExact() throws {
        let (record, facts) = sampleRecord()
        let payload = ArticleCachePayload.encode(record, facts)
        var copy = ArticleRecord(ordinal: 3, articleID: "a-3", sourcePath: "x.jsonl", line: 3, date: "2024-03-05",
                                 dateSource: "field", title: "T", datelinePlace: "Kyiv", agency: nil, contentHash: "h")
        let decoded = try #require(ArticleCachePayload.decode(payload, into: &copy, date: "2024-03-05", period: "2024-03"))
        #expect(copy.words == record.words && copy.sentences == record.sentences)
        #expect(copy.countries == record.countries && copy.focus == record.focus && copy.datelineCountry == record.datelineCountry)
        #expect(copy.sentiment == record.sentiment)
        #expect(copy.mentions == record.mentions)
        #expect(decoded.date == "2024-03-05" && decoded.period == "2024-03")
        #expect(decoded.countries == facts.countries && decoded.countryMentions == facts.countryMentions)
        #expect(decoded.regions == facts.regions && decoded.regionMentions == facts.regionMentions)
        #expect(decoded.sentences.map(\.compound.bitPattern) == facts.sentences.map(\.compound.bitPattern))
        #expect(decoded.sentences.map(\.countries) == facts.sentences.map(\.countries))
        #expect(decoded.sentences.map(\.countryCompounds) == facts.sentences.map(\.countryCompounds))
        #expect(decoded.datelineCountry == 9)
    }

    @Test func attributedCountryCompoundsRoundTrip() throws {
        var (record, facts) = sampleRecord()
        facts.sentences[0].countryCompounds = [-0.4404, 0]  // the second country named as a setting
        let payload = ArticleCachePayload.encode(record, facts)
        let decoded = try #require(ArticleCachePayload.decode(payload, into: &record, date: nil, period: "unknown"))
        #expect(decoded.sentences.map(\.countryCompounds) == [[-0.4404, 0], []])
        #expect(payload.count == ArticleCachePayload.encode(record, sampleRecord().1).count + 16)
    }

    /// The language the article was read in comes back from the cache (format 4).
    @Test func languageRoundTrips() throws {
        var (record, facts) = sampleRecord()
        record.language = "es"
        let payload = ArticleCachePayload.encode(record, facts)
        var copy = sampleRecord().0
        _ = try #require(ArticleCachePayload.decode(payload, into: &copy, date: nil, period: "unknown"))
        #expect(copy.language == "es")
    }

    @Test func malformedPayloadIsAMiss() {
        let (record, facts) = sampleRecord()
        let payload = ArticleCachePayload.encode(record, facts)
        var copy = record
        let broken: [(String, [UInt8])] = [
            ("empty", []),
            ("format 1", [1] + payload.dropFirst()),
            ("format 2", [2] + payload.dropFirst()),
            ("format 3", [3] + payload.dropFirst()),
            ("format 5", [5] + payload.dropFirst()),
            ("cut short", Array(payload.dropLast(3))),
            ("trailing byte", payload + [7]),
            ("unterminated varint", [0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]),
            ("huge count", [2, 0x80, 0x80, 0x80, 0x80, 0x08]),
        ]
        for (name, bytes) in broken {
            #expect(ArticleCachePayload.decode(bytes, into: &copy, date: nil, period: "unknown") == nil, "\(name)")
        }
        // Every strict prefix is malformed too.
        for cut in 0..<payload.count {
            #expect(ArticleCachePayload.decode(Array(payload[0..<cut]), into: &copy, date: nil, period: "unknown") == nil)
        }
    }

    @Test func payloadIsCompactAndSignedValuesRoundTrip() throws {
        var (record, facts) = sampleRecord()
        record.mentions[0].firstOffset = -1
        record.words = Int.max
        facts.datelineCountry = nil
        let payload = ArticleCachePayload.encode(record, facts)
        var copy = record
        copy.words = 0
        let decoded = try #require(ArticleCachePayload.decode(payload, into: &copy, date: nil, period: "unknown"))
        #expect(copy.words == Int.max && copy.mentions[0].firstOffset == -1)
        #expect(decoded.datelineCountry == nil)
        // Text payload format 1 took about three times this for the same record.
        #expect(payload.count < 200)
    }

    @Test func cacheKeyDependsOnExactTextAndDateline() {
        let a = Article(id: "1", sourcePath: "p", line: 1, title: "Kyiv talks", body: "Ukraine and  Poland.", datelinePlace: "Kyiv")
        var b = a
        b.body = "Ukraine and Poland."
        var c = a
        c.datelinePlace = nil
        var d = a
        d.id = "2"
        d.date = "2024-01-01"
        #expect(ArticleCache.cacheKey(for: a) != ArticleCache.cacheKey(for: b))
        #expect(ArticleCache.cacheKey(for: a) != ArticleCache.cacheKey(for: c))
        #expect(ArticleCache.cacheKey(for: a) == ArticleCache.cacheKey(for: d))
    }

    /// The key is a hash of `"<n>:<title><n>:<body>"` and `"<n>:<place>"` or `"-"` (lengths in UTF-8 bytes): stores
    /// written by earlier versions find their entries only while these bytes stay the same.
    @Test(arguments: [
        ("Kyiv talks", "Ukraine and  Poland.", "Kyiv" as String?),
        ("", "Only a body, no title.", nil),
        ("Şanlıurfa’da “barış” görüşmesi", "Türkiye ve Suriye — 12 345 kişi.", "ŞANLIURFA"),
        ("T", String(repeating: "long body ", count: 1_500), ""),
    ])
    func cacheKeyIsTheHashOfTheLengthPrefixedFields(title: String, body: String, place: String?) {
        let article = Article(id: "x", sourcePath: "p", line: 1, title: title, body: body, datelinePlace: place)
        var expected = FastHash()
        expected.update("\(title.utf8.count):" + title + "\(body.utf8.count):" + body)
        expected.update(place.map { "\($0.utf8.count):" + $0 } ?? "-")
        #expect(ArticleCache.cacheKey(for: article) == expected.digest())
    }

    @Test func staleTemporaryNamesAreRecognised() {
        #expect(StaleTemporaryFiles.stalePID("countries.csv.tmp-1234") == 1234)
        #expect(StaleTemporaryFiles.stalePID("countries.csv") == nil)
        #expect(StaleTemporaryFiles.stalePID(".tmp-12") == nil)
        #expect(StaleTemporaryFiles.stalePID("a.tmp-") == nil)
    }
}
