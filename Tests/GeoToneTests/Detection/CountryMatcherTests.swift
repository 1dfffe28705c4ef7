import Testing
@testable import GeoTone

/// One trap per case, run against the fixture gazetteer and (when present) the project one.
@Suite struct CountryMatcherTests {
    static let traps: [(name: String, text: String, expected: [String])] = [
        ("Papua New Guinea is not Guinea", "Papua New Guinea held elections on Monday.", ["PG"]),
        ("DRC is not Congo", "Fighting spread in the Democratic Republic of the Congo last week.", ["CD"]),
        ("Northern Ireland is not Ireland", "Voters in Northern Ireland went to the polls.", ["GB"]),
        ("South Sudan is not Sudan", "South Sudan signed a ceasefire with rebels.", ["SS"]),
        ("New Mexico is not Mexico", "Wildfires burned across New Mexico on Tuesday.", ["US"]),
        ("New South Wales is not Wales", "Floods hit New South Wales after days of rain.", ["AU"]),
        ("New Jersey is not Jersey", "The governor of New Jersey vetoed the bill.", ["US"]),
        ("Indian Ocean is not India", "The ship sank in the Indian Ocean.", []),
        ("Indo-Pacific is not India", "Navies train for security in the Indo-Pacific.", []),
        ("American Samoa is not the US", "A cyclone struck American Samoa overnight.", ["AS"]),
        ("US is a country", "The US imposed new tariffs.", ["US"]),
        ("us is a pronoun", "He told us the talks had failed.", []),
        ("U.S. with dots", "U.S. officials met on Monday.", ["US"]),
        ("all caps TELL US", "LEADERS TELL US TO WAIT", []),
        ("all caps US TRADE", "US TRADE DEFICIT WIDENS", ["US"]),
        ("Jordan the person", "Michael Jordan scored 40 points.", []),
        ("Jordan the country", "Jordan closed its border with Syria.", ["JO", "SY"]),
        ("turkey the bird", "We ate roast turkey for dinner.", []),
        ("Turkey the country", "Turkey raised interest rates.", ["TR"]),
        ("china plates", "She collected fine china plates.", []),
        ("U.S.-Russia", "U.S.-Russia talks resumed on Monday.", ["US", "RU"]),
        ("Sino-Japanese", "Sino-Japanese relations improved.", ["CN", "JP"]),
        ("Franco-German", "The Franco-German brigade paraded.", ["FR", "DE"]),
        ("Anglo-Saxon is not Britain", "Anglo-Saxon law shaped the courts.", []),
        ("possessive", "Kazakhstan’s sovereignty was discussed.", ["KZ"]),
    ]

    static let chadTraps: [(name: String, text: String, expected: [String])] = [
        ("Chad the country", "Chad sent troops to the border.", ["TD"]),
    ]

    static func check(_ harness: MatcherHarness, _ trap: (name: String, text: String, expected: [String])) {
        let codes = harness.countryCodes(trap.text)
        let expected = trap.expected.filter { harness.gazetteer.countryIndex(alpha2: $0) != nil }
        #expect(codes == expected, "\(trap.name): \(trap.text)")
    }

    @Test(.enabled(if: MatcherHarness.hasProjectGazetteer), arguments: traps + chadTraps)
    func projectGazetteer(_ trap: (name: String, text: String, expected: [String])) {
        CountryMatcherTests.check(MatcherHarness.project, trap)
    }

    @Test(arguments: traps + chadTraps + [
        ("Chad the name", "Quarterback Chad threw two touchdowns.", []),
    ])
    func fixtureGazetteer(_ trap: (name: String, text: String, expected: [String])) {
        CountryMatcherTests.check(MatcherHarness.fixture, trap)
    }

    @Test(arguments: ["He grew up in Atlanta, Georgia, and studied law."])
    func georgiaTheUSState(_ text: String) {
        #expect(!MatcherHarness.fixture.countryCodes(text).contains("GE"))
        if MatcherHarness.hasProjectGazetteer {
            #expect(!MatcherHarness.project.countryCodes(text).contains("GE"))
        }
        #expect(MatcherHarness.fixture.countryCodes("Georgia and Armenia signed a pact.").first == "GE")
    }

    @Test func unreportedKindsStillConsumeTheirWords() {
        let harness = MatcherHarness(directory: TestPaths.fixtureGazetteer, kinds: MentionKind.focusKinds)
        #expect(harness.countryCodes("Voters in Northern Ireland and Moscow went to the polls.").isEmpty)
        #expect(harness.countryCodes("Ireland and Russia voted.") == ["IE", "RU"])
    }

    @Test func mentionOffsetsAndSurface() {
        let text = "Talks in Papua New Guinea’s capital. Then U.S.-Russia ties."
        let bytes = Array(text.utf8)
        let m = MatcherHarness.fixture.mentions(text)
        #expect(m.map { $0.surface(in: bytes) } == ["Papua New Guinea", "U.S.", "Russia"])
        #expect(m.map(\.sentence) == [0, 1, 1])
        #expect(m.map(\.kind) == [.name, .abbreviation, .name])
        #expect(m[0].tokenRange == 2..<5)
    }

    @Test func regionsAndGroupsAreReported() {
        #expect(MatcherHarness.fixture.codes("The European Union and Central Asian states met.") == ["group:EU", "m49:143"])
    }

    @Test func mentionKindListParsing() throws {
        #expect(try MentionKind.parseSet("name, demonym") == [.name, .demonym])
        #expect(try MentionKind.parseSet("all").count == MentionKind.allCases.count)
        #expect(try MentionKind.parseSet("default") == MentionKind.defaultKinds)
        #expect(throws: DetectionError.unknownMentionKind("nickname")) { try MentionKind.parseSet("name,nickname") }
        #expect(throws: DetectionError.unknownMentionKind("")) { try MentionKind.parseSet("") }
    }
}
