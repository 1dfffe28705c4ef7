import Foundation
import Testing
@testable import GeoTone

/// On the Reuters-21578 development stories, each text opened the way Reuters opens it today
/// (`PLACE (Reuters) - text`, the place as its dateline names it): how many get their place and a country
/// through the real reader and the gazetteer's dateline resolver.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.reuters), "Reuters corpus not in ../shared/corpora"))
struct WireDatelineCoverageTests {
    @Test func reutersOpeningsGetPlaceAndCountry() throws {
        let data = try #require(FileManager.default.contents(atPath: TestPaths.reuters))
        var jsonl = ""
        var places: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let field = obj["dateline"] as? String, let place = Dateline.place(ofField: field),
                  let text = obj["text"] as? String, !text.isEmpty else { continue }
            places.append(place)
            let opened = "\(place) (Reuters) - " + text
            let record = try JSONSerialization.data(withJSONObject: ["text": opened])
            jsonl += String(decoding: record, as: UTF8.self) + "\n"
        }
        let (articles, _) = IngestTestSupport.read(jsonl, name: "reuters.jsonl")
        try #require(articles.count == places.count)
        let resolver = DatelineResolver(gazetteer: try Gazetteer.load(directory: TestPaths.realGazetteer))
        var withPlace = 0, withCountry = 0, fieldResolves = 0
        for (article, place) in zip(articles, places) {
            if resolver.resolve(place) != nil { fieldResolves += 1 }
            guard article.datelinePlace == place, article.agency == "Reuters" else { continue }
            withPlace += 1
            if resolver.resolve(place) != nil { withCountry += 1 }
        }
        let n = Double(articles.count)
        print("wire datelines on \(articles.count) Reuters texts opening PLACE (Reuters) -: place \(withPlace) "
              + "(\(Double(withPlace) / n)), place and country \(withCountry) (\(Double(withCountry) / n)); "
              + "the dateline field's place resolves for \(fieldResolves)")
        #expect(Double(withPlace) / n >= 0.99)
        #expect(Double(withCountry) / n >= 0.95)
    }
}
