import Testing
@testable import GeoTone

@Suite struct DatelineAndFocusTests {
    @Test(arguments: [
        ("Astana, Feb 28 (EFE).-", "KZ"),
        ("MINNEAPOLIS, March 3 -", "US"),
        ("WASHINGTON, March 3 -", "US"),
        ("ROCHESTER, N.Y., Feb 26 -", "US"),
        ("Kazakhstan - ", "KZ"),
        ("ATLANTIS, March 3 -", nil),
        ("", nil),
    ] as [(String, String?)])
    func fixtureDatelines(_ dateline: String, _ expected: String?) {
        let g = MatcherHarness.fixture.gazetteer
        let r = DatelineResolver(gazetteer: g)
        #expect(r.resolve(dateline).map { g.countries[$0].alpha2 } == expected)
    }

    @Test(.enabled(if: MatcherHarness.hasProjectGazetteer), arguments: [
        ("NEW YORK, March 3 -", "US"),
        ("BIRMINGHAM, Ala., Feb 26 -", "US"),
        ("TAUPO, New Zealand, March 23, Reuter -", "NZ"),
        ("LONDON, March 3 -", "GB"),
        ("PEKING, March 3 -", "CN"),
    ] as [(String, String?)])
    func projectDatelines(_ dateline: String, _ expected: String?) {
        let g = MatcherHarness.project.gazetteer
        #expect(DatelineResolver(gazetteer: g).resolve(dateline).map { g.countries[$0].alpha2 } == expected)
    }

    @Test func focusRule() {
        let rule = FocusRule(includeDateline: true, includeTitle: true, minimumMentions: 3, minimumShare: 0.5,
                             firstMentionedFallback: true)
        let s = FocusSelector(rule: rule)
        #expect(s.select(dateline: 7, title: [2], body: [1, 1, 1, 4, 5]) == [1, 2, 7])
        #expect(s.select(dateline: nil, title: [], body: [4, 5, 5, 6]) == [5])        // share 0.5
        #expect(s.select(dateline: nil, title: [], body: [4, 5, 6]) == [4])           // first mentioned
        #expect(s.select(dateline: nil, title: [], body: []) == [])
        #expect(FocusSelector().select(dateline: nil, title: [], body: [4, 5, 6]) == [])
    }
}
