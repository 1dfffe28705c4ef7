import Foundation
import Testing
@testable import GeoTone
import GeoToneTestSupport

/// Target attribution (Documentation/Scoring.md, "Attribution"): a country named as the setting, as a
/// destination or as the speaker gets no tone from its sentence.
@Suite("Attribution")
struct AttributionTests {
    /// Sentence, the target's text, whether the target gets no tone.
    static let cases: [(String, String, Bool)] = [
        ("Police fired tear gas at protesters in Iran.", "Iran", true),
        ("Thousands were killed in the Democratic Republic of Congo.", "Democratic Republic of Congo", true),
        ("In Japan, Abe saw decisive wins for his party.", "Japan", true),
        ("Floods swept across Pakistan, killing hundreds.", "Pakistan", true),
        ("Russia said the sanctions were an act of aggression.", "Russia", true),
        ("Iran told inspectors the site was closed.", "Iran", true),
        ("The ban stops Muslims from entering the U.S. for 90 days.", "U.S.", true),
        ("Orban's allies recently visited Hungary.", "Hungary", true),
        ("Troops moved into Syria overnight.", "Syria", true),
        ("Giuliani paid a visit to Ukraine in May.", "Ukraine", true),
        ("Terrorism returning to U.S. soil is the fear.", "U.S.", true),
        ("They pose a threat to America and its allies.", "America", false),  // "to" without movement: a recipient
        ("He sold out the country to Russia.", "Russia", false),
        ("Washington condemned Russia for the attack.", "Russia", false),
        ("Sanctions against Russia hurt its economy.", "Russia", false),
        ("Russia's invasion was condemned.", "Russia", false),
        ("Investors in-Iran deals lost money.", "Iran", false),  // "in-Iran" is one word: no setting
        ("China, said the minister, is a partner.", "China", false),  // a comma between: not the speaker
        ("Protests erupted IN IRAN on Friday.", "IRAN", true),  // cues in any case
        ("They WENT TO The Gambia last year.", "Gambia", true),
        ("Iran SAID nothing.", "Iran", true),
        ("The internationalization to Iran failed.", "Iran", false),  // a word of 20 letters before "to"
        ("Shipments go intoo Iran.", "Iran", false),  // a cue's letters and more are another word
        ("Shipments go int Iran.", "Iran", false),
    ]

    @Test("setting, destination and speaker cues", arguments: cases)
    func cue(sentence: String, target: String, neutral: Bool) throws {
        var text = sentence
        let range = try #require(sentence.utf8.firstRange(of: target.utf8))
        let start = sentence.utf8.distance(from: sentence.utf8.startIndex, to: range.lowerBound)
        let target = start..<(start + target.utf8.count)
        text.withUTF8 { bytes in
            #expect(Attribution.target.compound(sentence: bytes, target: target, sentenceCompound: -0.6) == (neutral ? 0 : -0.6))
            #expect(Attribution.sentence.compound(sentence: bytes, target: target, sentenceCompound: -0.6) == -0.6)
        }
    }

    @Test("analyze: the setting country gets no tone, the other one the sentence's; --attribution sentence gives both")
    func throughAnalyze() throws {
        let dir = try TestScratch.makeDirectory("geotone-attribution")
        try "{\"id\":\"1\",\"date\":\"2024-03-01\",\"text\":\"Egypt condemned the deadly attack on protesters in Sudan.\"}\n"
            .write(toFile: dir + "/a.jsonl", atomically: true, encoding: .utf8)
        var tones: [Attribution: [String: Double]] = [:]
        for attribution in Attribution.allCases {
            _ = try PipelineFixture.analyze([dir + "/a.jsonl"], out: dir + "/" + attribution.rawValue) { $0.attribution = attribution }
            let rows = try PipelineFixture.readCSV(dir + "/" + attribution.rawValue + "/countries.csv")
            tones[attribution] = Dictionary(uniqueKeysWithValues: rows.map { ($0["country"] ?? "", Double($0["mean_compound"] ?? "") ?? .nan) })
        }
        let sentence = try #require(tones[.sentence]), target = try #require(tones[.target])
        #expect(try #require(sentence["EG"]) < -0.5)
        #expect(sentence["SD"] == sentence["EG"])
        #expect(target["EG"] == sentence["EG"])
        #expect(target["SD"] == 0)
    }
}
