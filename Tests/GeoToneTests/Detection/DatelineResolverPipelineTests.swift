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
}
