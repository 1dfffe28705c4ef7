import Testing
@testable import GeoTone

/// Dateline places as the readers hand them over (the date already cut off).
@Suite struct DatelineResolverPipelineTests {
    @Test(arguments: [("WASHINGTON", "US"), ("Washington", "US"), ("Astana", "KZ"),
                      ("SALVADOR", "BR"), ("Scarborough, Ontario", "CA"), ("PORTLAND, Ore.", "US"), ("NEW YORK", "US"), ("LONDON", "GB")])
    func resolvesPlaces(place: String, country: String) throws {
        let g = try Gazetteer.load(directory: PipelineFixture.datasets + "/gazetteer")
        let resolver = DatelineResolver(gazetteer: g)
        #expect(resolver.resolve(place).map { g.countries[$0].alpha2 } == country, "\(place)")
    }

    /// The hint's place is the token hashes of the text before the first comma or `(`, whichever part resolved the
    /// country (a ` - ` before the comma ends the part looked up, not the place).
    @Test(arguments: ["WASHINGTON", "Astana (EFE)", "Scarborough, Ontario", "PORTLAND, Ore.", "NEW YORK",
                      "PARIS - AFP, March 3", "Kyiv, Ukraine", "Nowhere Town, France", "LONDON - Reuters"])
    func hintPlaceIsTheTextBeforeTheFirstComma(dateline: String) throws {
        let g = try Gazetteer.load(directory: PipelineFixture.datasets + "/gazetteer")
        let resolver = DatelineResolver(gazetteer: g)
        let hint = try #require(resolver.hint(dateline), "\(dateline)")
        #expect(hint.country == resolver.resolve(dateline))
        let bytes = Array(dateline.utf8)
        let end = bytes.firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") } ?? bytes.count
        #expect(hint.place == Tokenizer().tokenize(Array(bytes[..<end])).tokens.map(\.hash), "\(dateline)")
    }
}
