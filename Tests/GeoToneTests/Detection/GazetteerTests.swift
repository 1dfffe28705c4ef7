import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import GeoTone

@Suite struct GazetteerTests {
    @Test func fixtureLoads() throws {
        let g = try Gazetteer.load(directory: TestPaths.fixtureGazetteer)
        #expect(g.countries.count == 31)
        #expect(g.checksum.count == 64)
        #expect(g.entity(code: "group:EU") != nil)
        #expect(g.regions.first { $0.id == "m49:143" }?.members.map { g.countries[$0].alpha2 } == ["KZ", "KG", "TJ", "TM", "UZ"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.realGazetteer + "/aliases.tsv")))
    func projectGazetteerLoads() throws {
        do {
            let g = try Gazetteer.load(directory: TestPaths.realGazetteer)
            #expect(g.countries.count > 240)
            #expect(g.countryIndex(alpha2: "SU") != nil)
        } catch let e as DetectionError {
            Issue.record("\(e.description)")
        }
    }
}
